import { Aid, AidTotal, page, type TimelineEntry } from '@percee/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { insertCase, startCaseworkTest } from '../../../test/fixtures.js';
import { aidGrants, auditLog } from '../../db/schema.js';
import { inTenant } from '../../db/tenant.js';

const AidPage = page(Aid);

describe('aid granted', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  let programId: string;
  type Session = Awaited<ReturnType<typeof signIn>>;
  let worker: Session;
  let otherWorker: Session;
  let coordinator: Session;
  let analyst: Session;
  let partner: Session;

  beforeAll(async () => {
    ({ ctx, org, programId, worker, otherWorker, coordinator, analyst, partner } = await startCaseworkTest('CPAS Aid', {
      otherWorkerEmail: 'other.worker@aid.test',
    }));
  });
  afterAll(() => ctx.close());

  const call = (method: 'GET' | 'POST', url: string, session: Session = worker, payload?: object, headers = {}) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...session.headers, ...headers },
      ...(payload ? { payload } : {}),
    });
  const newCase = async () =>
    (
      await insertCase(ctx.database, org.organisationId, {
        programId,
        primaryWorkerId: org.byRole.case_worker.id,
        stage: 'monitoring',
      })
    ).case.id;

  it('keeps amounts as exact integer cents', async () => {
    const caseId = await newCase();
    for (const amountCents of [12_345, 1, 0, 100_000_000, null]) {
      const response = await call('POST', `/cases/${caseId}/aid`, worker, {
        kind: 'energy',
        nature: 'financial',
        amountCents,
        grantedOn: '2025-03-14',
      });
      expect(response.statusCode, String(amountCents)).toBe(201);
      const aid = Aid.parse(response.json());
      expect(aid).toMatchObject({
        caseId,
        amountCents,
        grantedOn: '2025-03-14',
        recordedBy: org.byRole.case_worker.id,
      });
      const [stored] = await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
        tx.select().from(aidGrants).where(eq(aidGrants.id, aid.id)),
      );
      expect(stored?.amountCents).toBe(amountCents);
    }
    for (const amountCents of [12.5, -1, 100_000_001, '12345']) {
      const response = await call('POST', `/cases/${caseId}/aid`, worker, {
        kind: 'energy',
        nature: 'financial',
        amountCents,
        grantedOn: '2025-03-14',
      });
      expect(response.statusCode, String(amountCents)).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ path: 'body.amountCents' })]);
    }
    const invalidDate = await call('POST', `/cases/${caseId}/aid`, worker, {
      kind: 'food',
      nature: 'material',
      grantedOn: '2025-02-30',
    });
    expect(invalidDate.statusCode).toBe(400);
  });

  it('lists aid newest first, writes the timeline (kind/nature, no note) and the audit trail', async () => {
    const caseId = await newCase();
    const grants = [
      { kind: 'food', nature: 'material', grantedOn: '2025-01-10', note: 'Food parcel, private detail' },
      { kind: 'housing', nature: 'financial', amountCents: 45_000, grantedOn: '2025-02-01' },
      { kind: 'mobility', nature: 'social', grantedOn: '2024-12-24' },
    ];
    const ids: string[] = [];
    for (const grant of grants) {
      const response = await call('POST', `/cases/${caseId}/aid`, worker, grant);
      expect(response.statusCode).toBe(201);
      ids.push(response.json().id);
    }
    const list = AidPage.parse((await call('GET', `/cases/${caseId}/aid`)).json()).items;
    expect(list.map((aid) => aid.grantedOn)).toEqual(['2025-02-01', '2025-01-10', '2024-12-24']);
    expect(list[0]).toMatchObject({ kind: 'housing', nature: 'financial', amountCents: 45_000, note: null });
    expect(list[1]?.note).toBe('Food parcel, private detail');

    const timeline = await call('GET', `/cases/${caseId}/timeline`);
    const entries = timeline.json<{ items: TimelineEntry[] }>().items.filter((entry) => entry.kind === 'aid');
    expect(entries.map((entry) => entry.summary).sort()).toEqual([
      'food/material',
      'housing/financial',
      'mobility/social',
    ]);
    expect(entries.every((entry) => entry.note === null)).toBe(true);
    expect(timeline.body).not.toContain('private detail');

    const audited = await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'aid.create'), eq(auditLog.entityType, 'aid'))),
    );
    expect(audited.map((entry) => entry.entityId)).toEqual(expect.arrayContaining(ids));
  });

  it('refuses aid on a closed case', async () => {
    const caseId = await newCase();
    const current = await call('GET', `/cases/${caseId}`, coordinator);
    const closed = await call(
      'POST',
      `/cases/${caseId}/transitions`,
      coordinator,
      { to: 'exit', closureReason: 'goals_reached' },
      { 'if-match': current.headers.etag as string },
    );
    expect(closed.statusCode).toBe(200);
    const response = await call('POST', `/cases/${caseId}/aid`, worker, {
      kind: 'food',
      nature: 'material',
      grantedOn: '2025-01-10',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().type).toBe('urn:percee:problem:case-closed');
    expect((await call('GET', `/cases/${caseId}/aid`)).json()).toEqual({ items: [], nextCursor: null });
    expect((await call('GET', `/cases/${caseId}/aid/total`)).json()).toEqual({ grants: 0, totalCents: 0 });
  });

  it('keeps aid to the people on the case', async () => {
    const caseId = await newCase();
    const payload = { kind: 'food', nature: 'material', grantedOn: '2025-01-10' };
    for (const method of ['GET', 'POST'] as const) {
      expect((await call(method, `/cases/${caseId}/aid`, otherWorker, payload)).statusCode, method).toBe(404);
      expect((await call(method, `/cases/${caseId}/aid`, analyst, payload)).statusCode, method).toBe(403);
      expect((await call(method, `/cases/${caseId}/aid`, partner, payload)).statusCode, method).toBe(403);
    }
    expect((await call('GET', `/cases/${caseId}/aid/total`, otherWorker)).statusCode).toBe(404);
    expect((await call('GET', `/cases/${caseId}/aid/total`, analyst)).statusCode).toBe(403);
    expect((await call('GET', `/cases/${caseId}/aid/total`, partner)).statusCode).toBe(403);
    expect((await call('POST', `/cases/${caseId}/aid`, coordinator, payload)).statusCode).toBe(201);
  });

  it('pages through the aid newest first, without gaps or repeats, and totals every page', async () => {
    const caseId = await newCase();
    // Grants sharing a date and even the moment they were recorded: the id breaks the tie.
    const recordedAt = '2025-03-01T10:00:00.000Z';
    const rows = [
      { grantedOn: '2025-03-01', amountCents: 100 },
      { grantedOn: '2025-03-01', amountCents: 200 },
      { grantedOn: '2025-03-01', amountCents: 300 },
      { grantedOn: '2025-02-01', amountCents: null },
      { grantedOn: '2025-02-01', amountCents: 500 },
      { grantedOn: '2025-01-15', amountCents: 600 },
      { grantedOn: '2024-12-31', amountCents: 700 },
    ];
    await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      tx.insert(aidGrants).values(
        rows.map((row) => ({
          organisationId: org.organisationId,
          caseId,
          kind: 'food' as const,
          nature: 'financial' as const,
          amountCents: row.amountCents,
          grantedOn: row.grantedOn,
          recordedBy: org.byRole.case_worker.id,
          createdAt: recordedAt,
        })),
      ),
    );
    const all = AidPage.parse((await call('GET', `/cases/${caseId}/aid?limit=200`)).json());
    expect(all.nextCursor).toBeNull();
    expect(all.items).toHaveLength(7);
    const dates = all.items.map((aid) => aid.grantedOn);
    expect(dates).toEqual([...dates].sort().reverse());
    const tied = all.items.filter((aid) => aid.grantedOn === '2025-03-01').map((aid) => aid.id);
    expect(tied).toEqual([...tied].sort().reverse());

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await call('GET', `/cases/${caseId}/aid?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.statusCode).toBe(200);
      const result = AidPage.parse(response.json());
      expect(result.items.length).toBeLessThanOrEqual(2);
      seen.push(...result.items.map((aid) => aid.id));
      cursor = result.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(4);
    expect(seen).toEqual(all.items.map((aid) => aid.id));

    // The total is the database's, over every page.
    const total = AidTotal.parse((await call('GET', `/cases/${caseId}/aid/total`)).json());
    expect(total).toEqual({ grants: 7, totalCents: 2400 });

    expect((await call('GET', `/cases/${caseId}/aid?cursor=not-a-cursor`)).statusCode).toBe(400);
    for (const key of [
      ['2025-02-30', recordedAt, tied[0]],
      ['2025-03-01', 'yesterday', tied[0]],
      ['2025-03-01', recordedAt, 'not-a-uuid'],
      ['2025-03-01', tied[0]],
    ]) {
      const forged = Buffer.from(JSON.stringify(key)).toString('base64url');
      const response = await call('GET', `/cases/${caseId}/aid?cursor=${forged}`);
      expect(response.statusCode, JSON.stringify(key)).toBe(400);
      expect(response.json().type).toBe('urn:percee:problem:bad-cursor');
    }
  });
});
