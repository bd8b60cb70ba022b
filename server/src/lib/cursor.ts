import { HttpProblem } from './problem.js';

/** Opaque keyset cursor: the sort key of the last row of a page, base64url-encoded JSON. */
export const encodeCursor = (key: readonly (string | number)[]) =>
  Buffer.from(JSON.stringify(key)).toString('base64url');

export function decodeCursor(cursor: string, length: number): (string | number)[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === length &&
      key.every((part) => typeof part === 'string' || typeof part === 'number')
    ) {
      return key;
    }
  } catch {
    // fall through
  }
  throw new HttpProblem(400, 'bad-cursor', 'Bad Request', 'The cursor is not one this API returned', {
    errors: [{ path: 'querystring.cursor', message: 'Invalid cursor' }],
  });
}

/** Splits `limit + 1` fetched rows into a page and the cursor of the next one. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => readonly (string | number)[]) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function badCursor(): never {
  throw new HttpProblem(400, 'bad-cursor', 'Bad Request', 'The cursor is not one this API returned', {
    errors: [{ path: 'querystring.cursor', message: 'Invalid cursor' }],
  });
}

/**
 * A keyset cursor of (instant, id), checked before it reaches SQL: a forged one is a 400, not a 500.
 * `infinity` stands for "no date" (sorted last).
 */
export function decodeInstantCursor(cursor: string): [string, string] {
  const [at, id] = decodeCursor(cursor, 2);
  const instant = typeof at === 'string' && (at === 'infinity' || !Number.isNaN(Date.parse(at)));
  if (!instant || typeof id !== 'string' || !UUID.test(id)) badCursor();
  return [at as string, id];
}

/** A keyset cursor of (text, id), checked like decodeInstantCursor. */
export function decodeTextCursor(cursor: string): [string, string] {
  const [text, id] = decodeCursor(cursor, 2);
  if (typeof text !== 'string' || typeof id !== 'string' || !UUID.test(id)) badCursor();
  return [text as string, id as string];
}

/** The parts of a keyset cursor, each checked before it reaches SQL. */
export type KeyPart = 'instant' | 'date' | 'integer' | 'uuid';
type KeyValue<K extends KeyPart> = K extends 'integer' ? number : string;

const validPart: Record<KeyPart, (value: unknown) => boolean> = {
  // Only what this API writes: a canonical ISO instant (timestamp(3)) or calendar date.
  instant: (value) =>
    typeof value === 'string' && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value,
  date: (value) =>
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(Date.parse(value)) &&
    new Date(value).toISOString().slice(0, 10) === value,
  integer: (value) => Number.isSafeInteger(value),
  uuid: (value) => typeof value === 'string' && UUID.test(value),
};

/**
 * A keyset cursor of any shape, e.g. `['date', 'instant', 'uuid']` for (granted_on, created_at, id):
 * a forged or foreign cursor is a 400, never a 500.
 */
export function decodeKeyCursor<const K extends readonly KeyPart[]>(
  cursor: string,
  parts: K,
): { -readonly [I in keyof K]: KeyValue<K[I]> } {
  const key = decodeCursor(cursor, parts.length);
  if (!parts.every((part, index) => validPart[part](key[index]))) badCursor();
  return key as { -readonly [I in keyof K]: KeyValue<K[I]> };
}
