import { MAX_PRICE_CENTS } from '@percee/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../app.js';
import { insertProgram } from '../fixtures.js';
import { type Ids, seedOperationsData } from '../operations.js';

/*
 * Issue 16.7 (and 16.5): values at the edges get a 4xx naming the field, never a 500 and never a
 * silently altered value: characters PostgreSQL cannot store, invalid UTF-8, references to records
 * that are not the organisation's.
 */
type Headers = Record<string, string>;
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT';

describe('edge values', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let ids: Ids;
  let as: Record<'admin' | 'coordinator', Headers>;
  /** Ids of another organisation's site, program, worker, catalogue item and partner service. */
  let foreign: Record<'site' | 'program' | 'user' | 'catalogueItem' | 'partnerService', string>;
  const unknown = '7d1f4c2e-0000-4000-8000-000000000001';

  beforeAll(async () => {
    ctx = await startTestApp();
    const org = await createTestOrganisation(ctx.database, 'Edges', ['admin', 'coordinator', 'case_worker']);
    ({ ids } = await seedOperationsData(ctx, org));
    // The case opened on the earliest date accepted, so a contact of any accepted date may be journaled
    // on it (a contact before its case opened is refused).
    await ctx.database.db.execute(sql`update cases set opened_at = '1900-01-01T00:00:00Z' where id = ${ids.case}`);
    as = {
      admin: (await signIn(ctx.app, org.byRole.admin.email)).headers,
      coordinator: (await signIn(ctx.app, org.byRole.coordinator.email)).headers,
    };
    const other = await createTestOrganisation(ctx.database, 'Elsewhere', ['admin', 'coordinator', 'case_worker']);
    const otherAdmin = (await signIn(ctx.app, other.byRole.admin.email)).headers;
    const get = async (url: string) =>
      (await ctx.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: otherAdmin })).json();
    const otherService = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/admin/partner-services',
      headers: otherAdmin,
      payload: { name: 'Elsewhere partner' },
    });
    foreign = {
      site: (await get('/admin/sites')).items[0].id,
      program: (await insertProgram(ctx.database, other.organisationId)).id,
      user: other.byRole.case_worker.id,
      catalogueItem: (await get('/cost-catalogue')).items[0].id,
      partnerService: otherService.json().id,
    };
  });
  afterAll(() => ctx?.close());

  const call = (headers: Headers, method: Method, url: string, payload?: object | string | Buffer, extra = {}) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...headers, ...extra },
      ...(payload !== undefined ? { payload } : {}),
    });
  const versionOf = async (url: string) => (await call(as.coordinator, 'GET', url)).json().version as number;

  /** Each named text field, with the request that carries it. */
  const textFields: {
    name: string;
    path: string;
    send: (value: string) => Promise<{ statusCode: number; body: string }>;
  }[] = [
    {
      name: 'referral reason',
      path: 'body.reason',
      send: (value) =>
        call(as.coordinator, 'POST', '/referrals', {
          referrerService: 'S',
          reason: value,
          personAgreed: true,
          householdId: ids.household,
        }),
    },
    {
      name: 'member name',
      path: 'body.lastName',
      send: (value) =>
        call(as.coordinator, 'POST', `/households/${ids.household}/members`, {
          firstName: 'Ana',
          lastName: value,
          role: 'child',
        }),
    },
    {
      name: 'contact notes',
      path: 'body.notes',
      send: (value) =>
        call(as.coordinator, 'POST', `/cases/${ids.case}/contacts`, {
          occurredAt: new Date(Date.now() - 60_000).toISOString(),
          type: 'phone',
          notes: value,
        }),
    },
    {
      name: 'inquiry topic',
      path: 'body.topic',
      send: (value) =>
        call(as.coordinator, 'POST', '/inquiries', {
          channel: 'phone',
          topic: value,
          outcome: 'information_given',
          receivedAt: new Date(Date.now() - 60_000).toISOString(),
        }),
    },
    {
      name: 'site address',
      path: 'body.address',
      send: (value) =>
        call(as.admin, 'POST', '/admin/sites', { name: `Site ${Math.random()}`, kind: 'antenna', address: value }),
    },
  ];

  const badText = {
    'a NUL character': 'Rue de la Loi 16\u0000 bis',
    'a lone high surrogate': 'Dupont \ud83d',
    'a lone low surrogate': 'Dupont \ude00 x',
    'a replacement character (invalid UTF-8 decoded)': 'Dupont \ufffd',
  };

  for (const field of textFields) {
    for (const [what, value] of Object.entries(badText)) {
      it(`refuses ${what} in the ${field.name} with a 400 naming ${field.path}`, async () => {
        const response = await field.send(value);
        expect(response.statusCode, response.body).toBe(400);
        const problem = JSON.parse(response.body);
        expect(problem.errors.map((error: { path: string }) => error.path)).toContain(field.path);
      });
    }
    it(`still takes ordinary text, emoji included, in the ${field.name}`, async () => {
      const response = await field.send('Zoë 😀 Müller-Ørsted');
      expect(response.statusCode, response.body).toBeLessThan(300);
    });
  }

  it('still answers over text stored before the rule (U+FFFD, as lone surrogates used to be stored)', async () => {
    await ctx.database.db.execute(sql`update sites set name = ${'Antenne \ufffd'} where id = ${ids.site}`);
    await ctx.database.db.execute(sql`update households set address = ${'Rue \ufffd'} where id = ${ids.household}`);
    const sites = await call(as.admin, 'GET', '/admin/sites');
    expect(sites.statusCode, sites.body).toBe(200);
    const household = await call(as.coordinator, 'GET', `/households/${ids.household}`);
    expect(household.statusCode, household.body).toBe(200);
    expect(household.json().address).toBe('Rue \ufffd');
  });

  it('refuses a JSON body that is not valid UTF-8 with a 400 naming the field', async () => {
    const body = Buffer.concat([
      Buffer.from('{"referrerService":"S","personAgreed":true,"householdId":"'),
      Buffer.from(ids.household),
      Buffer.from('","reason":"caf'),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from('"}'),
    ]);
    const response = await call(as.coordinator, 'POST', '/referrals', body, { 'content-type': 'application/json' });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().errors.map((error: { path: string }) => error.path)).toContain('body.reason');
  });

  describe('references to records of no or another organisation: 422 naming the field', () => {
    const cases: [string, () => Promise<{ statusCode: number; body: string }>, string][] = [];
    for (const whose of ['unknown', 'foreign'] as const) {
      const id = (kind: keyof typeof foreign) => (whose === 'unknown' ? unknown : foreign[kind]);
      cases.push(
        [
          `PATCH /households/{id} with a ${whose} siteId`,
          async () =>
            call(
              as.coordinator,
              'PATCH',
              `/households/${ids.household}`,
              { siteId: id('site') },
              {
                'if-match': `"${await versionOf(`/households/${ids.household}`)}"`,
              },
            ),
          'body.siteId',
        ],
        [
          `POST /households with a ${whose} siteId`,
          () =>
            call(as.coordinator, 'POST', '/households', {
              siteId: id('site'),
              members: [{ firstName: 'Ana', lastName: `Edge${whose}`, role: 'applicant' }],
              confirmNotDuplicate: true,
            }),
          'body.siteId',
        ],
        [
          `POST /referrals with a ${whose} programId`,
          () =>
            call(as.coordinator, 'POST', '/referrals', {
              referrerService: 'S',
              reason: 'R',
              personAgreed: true,
              householdId: ids.household,
              programId: id('program'),
            }),
          'body.programId',
        ],
        [
          `POST /cases/{id}/assignment with a ${whose} primaryWorkerId`,
          async () =>
            call(
              as.coordinator,
              'POST',
              `/cases/${ids.case}/assignment`,
              { primaryWorkerId: id('user'), reason: 'take over' },
              { 'if-match': `"${await versionOf(`/cases/${ids.case}`)}"` },
            ),
          'body.primaryWorkerId',
        ],
        [
          `POST /inquiries with a ${whose} siteId`,
          () =>
            call(as.coordinator, 'POST', '/inquiries', {
              channel: 'phone',
              topic: 'T',
              outcome: 'information_given',
              siteId: id('site'),
              receivedAt: new Date(Date.now() - 60_000).toISOString(),
            }),
          'body.siteId',
        ],
        [
          `PATCH /admin/users/{id} with a ${whose} siteId`,
          () => call(as.admin, 'PATCH', `/admin/users/${ids.user}`, { siteId: id('site') }),
          'body.siteId',
        ],
        [
          `POST /cases/{id}/involvements with a ${whose} partnerServiceId`,
          () =>
            call(as.coordinator, 'POST', `/cases/${ids.case}/involvements`, {
              partnerServiceId: id('partnerService'),
              purpose: 'information_sharing',
            }),
          'body.partnerServiceId',
        ],
      );
    }
    it.each(cases)('%s', async (_label, send, path) => {
      const response = await send();
      expect(response.statusCode, response.body).toBe(422);
      expect(JSON.stringify(JSON.parse(response.body).errors ?? [])).toContain(path);
    });
  });

  describe('dates outside 1900-01-01 .. 2100-12-31, birth dates in the future: 400 naming the field', () => {
    const contactAt = (occurredAt: string) =>
      call(as.coordinator, 'POST', `/cases/${ids.case}/contacts`, { occurredAt, type: 'phone' });
    it.each([
      '0000-01-01T00:00:00Z',
      '0001-01-01T00:00:00Z',
      '0050-06-01T00:00:00Z',
      '0099-12-31T00:00:00Z',
      '1899-12-31T23:59:59Z',
    ])('a contact on %s', async (occurredAt) => {
      const response = await contactAt(occurredAt);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().errors.map((error: { path: string }) => error.path)).toContain('body.occurredAt');
    });
    it('a contact on 1900-01-01 is stored as 1900-01-01', async () => {
      const response = await contactAt('1900-01-01T00:00:00Z');
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json().occurredAt).toBe('1900-01-01T00:00:00.000Z');
    });
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    it.each(['9999-12-31', tomorrow, '0001-01-01', '1899-12-31'])('a birth date on %s', async (birthDate) => {
      const response = await call(as.coordinator, 'POST', `/households/${ids.household}/members`, {
        firstName: 'Ana',
        lastName: 'Future',
        role: 'child',
        birthDate,
      });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().errors.map((error: { path: string }) => error.path)).toContain('body.birthDate');
    });
    it.each(['9999-12-31', '0001-01-01'])('aid granted on %s', async (grantedOn) => {
      const response = await call(as.coordinator, 'POST', `/cases/${ids.case}/aid`, {
        kind: 'food',
        nature: 'material',
        grantedOn,
      });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().errors.map((error: { path: string }) => error.path)).toContain('body.grantedOn');
    });
  });

  describe('money: bounded at entry, sums that cannot fail', () => {
    const newItem = (code: string, unitPriceCents: number) =>
      call(as.admin, 'POST', '/cost-catalogue', {
        code,
        labels: { fr: code, nl: code, en: code },
        category: 'other',
        unit: 'event',
        firstPrice: { validFrom: '2020-01-01', unitPriceCents },
      });
    const putScenario = async (breakthrough: string, catalogueItemId: string, quantity: number) =>
      call(
        as.coordinator,
        'PUT',
        `/breakthroughs/${breakthrough}/scenario`,
        { horizonMonths: 12, without: [{ catalogueItemId, quantity, probabilityPercent: 100 }], with: [] },
        { 'if-match': `"${await versionOf(`/breakthroughs/${breakthrough}`)}"` },
      );

    it('refuses a unit price beyond the bound (400), and a scenario line beyond it (422), never 500', async () => {
      const tooDear = await newItem('edge-too-dear', 100_000_000_000);
      expect(tooDear.statusCode, tooDear.body).toBe(400);
      const dearest = await newItem('edge-dearest', MAX_PRICE_CENTS);
      expect(dearest.statusCode, dearest.body).toBe(201);
      const huge = await putScenario(ids.breakthrough, dearest.json().id, 100_000);
      expect(huge.statusCode, huge.body).toBe(422);
      expect(JSON.stringify(huge.json().errors)).toContain('body.without.0.quantity');
      const fine = await putScenario(ids.breakthrough, dearest.json().id, 10);
      expect(fine.statusCode, fine.body).toBe(200);
    });

    it('keeps the avoided-cost summary and its CSV answering over huge achieved figures stored earlier', async () => {
      // Two achieved breakthroughs whose frozen figures together exceed 2^53 cents (rows stored before the bounds).
      const second = await call(as.coordinator, 'POST', `/cases/${ids.case}/breakthroughs`, {
        title: 'Second',
        domain: 'housing',
        category: 'other',
        responsible: 'R',
      });
      expect(second.statusCode, second.body).toBe(201);
      await ctx.database.db.execute(sql`
        update breakthroughs set status = 'achieved', achieved_on = current_date, intervention_cents = 1,
          realised_without_cents = 6000000000000000, realised_with_cents = 0,
          realised_gross_cents = 6000000000000000, realised_net_cents = 5999999999999999
        where id in (${ids.breakthrough}, ${second.json().id})`);
      const summary = await call(as.coordinator, 'GET', '/avoided-costs/summary');
      expect(summary.statusCode, summary.body).toBe(200);
      expect(summary.json()).toMatchObject({
        breakthroughs: 2,
        grossAvoidedCents: Number.MAX_SAFE_INTEGER,
        netAvoidedCents: Number.MAX_SAFE_INTEGER,
        interventionCents: 2,
      });
      const byMonth = await call(as.coordinator, 'GET', '/avoided-costs/summary?groupBy=month');
      expect(byMonth.statusCode, byMonth.body).toBe(200);
      const csv = await call(as.coordinator, 'GET', '/avoided-costs/summary.csv?groupBy=program');
      expect(csv.statusCode, csv.body).toBe(200);
      expect(csv.body).toContain(String(Number.MAX_SAFE_INTEGER));
    });
  });
});
