import { sql } from 'drizzle-orm';
import { type AnyPgColumn, customType, date, foreignKey, integer } from 'drizzle-orm/pg-core';

/**
 * timestamptz in the database, an ISO 8601 string (UTC, `Z`) in the application and at the edge.
 * Millisecond precision, like the ISO strings: a keyset cursor holding a timestamp then names
 * exactly one position (microseconds would be lost in the cursor and rows repeated across pages).
 */
export const timestamptz = customType<{ data: string; driverData: string | Date }>({
  dataType: () => 'timestamp(3) with time zone',
  fromDriver: (value) => new Date(value).toISOString(),
});

export const timestamps = {
  createdAt: timestamptz('created_at').notNull().default(sql`now()`),
  updatedAt: timestamptz('updated_at').notNull().default(sql`now()`),
};

/** A row edited under optimistic concurrency (If-Match): its version, then its timestamps. */
export const versioned = {
  version: integer('version').notNull().default(1),
  ...timestamps,
};

export const isoDate = (name: string) => date(name, { mode: 'string' });

type TenantColumns = { organisationId: AnyPgColumn; id: AnyPgColumn };

/**
 * The composite foreign key from `column` of a tenant row to another tenant table's row:
 * (organisation_id, column) → (organisation_id, id), so it can never point into another organisation.
 */
export const tenantRef = (row: { organisationId: AnyPgColumn }, column: AnyPgColumn, target: TenantColumns) =>
  foreignKey({ columns: [row.organisationId, column], foreignColumns: [target.organisationId, target.id] });
