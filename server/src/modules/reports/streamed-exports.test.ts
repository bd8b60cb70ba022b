import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { Role } from '@percee/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, testConfig } from '../../../test/app.js';
import { openTestDatabase } from '../../../test/database.js';
import { insertCase, insertProgram } from '../../../test/fixtures.js';
import { type App, buildApp } from '../../app.js';
import type { Database } from '../../db/client.js';
import { auditLog } from '../../db/schema.js';
import { inTenant } from '../../db/tenant.js';

type Session = Awaited<ReturnType<typeof signIn>>;
const ROLES: Role[] = ['admin', 'coordinator', 'case_worker', 'analyst'];
const PAGE = 2;

/*
 * The list exports are streamed page by page (issue 8): with pages of 2 rows, every export spans
 * several pages and must still hold each row once, byte for byte what one page of 1,000 gives; a
 * database failure after the first bytes must not look like a complete file.
 */
describe('streamed CSV exports', () => {
  let database: Database;
  /** Set by a test: the next statement matching it fails, as if the database went away. */
  let failNext: RegExp | null = null;
  const logged: { msg: string; rowsSent?: number; export?: string }[] = [];
  let paged: App;
  let whole: App;
  let capped: App;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  const sessions = {} as Record<Role, Session>;
  let journal: string;

  beforeAll(async () => {
    database = await openTestDatabase({
      logger: {
        logQuery(query) {
          if (failNext?.test(query)) {
            failNext = null;
            throw new Error('Connection terminated unexpectedly');
          }
        },
      },
    });
    const logStream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) logged.push(JSON.parse(line));
        done();
      },
    });
    const start = async (overrides: Record<string, string>, logger: object | false = false) => {
      const app = await buildApp(testConfig({ WEBHOOK_WORKER_INTERVAL_MS: '0', ...overrides }), { database, logger });
      await app.ready();
      return app;
    };
    paged = await start({ EXPORT_PAGE_SIZE: String(PAGE) }, { level: 'error', stream: logStream });
    whole = await start({ EXPORT_PAGE_SIZE: '1000' });
    capped = await start({ EXPORT_PAGE_SIZE: String(PAGE), EXPORT_MAX_ROWS: '3' });

    org = await createTestOrganisation(database, 'Streams', ROLES);
    for (const role of ROLES) sessions[role] = await signIn(paged, org.byRole[role].email);
    const program = await insertProgram(database, org.organisationId, { name: 'Coaching', caseloadLimit: 100 });
    const created: string[] = [];
    for (let i = 0; i < 7; i++) {
      const { case: row } = await insertCase(database, org.organisationId, {
        programId: program.id,
        primaryWorkerId: org.byRole.case_worker.id,
        lastName: `Flux${i}`,
        openedAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
      });
      created.push(row.id);
    }
    journal = created[0] as string;
    for (let i = 0; i < 5; i++) {
      const contact = await call(paged, 'case_worker', `/cases/${journal}/contacts`, 'POST', {
        occurredAt: new Date(Date.UTC(2026, 1, 1 + i, 10)).toISOString(),
        type: 'phone',
        notes: `=call ${i}; "quoted"`,
      });
      expect(contact.statusCode, contact.body).toBe(201);
      const inquiry = await call(paged, 'case_worker', '/inquiries', 'POST', {
        channel: 'phone',
        topic: `Topic ${i}`,
        outcome: 'information_given',
        receivedAt: new Date(Date.UTC(2026, 1, 1 + i, 9)).toISOString(),
      });
      expect(inquiry.statusCode, inquiry.body).toBe(201);
      const referral = await call(paged, 'coordinator', '/referrals', 'POST', {
        referrerService: 'CPAS Nord',
        reason: `Reason ${i}`,
        personAgreed: true,
        programId: program.id,
        household: { members: [{ firstName: 'Nora', lastName: `Referred${i}`, role: 'applicant' }] },
      });
      expect(referral.statusCode, referral.body).toBe(201);
    }
  });
  afterAll(async () => {
    for (const app of [paged, whole, capped]) await app?.close();
    await database?.close();
  });

  function call(app: App, role: Role, url: string, method: 'GET' | 'POST' = 'GET', payload?: object) {
    return app.inject({
      method,
      url: `/api/v1${url}`,
      headers: sessions[role].headers,
      ...(payload ? { payload } : {}),
    });
  }

  const lines = (body: string) =>
    body
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);

  async function recorded(action: string) {
    const rows = await inTenant(database.db, { organisationId: org.organisationId }, (tx) =>
      tx
        .select({ changes: auditLog.changes })
        .from(auditLog)
        .where(and(eq(auditLog.organisationId, org.organisationId), eq(auditLog.action, action)))
        .orderBy(auditLog.seq),
    );
    return rows.at(-1)?.changes;
  }

  const EXPORTS: [Role, string, string, number][] = [
    ['coordinator', '/cases.csv', 'case.export', 7],
    ['coordinator', '/cases.csv?sort=opened&delimiter=comma', 'case.export', 7],
    ['coordinator', '/households.csv', 'household.export', 12],
    ['coordinator', '/referrals.csv', 'referral.export', 5],
    ['case_worker', '/inquiries.csv', 'inquiry.export', 5],
    ['case_worker', '/cases/{journal}/contacts.csv', 'contact.export', 5],
    // A filter the exports themselves do not add to, so both files see the same trail.
    ['admin', '/admin/audit.csv?action=contact.create', 'audit.export', 5],
  ];

  it.each(EXPORTS)(
    '%s %s spans pages of 2 and holds every row once, as one page does',
    async (role, path, action, n) => {
      const url = path.replace('{journal}', journal);
      const streamed = await call(paged, role, url);
      expect(streamed.statusCode, streamed.body).toBe(200);
      expect(streamed.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(streamed.headers['content-disposition']).toMatch(/^attachment; filename=".+\.csv"$/);
      const rows = lines(streamed.body).slice(1);
      expect(rows).toHaveLength(n);
      expect(new Set(rows).size).toBe(n);
      expect(await recorded(action)).toEqual({ rows: n });
      const onePage = await call(whole, role, url);
      expect(onePage.statusCode).toBe(200);
      expect(streamed.rawPayload.equals(onePage.rawPayload)).toBe(true);
    },
  );

  it('keeps the row cap of the list exports (EXPORT_MAX_ROWS), on record, but not for the audit trail', async () => {
    const all = lines((await call(whole, 'coordinator', '/cases.csv')).body);
    const cases = await call(capped, 'coordinator', '/cases.csv');
    expect(cases.statusCode).toBe(200);
    expect(lines(cases.body)).toEqual(all.slice(0, 1 + 3));
    expect(await recorded('case.export')).toEqual({ rows: 3 });
    const trail = await call(capped, 'admin', '/admin/audit.csv');
    expect(lines(trail.body).length - 1).toBeGreaterThan(20);
    expect(await recorded('audit.export')).toEqual({ rows: lines(trail.body).length - 1 });
  });

  it('answers problem+json when the export cannot start, before any byte of CSV', async () => {
    const unknownCase = await call(paged, 'coordinator', '/cases/00000000-0000-4000-8000-000000000000/contacts.csv');
    expect(unknownCase.statusCode).toBe(404);
    expect(unknownCase.headers['content-type']).toContain('application/problem+json');
    const forbidden = await call(paged, 'analyst', '/cases.csv');
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.headers['content-type']).toContain('application/problem+json');
    const invalid = await call(paged, 'coordinator', '/referrals.csv?status=lost');
    expect(invalid.statusCode).toBe(400);
    expect(invalid.headers['content-type']).toContain('application/problem+json');
  });

  it('cuts the download short when the database fails after the first page, and logs it', async () => {
    await paged.listen({ port: 0, host: '127.0.0.1' });
    try {
      const { port } = paged.server.address() as AddressInfo;
      // The second page of the case list: its keyset condition follows the first page's last case.
      failNext = /"cases"\."id"\) > \(/;
      const download = await new Promise<{ status: number; complete: boolean; body: string; error?: string }>(
        (resolve, reject) => {
          const req = http.get(
            `http://127.0.0.1:${port}/api/v1/cases.csv`,
            { headers: sessions.coordinator.headers },
            (res) => {
              let body = '';
              let error: string | undefined;
              res.setEncoding('utf8');
              res.on('data', (chunk: string) => {
                body += chunk;
              });
              res.on('error', (err) => {
                error = err.message;
              });
              res.on('close', () => resolve({ status: res.statusCode ?? 0, complete: res.complete, body, error }));
            },
          );
          req.on('error', reject);
        },
      );
      expect(failNext).toBeNull();
      expect(download.status).toBe(200);
      // The first page arrived, the rest never did, and the response did not end normally.
      expect(download.complete).toBe(false);
      expect(lines(download.body)).toHaveLength(1 + PAGE);
      expect(download.error).toBe('aborted');
      expect(logged).toContainEqual(
        expect.objectContaining({
          msg: 'CSV export failed after it began: the download is cut short',
          export: 'cases.csv',
          rowsSent: PAGE,
        }),
      );
      // The transaction of the failed page was rolled back; the next export is whole.
      const again = await call(paged, 'coordinator', '/cases.csv');
      expect(lines(again.body)).toHaveLength(1 + 7);
    } finally {
      failNext = null;
    }
  });
});
