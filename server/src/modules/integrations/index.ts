/** The public face of this module: what other modules may use of it (lint forbids reaching past it). */
export { emitEvent } from './events.js';
export { IdempotencyHeaders, idempotent } from './idempotency.js';
