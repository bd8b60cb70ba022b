import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../app.js';
import { type Ids, seedOperationsData } from '../operations.js';

/*
 * Issue 16.4: nothing a person typed reaches the logs, whatever the error. The app logs at `info` to
 * an in-memory stream; every field of failing writes carries a unique marker; no marker may appear in
 * what was logged, while the errors themselves are logged (class, SQLSTATE, constraint, route).
 */
describe('logs hold no personal data', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let ids: Ids;
  let coordinator: Record<string, string>;
  const lines: string[] = [];
  let n = 0;
  const markers: string[] = [];
  /** A unique value, recognisable in any log line. */
  const mark = (prefix = '') => {
    const marker = `${prefix}Zq${++n}x${Math.random().toString(36).slice(2, 8)}Mk`;
    markers.push(marker);
    return marker;
  };
  const logged = () => lines.join('\n');

  beforeAll(async () => {
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    ctx = await startTestApp({}, {}, { logger: { level: 'info', stream } });
    const org = await createTestOrganisation(ctx.database, 'Logs', ['admin', 'coordinator', 'case_worker']);
    ({ ids } = await seedOperationsData(ctx, org));
    coordinator = (await signIn(ctx.app, org.byRole.coordinator.email)).headers;
  });
  afterAll(() => ctx?.close());

  const post = (url: string, payload: object) =>
    ctx.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: coordinator, payload });

  it('logs no value of a write the database refuses (trigger, unique violation, NUL byte)', async () => {
    // A write that fails in the database with the values in the error's message and detail.
    await ctx.database.db.execute(
      sql.raw(`create function logs_test_refuse() returns trigger language plpgsql as $$
        begin raise exception 'refused: %', new.notes using detail = new.participants; end $$`),
    );
    await ctx.database.db.execute(
      sql.raw(
        'create trigger refuse_contacts before insert on contacts for each row execute function logs_test_refuse()',
      ),
    );
    const refused = await post(`/cases/${ids.case}/contacts`, {
      occurredAt: new Date().toISOString(), // not before the case opened (it was opened just now)
      type: 'home_visit',
      participants: mark(),
      notes: mark(),
    });
    expect(refused.statusCode).toBe(500);

    // A unique violation whose detail quotes the value: "Key (last_name)=(...) already exists".
    await ctx.database.db.execute(sql.raw('create unique index logs_test_unique_last_name on persons (last_name)'));
    const lastName = mark();
    const member = { firstName: mark(), lastName, role: 'child', phone: mark('+32 ') };
    expect((await post(`/households/${ids.household}/members`, member)).statusCode).toBe(201);
    const duplicate = await post(`/households/${ids.household}/members`, { ...member, firstName: mark() });
    expect(duplicate.statusCode).toBeGreaterThanOrEqual(400);

    // A NUL byte PostgreSQL cannot store, among values in every field of a new household's referral.
    const referral = await post('/referrals', {
      referrerService: mark(),
      referrerContact: mark(),
      reason: `${mark()}\u0000${mark()}`,
      personAgreed: true,
      household: {
        address: mark(),
        postalCode: mark().slice(0, 10),
        municipality: mark(),
        members: [{ firstName: mark(), lastName: mark(), role: 'applicant', phone: mark() }],
      },
    });
    expect(referral.statusCode).toBeGreaterThanOrEqual(400);

    // What a person typed in a URL: a search term, a path.
    await ctx.app.inject({ method: 'GET', url: `/api/v1/households?q=${mark()}`, headers: coordinator });
    await ctx.app.inject({ method: 'GET', url: `/api/v1/no-such-thing/${mark()}`, headers: coordinator });

    const text = logged();
    for (const marker of markers) expect(text, `marker ${marker} in the logs`).not.toContain(marker);
    // The errors are logged all the same, by their safe fields.
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const errors = entries.filter((entry) => entry.err) as { err: Record<string, unknown>; req?: unknown }[];
    expect(errors.map((entry) => entry.err.code)).toEqual(expect.arrayContaining(['P0001', '23505']));
    expect(errors.find((entry) => entry.err.code === '23505')?.err).toMatchObject({
      type: expect.stringContaining('DrizzleQueryError'),
      constraint: 'logs_test_unique_last_name',
      table: 'persons',
    });
    expect(entries.some((entry) => (entry.req as { route?: string })?.route === '/api/v1/cases/:id/contacts')).toBe(
      true,
    );
  });
});
