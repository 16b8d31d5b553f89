export { planToXlsxBuffer } from './render.js';
