import type { PageQuery, Program, ProgramCreate, ProgramListQuery, ProgramOption, ProgramUpdate } from '@percee/shared';
import { can } from '@percee/shared';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/tenant.js';
import { toPage } from '../../lib/cursor.js';
import { forbidden, notFound } from '../../lib/problem.js';
import { audit, diff } from '../../platform/audit.js';
import * as repo from './repo.js';

const toProgram = (row: repo.ProgramRow): Program => ({
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

/**
 * The program settings (caseload limits, contact intervals, eligibility checklists), for the staff who
 * run or apply them (`program.read`). Partners and analysts get the options (id, name, method) only.
 */
export async function listPrograms(tx: Tx, actor: Actor, query: ProgramListQuery) {
  if (!can(actor.role, 'program.read'))
    throw forbidden('Your role reads programs as options only (GET /programs/options)');
  const rows = await repo.listPrograms(tx, actor.organisationId, query, query.includeInactive);
  const page = toPage(rows, query.limit, (row) => [row.name, row.id]);
  return { items: page.items.map(toProgram), nextCursor: page.nextCursor };
}

/** Active programs, as a referral form names them: no settings, so open to every role. */
export async function programOptions(tx: Tx, actor: Actor, query: PageQuery) {
  const rows: ProgramOption[] = await repo.programOptions(tx, actor.organisationId, query);
  return toPage(rows, query.limit, (row) => [row.name, row.id]);
}

export async function createProgram(tx: Tx, actor: Actor, input: ProgramCreate) {
  const program = await repo.insertProgram(tx, actor.organisationId, input);
  await audit(tx, actor, {
    action: 'program.create',
    entityType: 'program',
    entityId: program.id,
    changes: { name: program.name },
  });
  return toProgram(program);
}

export async function updateProgram(tx: Tx, actor: Actor, id: string, patch: ProgramUpdate) {
  const before = await repo.findProgram(tx, actor.organisationId, id);
  if (!before) throw notFound('Program');
  const row = await repo.updateProgram(tx, actor.organisationId, id, patch);
  if (patch.contactIntervalDays && patch.contactIntervalDays !== before.contactIntervalDays) {
    // The due date of every open case follows the program's interval.
    await repo.rescheduleOpenCases(tx, actor.organisationId, id, patch.contactIntervalDays);
  }
  await audit(tx, actor, {
    action: 'program.update',
    entityType: 'program',
    entityId: id,
    changes: diff(before, patch),
  });
  return toProgram(row);
}
