const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids in URLs are UUIDs; anything else cannot name a record (and would only earn a 400). */
export const isUuid = (value: string | null | undefined): value is string => UUID.test(value ?? '');
