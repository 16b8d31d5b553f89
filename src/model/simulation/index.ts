/** Runway and equity as distributions (docs/model.md §11): the simulation's public API. */
export * from './engine.js';
export * from './input.js';
export { mulberry32 } from './prng.js';
export { checkpointWorth, methodLabel, simulationReport } from './report.js';
export { QUANTILES, type Probability, type QuantileKey } from './stats.js';
