/** The public face of this module: what other modules (and app.ts) may use of it. */

export { objectiveRoutes } from './routes.js';
export { carryOverObjectives, type DueObjective, openObjectivesDueBefore } from './service.js';
