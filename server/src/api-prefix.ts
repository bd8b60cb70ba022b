/** Business routes live under this prefix (also used to build links in events). */
export const API_PREFIX = '/api/v1';
