/** The public face of this module: what other modules may use of it (lint forbids reaching past it). */
export { ensureDefaultCatalogue } from './defaults.js';
export { itemsByIds, pricesOf, toPricePoints } from './repo.js';
export type { PriceChangedListener } from './service.js';
