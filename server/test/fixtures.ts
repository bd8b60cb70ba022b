import type { AccompanimentType, CaseStage, ProgramMethod } from '@percee/shared';
import { eq } from 'drizzle-orm';
import type { Database } from '../src/db/client.js';
import { caseEvents, cases, households, persons, programs } from '../src/db/schema.js';
import { inTenant } from '../src/db/tenant.js';
import { createTestOrganisation, signIn, startTestApp } from './app.js';

let sequence = 0;

/** A program straight in the database (tests of other features need one without going through the API). */
export async function insertProgram(
  database: Database,
  organisationId: string,
  overrides: Partial<{ name: string; method: ProgramMethod; caseloadLimit: number; contactIntervalDays: number }> = {},
) {
  return inTenant(database.db, { organisationId }, async (tx) => {
    const [program] = await tx
      .insert(programs)
      .values({
        organisationId,
        name: overrides.name ?? `Program ${++sequence}`,
        method: overrides.method ?? 'case_management',
        caseloadLimit: overrides.caseloadLimit ?? 10,
        contactIntervalDays: overrides.contactIntervalDays ?? 14,
        accompanimentTypes: ['case_management', 'housing_keeping', 'housing_search', 'housing_access', 'masp'],
        eligibilityChecklist: [{ code: 'real_request', label: 'The person asks for support' }],
      })
      .returning();
    return program as typeof programs.$inferSelect;
  });
}

/** A household with one applicant and an open case, straight in the database. */
export async function insertCase(
  database: Database,
  organisationId: string,
  options: {
    programId: string;
    primaryWorkerId: string;
    stage?: CaseStage;
    accompanimentType?: AccompanimentType;
    openedAt?: string;
    lastName?: string;
  },
) {
  return inTenant(database.db, { organisationId }, async (tx) => {
    const n = ++sequence;
    const lastName = options.lastName ?? `Martin${n}`;
    const [household] = await tx
      .insert(households)
      .values({
        organisationId,
        reference: `T-${n}`,
        displayName: `Léa ${lastName}`,
        searchText: `lea ${lastName.toLowerCase()}`,
      })
      .returning();
    if (!household) throw new Error('household not inserted');
    await tx.insert(persons).values({
      organisationId,
      householdId: household.id,
      firstName: 'Léa',
      lastName,
      nameKey: `${lastName.toLowerCase()} lea`,
      role: 'applicant',
    });
    const openedAt = options.openedAt ?? new Date().toISOString();
    const [program] = await tx.select().from(programs).where(eq(programs.id, options.programId));
    const interval = program?.contactIntervalDays ?? 14;
    const [created] = await tx
      .insert(cases)
      .values({
        organisationId,
        householdId: household.id,
        programId: options.programId,
        primaryWorkerId: options.primaryWorkerId,
        accompanimentType: options.accompanimentType ?? 'case_management',
        stage: options.stage ?? 'intake',
        openedAt,
        contactDueAt: new Date(new Date(openedAt).getTime() + interval * 86_400_000).toISOString(),
      })
      .returning();
    if (!created) throw new Error('case not inserted');
    await tx
      .insert(caseEvents)
      .values({ organisationId, caseId: created.id, kind: 'opened', summary: 'opened', at: openedAt });
    return { household, case: created };
  });
}

/**
 * The start the casework modules' tests share (aid, appointments, assessments, contacts): an app, an
 * organisation with an account of each role and a second case worker (`otherWorkerEmail`), each of
 * them signed in, and a program. The cases stay each test's own.
 */
export async function startCaseworkTest(
  name: string,
  options: { otherWorkerEmail: string; program?: Parameters<typeof insertProgram>[2] },
) {
  const ctx = await startTestApp();
  const org = await createTestOrganisation(ctx.database, name, [
    'admin',
    'coordinator',
    'case_worker',
    'partner',
    'analyst',
  ]);
  const admin = await signIn(ctx.app, org.byRole.admin.email);
  const created = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/admin/users',
    headers: admin.headers,
    payload: {
      email: options.otherWorkerEmail,
      displayName: 'Other Worker',
      role: 'case_worker',
      password: 'a long enough password',
    },
  });
  if (created.statusCode !== 201) throw new Error(`second case worker not created: ${created.body}`);
  const [worker, otherWorker, coordinator, analyst, partner] = await Promise.all([
    signIn(ctx.app, org.byRole.case_worker.email),
    signIn(ctx.app, options.otherWorkerEmail, 'a long enough password'),
    signIn(ctx.app, org.byRole.coordinator.email),
    signIn(ctx.app, org.byRole.analyst.email),
    signIn(ctx.app, org.byRole.partner.email),
  ]);
  const programId = (await insertProgram(ctx.database, org.organisationId, options.program)).id;
  return {
    ctx,
    org,
    programId,
    admin,
    worker,
    otherWorker,
    otherWorkerId: (created.json() as { id: string }).id,
    coordinator,
    analyst,
    partner,
  };
}
