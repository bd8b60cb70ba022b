import { Consent, Involvement, type PartnerCase } from '@percee/shared';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { insertCase, insertProgram } from '../../../test/fixtures.js';
import { auditLog, consents, contacts } from '../../db/schema.js';
import { inTenant } from '../../db/tenant.js';

type Session = Awaited<ReturnType<typeof signIn>>;

describe('consent register, partner involvement and partner access', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  let admin: Session;
  let coordinator: Session;
  let worker: Session;
  let otherWorker: Session;
  let partner: Session;
  let analyst: Session;
  let programId: string;
  let housing: string;
  let debtHelp: string;

  beforeAll(async () => {
    ctx = await startTestApp();
    org = await createTestOrganisation(ctx.database, 'CPAS', [
      'admin',
      'coordinator',
      'case_worker',
      'partner',
      'analyst',
    ]);
    [admin, coordinator, worker, partner, analyst] = [
      await signIn(ctx.app, org.byRole.admin.email),
      await signIn(ctx.app, org.byRole.coordinator.email),
      await signIn(ctx.app, org.byRole.case_worker.email),
      await signIn(ctx.app, org.byRole.partner.email),
      await signIn(ctx.app, org.byRole.analyst.email),
    ];
    const created = await call(admin, 'POST', '/admin/users', {
      email: `other-worker-${Date.now()}@cpas.test`,
      displayName: 'Other worker',
      role: 'case_worker',
      password: 'another long passphrase for a worker',
    });
    expect(created.statusCode, created.body).toBe(201);
    otherWorker = await signIn(ctx.app, created.json().email, 'another long passphrase for a worker');
    programId = (await insertProgram(ctx.database, org.organisationId)).id;
    housing = (await call(admin, 'POST', '/admin/partner-services', { name: 'Housing office' })).json().id;
    debtHelp = (await call(admin, 'POST', '/admin/partner-services', { name: 'Debt help' })).json().id;
    const linked = await call(admin, 'PATCH', `/admin/users/${org.byRole.partner.id}`, { partnerServiceId: housing });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().partnerServiceId).toBe(housing);
  });
  afterAll(() => ctx.close());

  function call(session: Session, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
    return ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: session.headers,
      ...(payload ? { payload } : {}),
    });
  }

  async function newCase() {
    const { household, case: created } = await insertCase(ctx.database, org.organisationId, {
      programId,
      primaryWorkerId: org.byRole.case_worker.id,
      stage: 'monitoring',
    });
    const detail = await call(worker, 'GET', `/households/${household.id}`);
    return { householdId: household.id, caseId: created.id, personId: detail.json().members[0].id as string };
  }

  const consentFor = (personId: string, extra: object = {}) => ({
    personId,
    purpose: 'information_sharing',
    partnerServiceId: housing,
    legalBasis: 'consent',
    evidenceNote: 'Signed form scanned in the paper file',
    ...extra,
  });

  it('records, lists and withdraws consents, keeping the history; audited', async () => {
    const { householdId, personId } = await newCase();
    const recorded = await call(worker, 'POST', `/households/${householdId}/consents`, consentFor(personId));
    expect(recorded.statusCode, recorded.body).toBe(201);
    const consent = Consent.parse(recorded.json());
    expect(consent).toMatchObject({
      status: 'active',
      purpose: 'information_sharing',
      recipient: { id: housing, name: 'Housing office' },
      legalBasis: 'consent',
      recordedBy: { id: org.byRole.case_worker.id },
      withdrawnAt: null,
    });

    const withdrawn = await call(coordinator, 'POST', `/consents/${consent.id}/withdraw`, { reason: 'Asked by phone' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({
      status: 'withdrawn',
      withdrawalReason: 'Asked by phone',
      withdrawnBy: { id: org.byRole.coordinator.id },
    });
    expect((await call(coordinator, 'POST', `/consents/${consent.id}/withdraw`, { reason: 'again' })).statusCode).toBe(
      409,
    );
    // Admins keep the register too (it names people, purposes and recipients, not case content).
    const byAdmin = await call(
      admin,
      'POST',
      `/households/${householdId}/consents`,
      consentFor(personId, { legalBasis: 'public_task' }),
    );
    expect(byAdmin.statusCode, byAdmin.body).toBe(201);

    const list = await call(worker, 'GET', `/households/${householdId}/consents?personId=${personId}`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((c: Consent) => c.status)).toEqual(['withdrawn', 'active']);

    const audited = await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      tx.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, consent.id)),
    );
    expect(audited.map((a) => a.action).sort()).toEqual(['consent.record', 'consent.withdraw']);
  });

  /** Every page of a list, walked with `limit`; each page full but the last. */
  async function walk<T>(session: Session, url: string, limit: number) {
    const seen: T[] = [];
    let cursor: string | null = null;
    do {
      const separator = url.includes('?') ? '&' : '?';
      const response = await call(
        session,
        'GET',
        `${url}${separator}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(response.statusCode, response.body).toBe(200);
      const page: { items: T[]; nextCursor: string | null } = response.json();
      if (page.nextCursor) expect(page.items).toHaveLength(limit);
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return seen;
  }
  const forged = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');

  it('pages the register oldest line first, by person too; a forged cursor is a 400', async () => {
    const { householdId, personId } = await newCase();
    const child = await call(worker, 'POST', `/households/${householdId}/members`, {
      firstName: 'Tom',
      lastName: 'Pager',
      birthDate: '2014-02-03',
      role: 'child',
    });
    expect(child.statusCode, child.body).toBe(201);
    const childId: string = child.json().id;
    const record = async (who: string, grantedAt: string) => {
      const response = await call(
        worker,
        'POST',
        `/households/${householdId}/consents`,
        consentFor(who, { grantedAt, purpose: 'case_support' }),
      );
      expect(response.statusCode, response.body).toBe(201);
      return response.json().id as string;
    };
    // Two granted at the same instant: the id orders them.
    const sameInstant = [
      await record(personId, '2024-03-01T10:00:00.000Z'),
      await record(childId, '2024-03-01T10:00:00.000Z'),
    ].sort();
    const ids = [
      await record(childId, '2023-01-01T00:00:00.000Z'),
      await record(personId, '2023-06-01T00:00:00.000Z'),
      ...sameInstant,
      await record(personId, '2025-01-01T00:00:00.000Z'),
    ];
    const whole = (await call(worker, 'GET', `/households/${householdId}/consents?limit=200`)).json();
    expect(whole.nextCursor).toBeNull();
    expect(whole.items.map((c: Consent) => c.id)).toEqual(ids);
    for (const limit of [1, 2, 4]) {
      expect((await walk<Consent>(worker, `/households/${householdId}/consents`, limit)).map((c) => c.id)).toEqual(ids);
    }
    const theirs = await walk<Consent>(worker, `/households/${householdId}/consents?personId=${childId}`, 1);
    expect(theirs.map((c) => c.id)).toEqual(
      ids.filter((id) => whole.items.find((c: Consent) => c.id === id)?.person.id === childId),
    );
    expect(theirs).toHaveLength(2);
    for (const key of [['2024-01-01T00:00:00.000Z', 'x'], ['nope', ids[0]], [1]]) {
      const response = await call(worker, 'GET', `/households/${householdId}/consents?cursor=${forged(key)}`);
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it("pages the partner's cases by household reference; a forged cursor is a 400", async () => {
    const mine: { caseId: string; reference: string }[] = [];
    for (let n = 0; n < 5; n += 1) {
      const { householdId, caseId, personId } = await newCase();
      await call(worker, 'POST', `/households/${householdId}/consents`, consentFor(personId));
      const involved = await call(worker, 'POST', `/cases/${caseId}/involvements`, {
        partnerServiceId: housing,
        purpose: 'information_sharing',
      });
      expect(involved.statusCode, involved.body).toBe(201);
      const reference = (await call(worker, 'GET', `/households/${householdId}`)).json().reference as string;
      mine.push({ caseId, reference });
    }
    const whole = (await call(partner, 'GET', '/partner/cases?limit=200')).json();
    expect(whole.nextCursor).toBeNull();
    const references = whole.items.map((c: PartnerCase) => c.reference);
    expect(references).toEqual([...references].sort());
    const ours = whole.items.map((c: PartnerCase) => c.id).filter((id: string) => mine.some((m) => m.caseId === id));
    expect(ours).toEqual([...mine].sort((a, b) => (a.reference < b.reference ? -1 : 1)).map((m) => m.caseId));
    for (const limit of [1, 2, 3]) {
      expect(await walk<PartnerCase>(partner, '/partner/cases', limit)).toEqual(whole.items);
    }
    for (const key of [['T-1', 'not-a-uuid'], [1, 2], ['T-1']]) {
      expect((await call(partner, 'GET', `/partner/cases?cursor=${forged(key)}`)).statusCode).toBe(400);
    }
  });

  it('the application role can neither delete a consent nor rewrite what was recorded', async () => {
    const { householdId, personId } = await newCase();
    const consent = (await call(worker, 'POST', `/households/${householdId}/consents`, consentFor(personId))).json();
    const attempt = (work: (tx: Parameters<Parameters<typeof inTenant>[2]>[0]) => Promise<unknown>) =>
      inTenant(ctx.database.db, { organisationId: org.organisationId }, work).then(
        () => 'done',
        (error: Error & { cause?: Error }) => `${error.message} ${error.cause?.message ?? ''}`,
      );
    expect(await attempt((tx) => tx.delete(consents).where(eq(consents.id, consent.id)))).toMatch(/permission denied/);
    expect(
      await attempt((tx) =>
        tx.update(consents).set({ legalBasis: 'vital_interests' }).where(eq(consents.id, consent.id)),
      ),
    ).toMatch(/permission denied/);
  });

  it('refuses bad input with 4xx and writes nothing', async () => {
    const { householdId, personId } = await newCase();
    const other = await newCase();
    const cases: [object, number][] = [
      [consentFor(other.personId), 422],
      [consentFor(personId, { partnerServiceId: '00000000-0000-4000-8000-000000000000' }), 422],
      [consentFor(personId, { legalBasis: 'because' }), 400],
      [consentFor(personId, { grantedAt: '2026-01-02T00:00:00Z', expiresAt: '2026-01-01T00:00:00Z' }), 400],
      [{ ...consentFor(personId), extra: 1 }, 400],
    ];
    for (const [body, status] of cases) {
      const response = await call(worker, 'POST', `/households/${householdId}/consents`, body);
      expect(response.statusCode, response.body).toBe(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect((await call(worker, 'GET', `/households/${householdId}/consents`)).json().items).toEqual([]);
  });

  it('only admins, coordinators and workers of a case of the household keep the register', async () => {
    const { householdId, personId } = await newCase();
    expect((await call(otherWorker, 'GET', `/households/${householdId}/consents`)).statusCode).toBe(404);
    expect(
      (await call(otherWorker, 'POST', `/households/${householdId}/consents`, consentFor(personId))).statusCode,
    ).toBe(404);
    for (const session of [partner, analyst]) {
      expect((await call(session, 'GET', `/households/${householdId}/consents`)).statusCode).toBe(403);
    }
  });

  it('admins keep the register without reading the file: no name, evidence note or withdrawal reason', async () => {
    const { householdId, personId } = await newCase();
    const evidence = 'Signed at the home visit, mother hospitalised';
    const recorded = await call(
      admin,
      'POST',
      `/households/${householdId}/consents`,
      consentFor(personId, { evidenceNote: evidence }),
    );
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect(recorded.json()).toMatchObject({ person: { id: personId, displayName: null }, evidenceNote: null });
    const withdrawn = await call(admin, 'POST', `/consents/${recorded.json().id}/withdraw`, {
      reason: 'Moved in with her sister in Namur',
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', withdrawalReason: null, evidenceNote: null });
    const register = Consent.array().parse(
      (await call(admin, 'GET', `/households/${householdId}/consents`)).json().items,
    );
    expect(register.map((line) => [line.person, line.evidenceNote, line.withdrawalReason])).toEqual([
      [{ id: personId, displayName: null }, null, null],
    ]);
    // The people who work with the household read the same line in full.
    const [full] = (await call(coordinator, 'GET', `/households/${householdId}/consents`)).json().items;
    expect(full).toMatchObject({
      person: { id: personId, displayName: expect.stringMatching(/\S/) },
      evidenceNote: evidence,
      withdrawalReason: 'Moved in with her sister in Namur',
    });
  });

  it('involving a partner needs an active consent for that service and purpose (409 naming what is missing)', async () => {
    const { householdId, caseId, personId } = await newCase();
    const involve = (session: Session, body: object = { partnerServiceId: housing, purpose: 'information_sharing' }) =>
      call(session, 'POST', `/cases/${caseId}/involvements`, body);

    const missing = await involve(worker);
    expect(missing.statusCode).toBe(409);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect(missing.json()).toMatchObject({
      type: expect.stringContaining('consent-missing'),
      missing: { householdId, partnerServiceId: housing, purpose: 'information_sharing' },
    });
    expect(missing.json().detail).toContain('Housing office');
    expect(missing.json().detail).toContain('information_sharing');

    // A consent for another service, another purpose, an expired or a future one does not count.
    const record = (extra: object) =>
      call(worker, 'POST', `/households/${householdId}/consents`, consentFor(personId, extra));
    await record({ partnerServiceId: debtHelp });
    await record({ purpose: 'referral' });
    await record({ grantedAt: '2020-01-01T00:00:00Z', expiresAt: '2021-01-01T00:00:00Z' });
    await record({ grantedAt: new Date(Date.now() + 86_400_000).toISOString() });
    expect((await involve(worker)).statusCode).toBe(409);

    await record({});
    expect((await involve(otherWorker)).statusCode).toBe(404);
    expect((await involve(partner)).statusCode).toBe(403);
    const involved = await involve(worker, {
      partnerServiceId: housing,
      purpose: 'information_sharing',
      note: 'Rent arrears',
    });
    expect(involved.statusCode, involved.body).toBe(201);
    expect(Involvement.parse(involved.json())).toMatchObject({ consentActive: true, endedAt: null });
    expect((await involve(coordinator)).statusCode).toBe(409); // already involved for this purpose
    expect((await call(worker, 'GET', `/cases/${caseId}/involvements`)).json().items).toHaveLength(1);
  });

  it('partners see only involved cases under an active consent, reduced, audited; withdrawal and ending cut access at once', async () => {
    const { householdId, caseId, personId } = await newCase();
    const unrelated = await newCase();
    await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      tx.insert(contacts).values({
        organisationId: org.organisationId,
        caseId,
        occurredAt: new Date().toISOString(),
        type: 'home_visit',
        notes: 'SECRET contact note',
        recordedBy: org.byRole.case_worker.id,
      }),
    );
    const consent = (await call(worker, 'POST', `/households/${householdId}/consents`, consentFor(personId))).json();
    const involvement = (
      await call(worker, 'POST', `/cases/${caseId}/involvements`, {
        partnerServiceId: housing,
        purpose: 'information_sharing',
      })
    ).json();

    const ours = await call(partner, 'GET', '/partner/cases');
    expect(ours.statusCode).toBe(200);
    const ids = ours.json().items.map((c: PartnerCase) => c.id);
    expect(ids).toContain(caseId);
    expect(ids).not.toContain(unrelated.caseId);
    const view = await call(partner, 'GET', `/partner/cases/${caseId}`);
    expect(view.statusCode).toBe(200);
    expect(Object.keys(view.json()).sort()).toEqual([
      'caseManager',
      'id',
      'involvements',
      'nextContactAt',
      'programName',
      'reference',
      'stage',
    ]);
    expect(view.json().involvements).toEqual([
      expect.objectContaining({ id: involvement.id, purpose: 'information_sharing' }),
    ]);
    expect(view.body).not.toContain('SECRET');
    expect(view.body).not.toContain('Léa');
    // The full case file stays closed to partners.
    expect((await call(partner, 'GET', `/cases/${caseId}`)).statusCode).toBe(403);
    expect((await call(partner, 'GET', `/cases/${caseId}/contacts`)).statusCode).toBe(403);
    expect((await call(partner, 'GET', `/partner/cases/${unrelated.caseId}`)).statusCode).toBe(404);

    const reads = await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(
          and(
            eq(auditLog.action, 'case.read'),
            eq(auditLog.entityId, caseId),
            eq(auditLog.actorUserId, org.byRole.partner.id),
          ),
        ),
    );
    expect(reads).toHaveLength(1);

    // Withdrawal: the very next request no longer sees the case.
    await call(worker, 'POST', `/consents/${consent.id}/withdraw`, { reason: 'Changed her mind' });
    expect((await call(partner, 'GET', `/partner/cases/${caseId}`)).statusCode).toBe(404);
    expect((await call(partner, 'GET', '/partner/cases')).json().items.map((c: PartnerCase) => c.id)).not.toContain(
      caseId,
    );
    const listed = (await call(worker, 'GET', `/cases/${caseId}/involvements`)).json().items;
    expect(listed[0]).toMatchObject({ consentActive: false, endedAt: null });

    // A new consent restores it; ending the involvement cuts it again.
    await call(
      worker,
      'POST',
      `/households/${householdId}/consents`,
      consentFor(personId, { legalBasis: 'legal_obligation' }),
    );
    expect((await call(partner, 'GET', `/partner/cases/${caseId}`)).statusCode).toBe(200);
    const ended = await call(coordinator, 'POST', `/cases/${caseId}/involvements/${involvement.id}/end`, {
      reason: 'Housed',
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect((await call(partner, 'GET', `/partner/cases/${caseId}`)).statusCode).toBe(404);
    expect(
      (await call(coordinator, 'POST', `/cases/${caseId}/involvements/${involvement.id}/end`, { reason: null }))
        .statusCode,
    ).toBe(409);
  });

  it('expiry cuts access without anyone acting (evaluated in SQL at each request)', async () => {
    const { householdId, caseId, personId } = await newCase();
    const consent = (
      await call(
        worker,
        'POST',
        `/households/${householdId}/consents`,
        consentFor(personId, { purpose: 'case_support' }),
      )
    ).json();
    await call(worker, 'POST', `/cases/${caseId}/involvements`, { partnerServiceId: housing, purpose: 'case_support' });
    expect((await call(partner, 'GET', `/partner/cases/${caseId}`)).statusCode).toBe(200);
    // Expire it in the database (as the owner: the application role may not rewrite the register).
    await ctx.database.db.execute(
      sql`update consents set granted_at = now() - interval '2 days', expires_at = now() - interval '1 second' where id = ${consent.id}`,
    );
    expect((await call(partner, 'GET', `/partner/cases/${caseId}`)).statusCode).toBe(404);
  });

  it('a partner account without a service, or of another service, sees nothing; deactivating the service cuts access', async () => {
    const { householdId, caseId, personId } = await newCase();
    await call(worker, 'POST', `/households/${householdId}/consents`, consentFor(personId, { purpose: 'referral' }));
    await call(worker, 'POST', `/cases/${caseId}/involvements`, { partnerServiceId: housing, purpose: 'referral' });
    expect((await call(partner, 'GET', `/partner/cases/${caseId}`)).statusCode).toBe(200);
    await call(admin, 'PATCH', `/admin/users/${org.byRole.partner.id}`, { partnerServiceId: debtHelp });
    expect((await call(partner, 'GET', `/partner/cases/${caseId}`)).statusCode).toBe(404);
    await call(admin, 'PATCH', `/admin/users/${org.byRole.partner.id}`, { partnerServiceId: housing });
    expect((await call(partner, 'GET', `/partner/cases/${caseId}`)).statusCode).toBe(200);
    await call(admin, 'PATCH', `/admin/partner-services/${housing}`, { active: false });
    expect((await call(partner, 'GET', `/partner/cases/${caseId}`)).statusCode).toBe(404);
    await call(admin, 'PATCH', `/admin/partner-services/${housing}`, { active: true });
    // Only partner accounts belong to a service.
    const wrong = await call(admin, 'PATCH', `/admin/users/${org.byRole.case_worker.id}`, {
      partnerServiceId: housing,
    });
    expect(wrong.statusCode).toBe(422);
  });
});
