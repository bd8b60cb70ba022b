/** The public face of this module: what other modules may use of it (lint forbids reaching past it). */
export { realisedColumns, recomputeExpectedForItem, replaceScenario, todayIso } from './figures.js';
export { insertPlanSnapshot } from './repo.js';
