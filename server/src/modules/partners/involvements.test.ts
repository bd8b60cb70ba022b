import { type ConsentPurpose, consentPurposes, Involvement, page } from '@percee/shared';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { insertCase, insertProgram } from '../../../test/fixtures.js';
import { caseInvolvements } from '../../db/schema.js';

type Session = Awaited<ReturnType<typeof signIn>>;
const InvolvementPage = page(Involvement);

describe('the involvements of a case, page by page', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  let admin: Session;
  let worker: Session;
  let services: string[];
  let caseId: string;
  let householdId: string;
  let personId: string;

  beforeAll(async () => {
    ctx = await startTestApp();
    org = await createTestOrganisation(ctx.database, 'CPAS Involvements', ['admin', 'case_worker']);
    admin = await signIn(ctx.app, org.byRole.admin.email);
    worker = await signIn(ctx.app, org.byRole.case_worker.email);
    services = [];
    for (const name of ['Housing office', 'Debt help']) {
      const created = await call(admin, 'POST', '/admin/partner-services', { name });
      expect(created.statusCode, created.body).toBe(201);
      services.push(created.json().id);
    }
    const programId = (await insertProgram(ctx.database, org.organisationId)).id;
    const inserted = await insertCase(ctx.database, org.organisationId, {
      programId,
      primaryWorkerId: org.byRole.case_worker.id,
      stage: 'monitoring',
    });
    caseId = inserted.case.id;
    householdId = inserted.household.id;
    personId = (await call(worker, 'GET', `/households/${householdId}`)).json().members[0].id;
  });
  afterAll(() => ctx.close());

  function call(session: Session, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
    return ctx.app.inject({ method, url: `/api/v1${url}`, headers: session.headers, ...(payload ? { payload } : {}) });
  }

  it('walks every involvement exactly once, oldest first, with whether a consent covers each now', async () => {
    const consentIds = new Map<string, string>();
    for (const partnerServiceId of services) {
      for (const purpose of consentPurposes) {
        const recorded = await call(worker, 'POST', `/households/${householdId}/consents`, {
          personId,
          purpose,
          partnerServiceId,
          legalBasis: 'consent',
          evidenceNote: 'Signed form',
        });
        expect(recorded.statusCode, recorded.body).toBe(201);
        consentIds.set(`${partnerServiceId}/${purpose}`, recorded.json().id);
      }
    }
    const involve = async (partnerServiceId: string, purpose: ConsentPurpose) => {
      const response = await call(worker, 'POST', `/cases/${caseId}/involvements`, { partnerServiceId, purpose });
      expect(response.statusCode, response.body).toBe(201);
      return Involvement.parse(response.json()).id;
    };
    const ids: string[] = [];
    for (const partnerServiceId of services) {
      for (const purpose of consentPurposes) ids.push(await involve(partnerServiceId, purpose));
    }
    // One ended and started again: both stay listed.
    const ended = await call(worker, 'POST', `/cases/${caseId}/involvements/${ids[0]}/end`, { reason: 'Done' });
    expect(ended.statusCode, ended.body).toBe(200);
    ids.push(await involve(services[0] as string, consentPurposes[0]));
    // A withdrawn consent: the involvement is listed without cover.
    const withdrawn = await call(worker, 'POST', `/consents/${consentIds.get(`${services[1]}/referral`)}/withdraw`, {
      reason: 'Asked by phone',
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    // Three started at the same instant: the id breaks the tie. (The application role may not move
    // a start: the test writes as the database owner.)
    const tied = ids.slice(2, 5);
    await ctx.database.db
      .update(caseInvolvements)
      .set({ startedAt: '2025-04-01T10:00:00.000Z' })
      .where(inArray(caseInvolvements.id, tied));

    const all = InvolvementPage.parse((await call(worker, 'GET', `/cases/${caseId}/involvements?limit=200`)).json());
    expect(all.nextCursor).toBeNull();
    expect(all.items).toHaveLength(7);
    expect(all.items.slice(0, 3).map((item) => item.id)).toEqual([...tied].sort());
    const starts = all.items.map((item) => item.startedAt);
    expect(starts).toEqual([...starts].sort());

    const seen: Involvement[] = [];
    let cursor: string | null = null;
    do {
      const response = await call(
        worker,
        'GET',
        `/cases/${caseId}/involvements?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(response.statusCode, response.body).toBe(200);
      const result = InvolvementPage.parse(response.json());
      expect(result.items.length).toBeLessThanOrEqual(2);
      seen.push(...result.items);
      cursor = result.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items);
    const byId = new Map(seen.map((item) => [item.id, item]));
    expect(byId.get(ids[0] as string)).toMatchObject({ endReason: 'Done', consentActive: false });
    expect(byId.get(ids[6] as string)).toMatchObject({ endedAt: null, consentActive: true });
    expect(byId.get(ids[5] as string)).toMatchObject({ purpose: 'referral', endedAt: null, consentActive: false });

    expect((await call(worker, 'GET', `/cases/${caseId}/involvements?cursor=not-a-cursor`)).statusCode).toBe(400);
    const forged = Buffer.from(JSON.stringify(['2025-04-01', 'not-a-uuid'])).toString('base64url');
    const refused = await call(worker, 'GET', `/cases/${caseId}/involvements?cursor=${forged}`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().type).toBe('urn:percee:problem:bad-cursor');
  });
});
