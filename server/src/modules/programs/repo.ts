import type { PageQuery, ProgramCreate, ProgramUpdate } from '@percee/shared';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { cases, programs } from '../../db/schema.js';
import { decodeTextCursor } from '../../lib/cursor.js';

export type ProgramRow = typeof programs.$inferSelect;

/** Programs by name, then id (programs_org_name_idx), from a (name, id) cursor; one more than a page. */
function byName(organisationId: string, query: PageQuery, includeInactive: boolean) {
  const after = query.cursor ? decodeTextCursor(query.cursor) : undefined;
  return and(
    eq(programs.organisationId, organisationId),
    includeInactive ? undefined : eq(programs.active, true),
    after ? sql`(${programs.name}, ${programs.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
  );
}

export const listPrograms = (tx: Tx, organisationId: string, query: PageQuery, includeInactive: boolean) =>
  tx
    .select()
    .from(programs)
    .where(byName(organisationId, query, includeInactive))
    .orderBy(asc(programs.name), asc(programs.id))
    .limit(query.limit + 1);

export const programOptions = (tx: Tx, organisationId: string, query: PageQuery) =>
  tx
    .select({ id: programs.id, name: programs.name, method: programs.method })
    .from(programs)
    .where(byName(organisationId, query, false))
    .orderBy(asc(programs.name), asc(programs.id))
    .limit(query.limit + 1);

export async function findProgram(tx: Tx, organisationId: string, id: string) {
  const [row] = await tx
    .select()
    .from(programs)
    .where(and(eq(programs.organisationId, organisationId), eq(programs.id, id)));
  return row;
}

export async function insertProgram(tx: Tx, organisationId: string, input: ProgramCreate) {
  const [row] = await tx
    .insert(programs)
    .values({
      organisationId,
      name: input.name,
      method: input.method,
      caseloadLimit: input.caseloadLimit,
      contactIntervalDays: input.contactIntervalDays,
      expectedDurationMonths: input.expectedDurationMonths ?? null,
      accompanimentTypes: input.accompanimentTypes,
      eligibilityChecklist: input.eligibilityChecklist ?? [],
    })
    .returning();
  return row as ProgramRow;
}

export async function updateProgram(tx: Tx, organisationId: string, id: string, patch: ProgramUpdate) {
  const [row] = await tx
    .update(programs)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(and(eq(programs.organisationId, organisationId), eq(programs.id, id)))
    .returning();
  return row as ProgramRow;
}

/** Moves the contact due date of every open case of the program to its new interval. */
export async function rescheduleOpenCases(tx: Tx, organisationId: string, programId: string, intervalDays: number) {
  await tx
    .update(cases)
    .set({
      contactDueAt: sql`coalesce(${cases.lastContactAt}, ${cases.openedAt}) + make_interval(days => ${intervalDays})`,
      version: sql`${cases.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(cases.organisationId, organisationId), eq(cases.programId, programId), isNull(cases.closedAt)));
}
