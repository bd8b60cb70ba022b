import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { organisations, sites, systemState, users } from '../../db/schema.js';

export async function insertOrganisation(tx: Tx, values: typeof organisations.$inferInsert) {
  await tx.insert(organisations).values(values);
}

export async function insertSite(tx: Tx, values: typeof sites.$inferInsert) {
  const [site] = await tx.insert(sites).values(values).returning({ id: sites.id });
  return site;
}

export async function insertUser(tx: Tx, values: typeof users.$inferInsert) {
  const [user] = await tx
    .insert(users)
    .values(values)
    .returning({ id: users.id, email: users.email, role: users.role });
  return user;
}

/** Sets an installation-wide fact unless it is already set; true if this call set it. */
export async function setSystemStateOnce(tx: Tx, key: string, value: unknown) {
  const claimed = await tx
    .insert(systemState)
    .values({ key, value })
    .onConflictDoNothing()
    .returning({ key: systemState.key });
  return claimed.length === 1;
}

export async function timeZoneOf(tx: Tx, organisationId: string) {
  const [row] = await tx
    .select({ timeZone: organisations.timeZone })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return row?.timeZone;
}
