/** The public face of this module: what other modules may use of it (lint forbids reaching past it). */
export { createContact } from './service.js';
