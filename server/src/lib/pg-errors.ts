/** The SQLSTATE of a database error, looking through drizzle's wrapper. */
export function sqlState(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export const UNIQUE_VIOLATION = '23505';
export const FOREIGN_KEY_VIOLATION = '23503';

const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * The database cannot be reached (down, restarting, out of connections): the request may succeed
 * later, so it is a 503 with Retry-After rather than a 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const state = sqlState(error);
  if (state && (state.startsWith('08') || state.startsWith('57P') || state === '53300')) return true;
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    if (
      typeof message === 'string' &&
      /timeout exceeded when trying to connect|Connection terminated|is not queryable|Client was closed/i.test(message)
    )
      return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

export interface DatabaseRefusal {
  status: 400 | 409 | 422;
  slug: string;
  detail: string;
  /** The request field, when the database names its column (`body.siteId`). */
  path?: string;
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/**
 * The column a foreign key or unique constraint is about. PostgreSQL leaves the key out of `detail`
 * for a table under row-level security (the application's role), so it is read from the constraint's
 * name as drizzle-kit writes it: `{table}_organisation_id_{column}_{target}_organisation_id_id_fk`.
 */
function referencingColumn(constraint: unknown, table: unknown, detail: string): string | undefined {
  let column: string | undefined;
  if (typeof constraint === 'string' && typeof table === 'string' && constraint.startsWith(`${table}_`)) {
    column = /^(?:organisation_id_)?([a-z0-9_]+?_id)_[a-z0-9_]+_fk$/.exec(constraint.slice(table.length + 1))?.[1];
  }
  column ??= (/Key \(([a-z0-9_, ]+)\)=/.exec(detail)?.[1]?.split(/,\s*/) ?? [])
    .filter((name) => name !== 'organisation_id')
    .at(-1);
  return column ? `body.${camel(column)}` : undefined;
}

/** The first layer of a (drizzle-wrapped) database error carrying a SQLSTATE: the driver's error. */
function driverError(
  error: unknown,
): { code?: string; detail?: unknown; constraint?: unknown; table?: unknown; message?: unknown } | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return current as { code: string };
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * A database error the client caused, as a 4xx (the last line of defence: the schemas and services
 * refuse these first, with their own messages). Never quotes a value: a PostgreSQL `detail` may hold
 * one ("Key (site_id)=(...)"), so only its column names are read.
 *  - 23503 on insert/update: a reference to a row that is not in the organisation → 422;
 *    on delete: the row is still referenced → 409;
 *  - 23505: a unique value already taken → 409;
 *  - class 22 (data exception: out of range, invalid text, bad date) → 400.
 */
export function databaseRefusal(error: unknown): DatabaseRefusal | undefined {
  const driver = driverError(error);
  const state = driver?.code;
  if (!state) return undefined;
  const detail = typeof driver.detail === 'string' ? driver.detail : '';
  const path = referencingColumn(driver.constraint, driver.table, detail);
  if (state === FOREIGN_KEY_VIOLATION) {
    // "update or delete on table x violates foreign key constraint ... on table y": the referenced side.
    if (typeof driver.message === 'string' && /^update or delete on table/.test(driver.message)) {
      return { status: 409, slug: 'still-referenced', detail: 'Other records still refer to this one' };
    }
    return {
      status: 422,
      slug: 'unknown-reference',
      detail: 'A referenced record does not exist in this organisation',
      ...(path ? { path } : {}),
    };
  }
  if (state === UNIQUE_VIOLATION) {
    return {
      status: 409,
      slug: 'already-exists',
      detail: 'A record with this value already exists',
      ...(path ? { path } : {}),
    };
  }
  if (state.startsWith('22')) {
    return { status: 400, slug: 'unstorable-value', detail: 'A value is out of range or cannot be stored' };
  }
  return undefined;
}
