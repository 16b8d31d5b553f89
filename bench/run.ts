import { benchEngine } from './engine.js';

/** `npm run bench`: every benchmark of the project, printed as figures (no pass/fail). */
console.log('Offer Runway benchmarks\n');
benchEngine();
