import type { PageQuery, Program, ProgramCreate, ProgramListQuery, ProgramOption, ProgramUpdate } from '@percee/shared';
import { can } from '@percee/shared';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { cases, programs } from '../../db/schema.js';
import type { Actor } from '../../db/tenant.js';
import { decodeTextCursor, toPage } from '../../lib/cursor.js';
import { forbidden, notFound } from '../../lib/problem.js';
import { audit, diff } from '../../plugins/audit.js';

type ProgramRow = typeof programs.$inferSelect;

const toProgram = (row: ProgramRow): Program => ({
  id: row.id,
  name: row.name,
  method: row.method,
  caseloadLimit: row.caseloadLimit,
  contactIntervalDays: row.contactIntervalDays,
  expectedDurationMonths: row.expectedDurationMonths,
  accompanimentTypes: row.accompanimentTypes,
  eligibilityChecklist: row.eligibilityChecklist,
  active: row.active,
  createdAt: row.createdAt,
});

/** Programs by name, then id (programs_org_name_idx), from a (name, id) cursor. */
const byName = (actor: Actor, query: PageQuery, includeInactive: boolean) => {
  const after = query.cursor ? decodeTextCursor(query.cursor) : undefined;
  return and(
    eq(programs.organisationId, actor.organisationId),
    includeInactive ? undefined : eq(programs.active, true),
    after ? sql`(${programs.name}, ${programs.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
  );
};

/**
 * The program settings (caseload limits, contact intervals, eligibility checklists), for the staff who
 * run or apply them (`program.read`). Partners and analysts get the options (id, name, method) only.
 */
export async function listPrograms(tx: Tx, actor: Actor, query: ProgramListQuery) {
  if (!can(actor.role, 'program.read'))
    throw forbidden('Your role reads programs as options only (GET /programs/options)');
  const rows = await tx
    .select()
    .from(programs)
    .where(byName(actor, query, query.includeInactive))
    .orderBy(asc(programs.name), asc(programs.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (row) => [row.name, row.id]);
  return { items: page.items.map(toProgram), nextCursor: page.nextCursor };
}

/** Active programs, as a referral form names them: no settings, so open to every role. */
export async function programOptions(tx: Tx, actor: Actor, query: PageQuery) {
  const rows: ProgramOption[] = await tx
    .select({ id: programs.id, name: programs.name, method: programs.method })
    .from(programs)
    .where(byName(actor, query, false))
    .orderBy(asc(programs.name), asc(programs.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, (row) => [row.name, row.id]);
}

export async function findProgram(tx: Tx, organisationId: string, id: string) {
  const [row] = await tx
    .select()
    .from(programs)
    .where(and(eq(programs.organisationId, organisationId), eq(programs.id, id)));
  return row;
}

export async function createProgram(tx: Tx, actor: Actor, input: ProgramCreate) {
  const [row] = await tx
    .insert(programs)
    .values({
      organisationId: actor.organisationId,
      name: input.name,
      method: input.method,
      caseloadLimit: input.caseloadLimit,
      contactIntervalDays: input.contactIntervalDays,
      expectedDurationMonths: input.expectedDurationMonths ?? null,
      accompanimentTypes: input.accompanimentTypes,
      eligibilityChecklist: input.eligibilityChecklist ?? [],
    })
    .returning();
  const program = row as ProgramRow;
  await audit(tx, actor, {
    action: 'program.create',
    entityType: 'program',
    entityId: program.id,
    changes: { name: program.name },
  });
  return toProgram(program);
}

export async function updateProgram(tx: Tx, actor: Actor, id: string, patch: ProgramUpdate) {
  const before = await findProgram(tx, actor.organisationId, id);
  if (!before) throw notFound('Program');
  const [row] = await tx
    .update(programs)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(and(eq(programs.organisationId, actor.organisationId), eq(programs.id, id)))
    .returning();
  if (patch.contactIntervalDays && patch.contactIntervalDays !== before.contactIntervalDays) {
    // The due date of every open case follows the program's interval.
    await tx
      .update(cases)
      .set({
        contactDueAt: sql`coalesce(${cases.lastContactAt}, ${cases.openedAt}) + make_interval(days => ${patch.contactIntervalDays})`,
        version: sql`${cases.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(cases.organisationId, actor.organisationId), eq(cases.programId, id), isNull(cases.closedAt)));
  }
  await audit(tx, actor, {
    action: 'program.update',
    entityType: 'program',
    entityId: id,
    changes: diff(before, patch),
  });
  return toProgram(row as ProgramRow);
}
