import { Inquiry, page } from '@percee/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { insertCase, insertProgram } from '../../../test/fixtures.js';
import { auditLog, referrals } from '../../db/schema.js';
import { inTenant } from '../../db/tenant.js';

const InquiryPage = page(Inquiry);

describe('help desk', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  let elsewhere: Awaited<ReturnType<typeof createTestOrganisation>>;
  type Session = Awaited<ReturnType<typeof signIn>>;
  let reception: Session;
  let referralId: string;

  beforeAll(async () => {
    ctx = await startTestApp();
    org = await createTestOrganisation(ctx.database, 'CPAS Desk', [
      'admin',
      'coordinator',
      'case_worker',
      'partner',
      'analyst',
    ]);
    elsewhere = await createTestOrganisation(ctx.database, 'Elsewhere', ['admin']);
    reception = await signIn(ctx.app, org.byRole.case_worker.email);
    const program = await insertProgram(ctx.database, org.organisationId);
    const { household } = await insertCase(ctx.database, org.organisationId, {
      programId: program.id,
      primaryWorkerId: org.byRole.case_worker.id,
    });
    referralId = await inTenant(ctx.database.db, { organisationId: org.organisationId }, async (tx) => {
      const [referral] = await tx
        .insert(referrals)
        .values({
          organisationId: org.organisationId,
          referrerService: 'Help desk',
          reason: 'Rent arrears',
          personAgreed: true,
          householdId: household.id,
        })
        .returning();
      return referral?.id as string;
    });
  });
  afterAll(() => ctx.close());

  const call = (method: 'GET' | 'POST', url: string, session: Session = reception, payload?: object) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: session.headers, ...(payload ? { payload } : {}) });
  const inquiry = (overrides: object = {}) => ({
    channel: 'walk_in',
    topic: 'Energy bill, payment plan',
    outcome: 'information_given',
    receivedAt: '2025-03-03T09:15:00+01:00',
    ...overrides,
  });

  it('logs an inquiry for the reception roles only', async () => {
    const response = await call('POST', '/inquiries', reception, inquiry({ siteId: org.headOfficeId }));
    expect(response.statusCode).toBe(201);
    const logged = Inquiry.parse(response.json());
    expect(logged).toMatchObject({
      channel: 'walk_in',
      topic: 'Energy bill, payment plan',
      outcome: 'information_given',
      routedTo: null,
      referralId: null,
      siteId: org.headOfficeId,
      receivedAt: '2025-03-03T08:15:00.000Z',
      handledBy: org.byRole.case_worker.id,
    });
    const audited = await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'inquiry.create'), eq(auditLog.entityId, logged.id))),
    );
    expect(audited).toHaveLength(1);

    for (const role of ['coordinator', 'admin'] as const) {
      const session = await signIn(ctx.app, org.byRole[role].email);
      expect((await call('POST', '/inquiries', session, inquiry())).statusCode, role).toBe(201);
      expect((await call('GET', '/inquiries', session)).statusCode, role).toBe(200);
    }
    for (const role of ['partner', 'analyst'] as const) {
      const session = await signIn(ctx.app, org.byRole[role].email);
      expect((await call('POST', '/inquiries', session, inquiry())).statusCode, role).toBe(403);
      expect((await call('GET', '/inquiries', session)).statusCode, role).toBe(403);
    }
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/inquiries' })).statusCode).toBe(401);
  });

  it('links a created referral, which must be given and exist in the organisation', async () => {
    const missing = await call('POST', '/inquiries', reception, inquiry({ outcome: 'referral_created' }));
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([expect.objectContaining({ path: 'body.referralId' })]);

    const unknown = await call(
      'POST',
      '/inquiries',
      reception,
      inquiry({ outcome: 'referral_created', referralId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors).toEqual([expect.objectContaining({ path: 'body.referralId' })]);

    const linked = await call('POST', '/inquiries', reception, inquiry({ outcome: 'referral_created', referralId }));
    expect(linked.statusCode).toBe(201);
    expect(linked.json().referralId).toBe(referralId);

    const notCreated = await call('POST', '/inquiries', reception, inquiry({ referralId }));
    expect(notCreated.statusCode).toBe(400);
    expect(notCreated.json().errors).toEqual([expect.objectContaining({ path: 'body.referralId' })]);
  });

  it("gives admins no topic or routing of an inquiry that led to a referral (that household's file)", async () => {
    const admin = await signIn(ctx.app, org.byRole.admin.email);
    const receivedAt = '2023-02-01T10:00:00Z';
    const linked = await call(
      'POST',
      '/inquiries',
      reception,
      inquiry({ outcome: 'referral_created', referralId, receivedAt, topic: 'Violence at home, wants to leave' }),
    );
    expect(linked.statusCode, linked.body).toBe(201);
    await call('POST', '/inquiries', reception, inquiry({ receivedAt, topic: 'Opening hours' }));
    const period = `from=${receivedAt}&to=2023-02-02T00:00:00Z`;
    const topics = async (session: Session) =>
      InquiryPage.parse((await call('GET', `/inquiries?${period}`, session)).json())
        .items.map((item) => item.topic)
        .sort();
    expect(await topics(admin)).toEqual(['Opening hours', null].sort());
    expect(await topics(reception)).toEqual(['Opening hours', 'Violence at home, wants to leave'].sort());
    const csv = await call('GET', `/inquiries.csv?${period}`, admin);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Opening hours');
    expect(csv.body).not.toContain('Violence at home');
  });

  it('checks the site, the time and the shape', async () => {
    const unknownSite = await call(
      'POST',
      '/inquiries',
      reception,
      inquiry({ siteId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(unknownSite.statusCode).toBe(422);
    expect(unknownSite.json().errors).toEqual([expect.objectContaining({ path: 'body.siteId' })]);
    // Another organisation's site is as unknown as a made-up one.
    const foreignSite = await call('POST', '/inquiries', reception, inquiry({ siteId: elsewhere.headOfficeId }));
    expect(foreignSite.statusCode).toBe(422);

    const future = await call(
      'POST',
      '/inquiries',
      reception,
      inquiry({ receivedAt: new Date(Date.now() + 3_600_000).toISOString() }),
    );
    expect(future.statusCode).toBe(400);
    expect(future.json().errors).toEqual([expect.objectContaining({ path: 'body.receivedAt' })]);

    for (const bad of [{ topic: '   ' }, { channel: 'pigeon' }, { outcome: 'solved' }, { name: 'Jean Dupont' }]) {
      const response = await call('POST', '/inquiries', reception, inquiry(bad));
      expect(response.statusCode, JSON.stringify(bad)).toBe(400);
    }
  });

  it('lists newest first within a period, paging without gaps or repeats', async () => {
    // Pairs of inquiries at the same moment: the id breaks the tie.
    const moments = [1, 2, 2, 3, 4, 4, 5].map((day) => `2024-06-0${day}T10:00:00.000Z`);
    for (const receivedAt of moments) {
      expect((await call('POST', '/inquiries', reception, inquiry({ receivedAt, channel: 'phone' }))).statusCode).toBe(
        201,
      );
    }
    const window = 'from=2024-06-01T00:00:00Z&to=2024-06-06T00:00:00Z';
    const all = InquiryPage.parse((await call('GET', `/inquiries?${window}&limit=200`)).json()).items;
    expect(all.map((item) => item.receivedAt)).toEqual([...moments].reverse());

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await call(
        'GET',
        `/inquiries?${window}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(response.statusCode).toBe(200);
      const result = InquiryPage.parse(response.json());
      seen.push(...result.items.map((item) => item.id));
      cursor = result.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((item) => item.id));
    expect(new Set(seen).size).toBe(moments.length);

    // `from` inclusive, `to` exclusive.
    const bounded = InquiryPage.parse(
      (await call('GET', '/inquiries?from=2024-06-02T10:00:00Z&to=2024-06-04T10:00:00Z')).json(),
    ).items;
    expect(bounded.map((item) => item.receivedAt)).toEqual([
      '2024-06-03T10:00:00.000Z',
      '2024-06-02T10:00:00.000Z',
      '2024-06-02T10:00:00.000Z',
    ]);

    // Other organisations' inquiries never show.
    const admin = await signIn(ctx.app, elsewhere.byRole.admin.email);
    expect(InquiryPage.parse((await call('GET', '/inquiries', admin)).json()).items).toEqual([]);

    expect((await call('GET', '/inquiries?from=2024-06-05T00:00:00Z&to=2024-06-01T00:00:00Z')).statusCode).toBe(400);
    expect((await call('GET', '/inquiries?from=yesterday')).statusCode).toBe(400);
    expect((await call('GET', '/inquiries?cursor=not-a-cursor')).statusCode).toBe(400);
  });

  it('documents the journal, assessment, aid and help-desk routes in OpenAPI with their problems', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    type Operation = { tags?: string[]; summary?: string; responses: Record<string, unknown> };
    const paths = response.json<{ paths: Record<string, Record<string, Operation>> }>().paths;
    const expected: [string, string, string[]][] = [
      ['/api/v1/cases/{id}/contacts', 'post', ['400', '401', '403', '404', '409']],
      ['/api/v1/cases/{id}/contacts', 'get', ['400', '401', '403', '404']],
      ['/api/v1/assessment-instruments', 'get', ['400', '401', '403']],
      ['/api/v1/cases/{id}/assessments', 'post', ['400', '401', '403', '404', '409', '422']],
      ['/api/v1/cases/{id}/assessments', 'get', ['400', '401', '403', '404']],
      ['/api/v1/cases/{id}/assessments/progress', 'get', ['400', '401', '403', '404']],
      ['/api/v1/cases/{id}/aid', 'post', ['400', '401', '403', '404', '409']],
      ['/api/v1/cases/{id}/aid', 'get', ['400', '401', '403', '404']],
      ['/api/v1/cases/{id}/aid/total', 'get', ['400', '401', '403', '404']],
      ['/api/v1/inquiries', 'post', ['400', '401', '403', '422']],
      ['/api/v1/inquiries', 'get', ['400', '401', '403']],
    ];
    for (const [path, method, problems] of expected) {
      const operation = paths[path]?.[method];
      expect(operation, `${method} ${path}`).toBeDefined();
      expect(operation?.tags?.length, `${method} ${path}`).toBeGreaterThan(0);
      expect(operation?.summary, `${method} ${path}`).toBeTruthy();
      expect(Object.keys(operation?.responses ?? {}), `${method} ${path}`).toEqual(expect.arrayContaining(problems));
    }
    expect(JSON.stringify(paths['/api/v1/inquiries']?.post)).toContain('never enter names');
  });
});
