/** The public face of this module: what other modules may use of it (lint forbids reaching past it). */
export { assertCaseRole, loadCaseFor } from './access.js';
export { assertAssignable, getCase, recordContactOnCase, resetContactClock } from './service.js';
