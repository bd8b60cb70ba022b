import { Aid, type TimelineEntry } from '@percee/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { insertCase, insertProgram } from '../../../test/fixtures.js';
import { aidGrants, auditLog } from '../../db/schema.js';
import { inTenant } from '../../db/tenant.js';

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
    ctx = await startTestApp();
    org = await createTestOrganisation(ctx.database, 'CPAS Aid', [
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
        email: 'other.worker@aid.test',
        displayName: 'Other Worker',
        role: 'case_worker',
        password: 'a long enough password',
      },
    });
    expect(created.statusCode).toBe(201);
    [worker, otherWorker, coordinator, analyst, partner] = await Promise.all([
      signIn(ctx.app, org.byRole.case_worker.email),
      signIn(ctx.app, 'other.worker@aid.test', 'a long enough password'),
      signIn(ctx.app, org.byRole.coordinator.email),
      signIn(ctx.app, org.byRole.analyst.email),
      signIn(ctx.app, org.byRole.partner.email),
    ]);
    programId = (await insertProgram(ctx.database, org.organisationId)).id;
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
    const list = z.array(Aid).parse((await call('GET', `/cases/${caseId}/aid`)).json());
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
    expect((await call('GET', `/cases/${caseId}/aid`)).json()).toEqual([]);
  });

  it('keeps aid to the people on the case', async () => {
    const caseId = await newCase();
    const payload = { kind: 'food', nature: 'material', grantedOn: '2025-01-10' };
    for (const method of ['GET', 'POST'] as const) {
      expect((await call(method, `/cases/${caseId}/aid`, otherWorker, payload)).statusCode, method).toBe(404);
      expect((await call(method, `/cases/${caseId}/aid`, analyst, payload)).statusCode, method).toBe(403);
      expect((await call(method, `/cases/${caseId}/aid`, partner, payload)).statusCode, method).toBe(403);
    }
    expect((await call('POST', `/cases/${caseId}/aid`, coordinator, payload)).statusCode).toBe(201);
  });
});
