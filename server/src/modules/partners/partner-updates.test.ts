import { PartnerCase, PartnerUpdate, page } from '@percee/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { insertCase, insertProgram } from '../../../test/fixtures.js';
import { auditLog } from '../../db/schema.js';
import { inTenant } from '../../db/tenant.js';

type Session = Awaited<ReturnType<typeof signIn>>;
const UpdatePage = page(PartnerUpdate);

describe("partners take part (issue 18.7): the case manager's contact and the partner's updates", () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  let other: Awaited<ReturnType<typeof createTestOrganisation>>;
  let admin: Session;
  let coordinator: Session;
  let worker: Session;
  let partner: Session;
  let otherServicePartner: Session;
  let analyst: Session;
  let foreignPartner: Session;
  let programId: string;
  let housing: string;
  let debtHelp: string;

  beforeAll(async () => {
    ctx = await startTestApp();
    org = await createTestOrganisation(ctx.database, 'CPAS Updates', [
      'admin',
      'coordinator',
      'case_worker',
      'partner',
      'analyst',
    ]);
    other = await createTestOrganisation(ctx.database, 'CPAS Elsewhere', ['admin', 'partner']);
    [admin, coordinator, worker, partner, analyst] = [
      await signIn(ctx.app, org.byRole.admin.email),
      await signIn(ctx.app, org.byRole.coordinator.email),
      await signIn(ctx.app, org.byRole.case_worker.email),
      await signIn(ctx.app, org.byRole.partner.email),
      await signIn(ctx.app, org.byRole.analyst.email),
    ];
    programId = (await insertProgram(ctx.database, org.organisationId)).id;
    housing = (await call(admin, 'POST', '/admin/partner-services', { name: 'Housing office' })).json().id;
    debtHelp = (await call(admin, 'POST', '/admin/partner-services', { name: 'Debt help' })).json().id;
    expect(
      (await call(admin, 'PATCH', `/admin/users/${org.byRole.partner.id}`, { partnerServiceId: housing })).statusCode,
    ).toBe(200);
    const debtAccount = await call(admin, 'POST', '/admin/users', {
      email: `debt-${Date.now()}@updates.test`,
      displayName: 'Debt adviser',
      role: 'partner',
      partnerServiceId: debtHelp,
      password: 'a long passphrase for the debt adviser',
    });
    expect(debtAccount.statusCode, debtAccount.body).toBe(201);
    otherServicePartner = await signIn(ctx.app, debtAccount.json().email, 'a long passphrase for the debt adviser');
    const phone = await call(admin, 'PATCH', `/admin/users/${org.byRole.case_worker.id}`, {
      workPhone: '+32 2 555 77 01',
    });
    expect(phone.statusCode, phone.body).toBe(200);
    expect(phone.json().workPhone).toBe('+32 2 555 77 01');
    // Another organisation's partner, with a service of its own.
    const otherAdmin = await signIn(ctx.app, other.byRole.admin.email);
    const otherService = (await call(otherAdmin, 'POST', '/admin/partner-services', { name: 'Housing office' })).json()
      .id;
    await call(otherAdmin, 'PATCH', `/admin/users/${other.byRole.partner.id}`, { partnerServiceId: otherService });
    foreignPartner = await signIn(ctx.app, other.byRole.partner.email);
  });
  afterAll(() => ctx.close());

  function call(session: Session, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
    return ctx.app.inject({ method, url: `/api/v1${url}`, headers: session.headers, ...(payload ? { payload } : {}) });
  }

  /** A case of the worker, the housing office involved under an active consent. */
  async function sharedCase() {
    const { household, case: created } = await insertCase(ctx.database, org.organisationId, {
      programId,
      primaryWorkerId: org.byRole.case_worker.id,
      stage: 'monitoring',
    });
    const personId = (await call(worker, 'GET', `/households/${household.id}`)).json().members[0].id as string;
    const consent = await call(worker, 'POST', `/households/${household.id}/consents`, {
      personId,
      purpose: 'case_support',
      partnerServiceId: housing,
      legalBasis: 'consent',
    });
    expect(consent.statusCode, consent.body).toBe(201);
    const involved = await call(worker, 'POST', `/cases/${created.id}/involvements`, {
      partnerServiceId: housing,
      purpose: 'case_support',
    });
    expect(involved.statusCode, involved.body).toBe(201);
    return { caseId: created.id, householdId: household.id, personId, consentId: consent.json().id as string };
  }

  it("shows the case manager's name and work phone to the partner, and to nobody else through this view", async () => {
    const { caseId } = await sharedCase();
    const view = await call(partner, 'GET', `/partner/cases/${caseId}`);
    expect(view.statusCode, view.body).toBe(200);
    expect(PartnerCase.parse(view.json()).caseManager).toEqual({
      displayName: `case_worker of CPAS Updates`,
      workPhone: '+32 2 555 77 01',
    });
    const list = await call(partner, 'GET', '/partner/cases?limit=200');
    expect(list.json().items.find((c: PartnerCase) => c.id === caseId).caseManager.workPhone).toBe('+32 2 555 77 01');
    // The team picker does not carry the phone.
    expect((await call(coordinator, 'GET', '/team')).body).not.toContain('555 77 01');
    for (const session of [otherServicePartner, foreignPartner]) {
      expect((await call(session, 'GET', `/partner/cases/${caseId}`)).statusCode).toBe(404);
    }
  });

  it('a partner adds an update: on the timeline for staff, the manager notified, audited, exported; others get 404/403', async () => {
    const { caseId, personId } = await sharedCase();
    const marker = `UPD-${crypto.randomUUID().slice(0, 8)}`;
    const next = `NEXT-${crypto.randomUUID().slice(0, 8)}`;
    const body = { done: `Met the landlord ${marker}`, nextStep: `Sign the plan ${next}`, nextDate: '2026-12-20' };

    // Refused for everyone who may not write it.
    for (const session of [otherServicePartner, foreignPartner]) {
      const refused = await call(session, 'POST', `/partner/cases/${caseId}/updates`, body);
      expect(refused.statusCode, refused.body).toBe(404);
    }
    for (const session of [admin, coordinator, worker, analyst]) {
      expect((await call(session, 'POST', `/partner/cases/${caseId}/updates`, body)).statusCode).toBe(403);
    }
    // Bounds: empty, too long, unknown field, a date out of range.
    for (const bad of [
      { done: '   ' },
      { done: 'x'.repeat(1001) },
      { done: 'ok', nextStep: 'y'.repeat(501) },
      { done: 'ok', extra: 1 },
      { done: 'ok', nextDate: '2300-01-01' },
    ]) {
      const refused = await call(partner, 'POST', `/partner/cases/${caseId}/updates`, bad);
      expect(refused.statusCode, JSON.stringify(bad)).toBe(400);
    }

    const created = await call(partner, 'POST', `/partner/cases/${caseId}/updates`, body);
    expect(created.statusCode, created.body).toBe(201);
    const update = PartnerUpdate.parse(created.json());
    expect(update).toMatchObject({
      caseId,
      partnerService: { id: housing, name: 'Housing office' },
      author: { id: org.byRole.partner.id },
      done: body.done,
      nextStep: body.nextStep,
      nextDate: '2026-12-20',
    });

    // Staff see it on the timeline, the partner's words as the note.
    const timeline = await call(worker, 'GET', `/cases/${caseId}/timeline?limit=200`);
    expect(timeline.statusCode).toBe(200);
    const entry = timeline.json().items.find((item: { kind: string }) => item.kind === 'partner_update');
    expect(entry).toMatchObject({
      summary: 'partner:2026-12-20:Housing office',
      actor: { id: org.byRole.partner.id },
    });
    expect(entry.note).toContain(marker);
    expect(entry.note).toContain(next);
    // The case manager is notified; the partner (the actor) is not.
    const notes = await call(worker, 'GET', '/notifications?limit=100');
    expect(
      notes
        .json()
        .items.filter((n: { kind: string; caseId: string }) => n.kind === 'partner_update' && n.caseId === caseId),
    ).toEqual([
      expect.objectContaining({ subjectId: update.id, actor: expect.objectContaining({ id: org.byRole.partner.id }) }),
    ]);
    // The partner lists its own service's updates; the other service and organisation learn nothing.
    const mine = UpdatePage.parse((await call(partner, 'GET', `/partner/cases/${caseId}/updates`)).json());
    expect(mine.items.map((item) => item.id)).toEqual([update.id]);
    for (const session of [otherServicePartner, foreignPartner]) {
      const answer = await call(session, 'GET', `/partner/cases/${caseId}/updates`);
      expect(answer.statusCode).toBe(404);
      expect(answer.body).not.toContain(marker);
      expect((await call(session, 'GET', '/partner/cases?limit=200')).body).not.toContain(marker);
    }
    // The analyst sees no case file (its timeline) at all.
    const analystTimeline = await call(analyst, 'GET', `/cases/${caseId}/timeline`);
    expect(analystTimeline.body).not.toContain(marker);
    // Audited, with ids only.
    const audited = await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'partner_update.create'), eq(auditLog.entityId, caseId))),
    );
    expect(audited).toHaveLength(1);
    expect(JSON.stringify(audited[0]?.changes)).not.toContain(marker);
    // In the person's export.
    const exported = await call(coordinator, 'GET', `/persons/${personId}/export`);
    expect(exported.statusCode, exported.body).toBe(200);
    const exportedCase = exported.json().cases.find((c: { case: { id: string } }) => c.case.id === caseId);
    expect(JSON.stringify(exportedCase.partnerUpdates)).toContain(marker);
  });

  it('withdrawing the consent cuts writing and reading at once; an unknown case is the same 404', async () => {
    const { caseId, consentId } = await sharedCase();
    const post = () => call(partner, 'POST', `/partner/cases/${caseId}/updates`, { done: 'Phoned' });
    expect((await post()).statusCode).toBe(201);
    const withdrawn = await call(worker, 'POST', `/consents/${consentId}/withdraw`, { reason: 'Asked by phone' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect((await post()).statusCode).toBe(404);
    expect((await call(partner, 'GET', `/partner/cases/${caseId}/updates`)).statusCode).toBe(404);
    // Unknown case: the same 404.
    expect((await call(partner, 'GET', `/partner/cases/${crypto.randomUUID()}/updates`)).statusCode).toBe(404);
  });

  it('pages the updates newest first, each exactly once; a forged cursor is a 400', async () => {
    const { caseId } = await sharedCase();
    const written: string[] = [];
    for (let i = 0; i < 5; i++) {
      const created = await call(partner, 'POST', `/partner/cases/${caseId}/updates`, { done: `Step ${i}` });
      expect(created.statusCode).toBe(201);
      written.push(created.json().id);
    }
    const seen: PartnerUpdate[] = [];
    let cursor: string | null = null;
    do {
      const response = await call(
        partner,
        'GET',
        `/partner/cases/${caseId}/updates?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(response.statusCode, response.body).toBe(200);
      const result = UpdatePage.parse(response.json());
      seen.push(...result.items);
      cursor = result.nextCursor;
    } while (cursor);
    expect(seen.map((item) => item.id).sort()).toEqual([...written].sort());
    const times = seen.map((item) => item.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    const forged = Buffer.from(JSON.stringify(['2025-04-01', 'not-a-uuid'])).toString('base64url');
    expect((await call(partner, 'GET', `/partner/cases/${caseId}/updates?cursor=${forged}`)).statusCode).toBe(400);
  });
});
