import { Household, Referral } from '@percee/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../test/app.js';
import { clientToken, registerClient } from '../../test/clients.js';
import { insertCase, insertProgram } from '../../test/fixtures.js';

describe('reliable writes and sync for machine clients: ETag, If-Match, Idempotency-Key, updatedSince', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  let client: Record<string, string>;
  let other: Record<string, string>;

  beforeAll(async () => {
    ctx = await startTestApp();
    org = await createTestOrganisation(ctx.database, 'Sync', ['admin', 'coordinator', 'case_worker']);
    const admin = await signIn(ctx.app, org.byRole.admin.email);
    const registered = await registerClient(ctx.app, admin.headers, [
      'referrals:write',
      'referrals:read',
      'households:read',
      'households:write',
      'cases:read',
    ]);
    client = (await clientToken(ctx.app, registered.clientId, registered.clientSecret)).headers;
    const second = await registerClient(ctx.app, admin.headers, ['referrals:write'], 'Other system');
    other = (await clientToken(ctx.app, second.clientId, second.clientSecret)).headers;
  });
  afterAll(() => ctx.close());

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, headers: Record<string, string>, payload?: object) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });
  const referral = (lastName: string, reason = 'Eviction notice received') => ({
    referrerService: 'Population register',
    reason,
    personAgreed: true,
    household: {
      address: `3 rue ${lastName}`,
      postalCode: '7100',
      members: [{ firstName: 'Jo', lastName, birthDate: '1979-05-05', role: 'applicant' }],
    },
  });
  const countReferrals = async (reason: string) => {
    const result = (await ctx.database.db.execute(
      sql`select count(*)::int as n from referrals where reason = ${reason}`,
    )) as unknown as { rows: { n: number }[] };
    return result.rows[0]?.n;
  };

  it('replays the first response to a retry with the same key and body, and refuses another body (422)', async () => {
    const key = { 'idempotency-key': 'ref-2026-0001' };
    const first = await call('POST', '/referrals', { ...client, ...key }, referral('Idem', 'retry me'));
    expect(first.statusCode).toBe(201);
    expect(first.headers.etag).toBe('"1"');
    expect(first.headers.location).toBe(`/api/v1/referrals/${first.json().id}`);
    expect(first.headers['idempotent-replayed']).toBeUndefined();

    const retry = await call('POST', '/referrals', { ...client, ...key }, referral('Idem', 'retry me'));
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json()).toEqual(first.json());
    expect(retry.headers.etag).toBe(first.headers.etag);
    expect(retry.headers.location).toBe(first.headers.location);
    expect(await countReferrals('retry me')).toBe(1);

    const otherBody = await call('POST', '/referrals', { ...client, ...key }, referral('Idem', 'something else'));
    expect(otherBody.statusCode).toBe(422);
    expect(otherBody.json().type).toBe('urn:percee:problem:idempotency-key-reused');

    // Keys belong to one client: another client's same key is its own.
    const byOther = await call('POST', '/referrals', { ...other, ...key }, referral('Idem2', 'retry me'));
    expect(byOther.statusCode).toBe(201);
    expect(byOther.json().id).not.toBe(first.json().id);

    const badKey = await call('POST', '/referrals', { ...client, 'idempotency-key': 'has space' }, referral('X'));
    expect(badKey.statusCode).toBe(400);
  });

  it('does not store failures: a retry after an error runs again', async () => {
    const key = { 'idempotency-key': 'fails-first' };
    const invalid = await call(
      'POST',
      '/referrals',
      { ...client, ...key },
      { ...referral('Fail'), programId: crypto.randomUUID() },
    );
    expect(invalid.statusCode).toBe(422);
    const again = await call(
      'POST',
      '/referrals',
      { ...client, ...key },
      { ...referral('Fail'), programId: crypto.randomUUID() },
    );
    expect(again.statusCode).toBe(422);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
  });

  it('creates exactly one record for concurrent retries with the same key', async () => {
    const key = { 'idempotency-key': `concurrent-${inject('testDatabase').kind}` };
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => call('POST', '/referrals', { ...client, ...key }, referral('Race', 'raced'))),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(6).fill(201));
    expect(new Set(responses.map((r) => r.json().id)).size).toBe(1);
    expect(responses.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(5);
    expect(await countReferrals('raced')).toBe(1);

    // Concurrent requests with the same key and different bodies: one wins, the others are refused.
    const mixed = await Promise.all(
      ['a', 'b', 'c'].map((suffix) =>
        call(
          'POST',
          '/referrals',
          { ...client, 'idempotency-key': 'mixed' },
          referral(`Mix${suffix}`, `mixed ${suffix}`),
        ),
      ),
    );
    expect(mixed.map((r) => r.statusCode).sort()).toEqual([201, 422, 422]);
  });

  it('gives every exposed resource an ETag and requires If-Match on updates', async () => {
    const created = await call('POST', '/households', client, {
      address: '1 place Communale',
      postalCode: '7100',
      members: [{ firstName: 'Eva', lastName: 'Etag', birthDate: '1988-08-08', role: 'applicant' }],
    });
    expect(created.statusCode).toBe(201);
    const household = Household.parse(created.json());
    expect(created.headers.etag).toBe('"1"');
    const read = await call('GET', `/households/${household.id}`, client);
    expect(read.headers.etag).toBe('"1"');

    const missing = await call('PATCH', `/households/${household.id}`, client, { municipality: 'Binche' });
    expect(missing.statusCode).toBe(428);
    const updated = await call(
      'PATCH',
      `/households/${household.id}`,
      { ...client, 'if-match': '"1"' },
      { municipality: 'Binche' },
    );
    expect(updated.statusCode).toBe(200);
    expect(updated.headers.etag).toBe('"2"');
    const stale = await call(
      'PATCH',
      `/households/${household.id}`,
      { ...client, 'if-match': '"1"' },
      { municipality: 'Mons' },
    );
    expect(stale.statusCode).toBe(412);

    const sent = await call('POST', '/referrals', client, {
      ...referral('Tag'),
      household: undefined,
      householdId: household.id,
    });
    expect(sent.statusCode).toBe(201);
    const referralRead = await call('GET', `/referrals/${sent.json().id}`, client);
    expect(referralRead.headers.etag).toBe(`"${Referral.parse(referralRead.json()).version}"`);
  });

  it('syncs households, referrals and cases changed since a time, in (updatedAt, id) order with stable cursors', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const program = await insertProgram(ctx.database, org.organisationId);
    for (let i = 0; i < 3; i++) {
      await insertCase(ctx.database, org.organisationId, {
        programId: program.id,
        primaryWorkerId: org.byRole.case_worker.id,
      });
    }
    for (let i = 0; i < 3; i++)
      expect((await call('POST', '/referrals', client, referral(`Sync${i}`))).statusCode).toBe(201);

    for (const [url, key] of [
      ['/households', 'households'],
      ['/referrals', 'referrals'],
      ['/cases', 'cases'],
    ] as const) {
      const seen: { id: string; updatedAt: string }[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `updatedSince=${encodeURIComponent(since)}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const page = await call('GET', `${url}?${query}`, client);
        expect(page.statusCode, key).toBe(200);
        seen.push(...page.json().items);
        cursor = page.json().nextCursor;
      } while (cursor);
      expect(seen.length, key).toBeGreaterThanOrEqual(3);
      expect(new Set(seen.map((item) => item.id)).size, key).toBe(seen.length);
      const order = seen.map((item) => [item.updatedAt, item.id].join(' '));
      expect(order, key).toEqual([...order].sort());
      for (const item of seen) expect(item.updatedAt >= since, key).toBe(true);
    }
  });
});
