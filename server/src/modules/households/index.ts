/** The public face of this module: what other modules may use of it (lint forbids reaching past it). */
export { findHousehold, workedBy } from './repo.js';
export { assertHouseholdRole, createHousehold, loadHousehold, personView, toHousehold } from './service.js';
