import { ImportJob, ImportReport } from '@percee/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { clientToken, registerClient } from '../../../test/clients.js';

type Session = Awaited<ReturnType<typeof signIn>>;

const HEADER =
  'address;postalCode;municipality;members.0.firstName;members.0.lastName;members.0.birthDate;members.0.role;members.1.firstName;members.1.lastName;members.1.role;problems.0.domain;problems.0.severity';
const TERMINAL = ['succeeded', 'failed', 'cancelled'];

describe('bulk import jobs of households and referrals (CSV, JSON lines, JSON array)', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  let other: Awaited<ReturnType<typeof createTestOrganisation>>;
  let coordinator: Session;
  let caseWorker: Session;
  let outsider: Session;
  let referrer: Record<string, string>;
  let readOnly: Record<string, string>;

  beforeAll(async () => {
    // Two rows per batch, so every test crosses batch boundaries; no polling timer: uploads kick the runner.
    ctx = await startTestApp({
      IMPORT_MAX_ROWS: '50',
      IMPORT_MAX_BYTES: '8192',
      IMPORT_BATCH_ROWS: '2',
      IMPORT_WORKER_INTERVAL_MS: '0',
    });
    org = await createTestOrganisation(ctx.database, 'Imports', ['admin', 'coordinator', 'case_worker', 'partner']);
    other = await createTestOrganisation(ctx.database, 'Elsewhere', ['coordinator']);
    coordinator = await signIn(ctx.app, org.byRole.coordinator.email);
    caseWorker = await signIn(ctx.app, org.byRole.case_worker.email);
    outsider = await signIn(ctx.app, other.byRole.coordinator.email);
    const admin = await signIn(ctx.app, org.byRole.admin.email);
    const writer = await registerClient(ctx.app, admin.headers, ['referrals:write', 'households:read']);
    referrer = (await clientToken(ctx.app, writer.clientId, writer.clientSecret)).headers;
    const reader = await registerClient(ctx.app, admin.headers, ['households:read']);
    readOnly = (await clientToken(ctx.app, reader.clientId, reader.clientSecret)).headers;
  });
  afterAll(() => ctx.close());

  const post = (url: string, headers: Record<string, string>, contentType: string, payload: string) =>
    ctx.app.inject({
      method: 'POST',
      url: `/api/v1${url}`,
      headers: { ...headers, 'content-type': contentType },
      payload,
    });
  const get = (url: string, headers: Record<string, string>) => ctx.app.inject({ method: 'GET', url, headers });
  const count = async (table: 'households' | 'referrals') => {
    const result = (await ctx.database.db.execute(
      sql`select count(*)::int as n from ${sql.identifier(table)} where organisation_id = ${org.organisationId}`,
    )) as unknown as { rows: { n: number }[] };
    return result.rows[0]?.n ?? 0;
  };
  const references = async () => {
    const result = (await ctx.database.db.execute(
      sql`select reference from households where organisation_id = ${org.organisationId} order by reference`,
    )) as unknown as { rows: { reference: string }[] };
    return result.rows.map((row) => row.reference);
  };
  /** Uploads, checks the 202 and its Location, then polls the job until it ends. */
  const runImport = async (url: string, headers: Record<string, string>, contentType: string, payload: string) => {
    const accepted = await post(url, headers, contentType, payload);
    expect(accepted.statusCode, accepted.body).toBe(202);
    const job = ImportJob.parse(accepted.json());
    expect(accepted.headers.location).toBe(`/api/v1/imports/${job.id}`);
    for (let polls = 0; ; polls++) {
      await ctx.app.importRunner.idle();
      const polled = await get(`/api/v1/imports/${job.id}`, headers);
      expect(polled.statusCode).toBe(200);
      const current = ImportJob.parse(polled.json());
      if (TERMINAL.includes(current.status)) {
        const report = await get(`/api/v1/imports/${job.id}/report`, headers);
        expect(report.statusCode, report.body).toBe(200);
        return { job: current, report: ImportReport.parse(report.json()) };
      }
      expect(polls).toBeLessThan(100);
    }
  };

  it('answers 202 with a job, polled to success: a dry run reports row by row with field paths and writes nothing', async () => {
    const csv = [
      HEADER,
      '"12 rue des Lilas";7100;La Louvière;Léa;Dumont;1984-03-02;applicant;Tom;Dumont;child;debt;high',
      '"3 rue Haute";7100;;Marc;Petit;02/03/1984;applicant;;;;housing;extreme',
      '"1 rue Neuve";7100;;Ana;Lopes;1990-01-01;boss;;;;;',
    ].join('\r\n');
    const before = await count('households');
    const { job, report } = await runImport(
      '/imports/households?dryRun=true',
      coordinator.headers,
      'text/csv; charset=utf-8',
      csv,
    );
    expect(job).toMatchObject({ status: 'succeeded', dryRun: true, total: 3, validated: 3, valid: 1, invalid: 2 });
    expect(job.finishedAt).not.toBeNull();
    expect(report).toMatchObject({ dryRun: true, ok: false, total: 3, valid: 1, invalid: 2, written: 0 });
    expect(report.rows[0]).toEqual({ row: 1, ok: true, outcome: 'valid', errors: [] });
    expect(report.rows[1]?.errors.map((e) => e.path)).toEqual(['members.0.birthDate', 'problems.0.severity']);
    expect(report.rows[2]?.errors.map((e) => e.path)).toEqual(['members.0.role']);
    expect(await count('households')).toBe(before);
  });

  it('reports malformed CSV records with their row numbers and goes on with the others', async () => {
    const csv = [
      HEADER,
      '"1 rue A";7100;;Ana;Un;1980-01-01;applicant;;;;;',
      '2 rue "B";7100;;Bob;Deux;1980-01-01;applicant;;;;;',
      '"3 rue C";7100;;Cyd;Trois;1980-01-01;applicant;;;;;',
    ].join('\n');
    const { report } = await runImport('/imports/households?dryRun=true', coordinator.headers, 'text/csv', csv);
    expect(report.rows.map((row) => [row.row, row.outcome])).toEqual([
      [1, 'valid'],
      [2, 'invalid'],
      [3, 'valid'],
    ]);
    expect(report.rows[1]?.errors).toEqual([expect.objectContaining({ code: 'bad_csv', path: '' })]);
    // The parser's own message may quote the cell: only its code and line are kept.
    expect(report.rows[1]?.errors[0]?.message).not.toContain('rue B');
  });

  it('fails an import with an invalid row: nothing written, no id or reference handed out, no reference number used', async () => {
    const before = await references();
    const csv = [
      HEADER,
      '"5 rue du Parc";7100;Binche;Ines;Martin;1975-06-07;applicant;;;;debt;medium',
      '"6 rue du Parc";7100;Binche;Noor;Haddad;1975-06-08;applicant;;;;;',
      '"7 rue du Parc";7100;Binche;Omar;;1975-06-07;applicant;;;;;',
    ].join('\n');
    const refused = await runImport('/imports/households', coordinator.headers, 'text/csv', csv);
    expect(refused.job).toMatchObject({ status: 'failed', total: 3, valid: 2, invalid: 1, written: 0 });
    expect(refused.job.error).toMatch(/1 of 3 rows are invalid; nothing was imported/);
    expect(refused.report.rows[2]?.errors).toEqual([expect.objectContaining({ path: 'members.0.lastName' })]);
    expect(refused.report.rows.some((row) => row.id || row.reference)).toBe(false);
    expect(await references()).toEqual(before);

    const fixed = await runImport(
      '/imports/households',
      coordinator.headers,
      'text/csv',
      csv.replace(';Omar;;', ';Omar;Haddad;'),
    );
    expect(fixed.job).toMatchObject({ status: 'succeeded', written: 3 });
    expect(fixed.report).toMatchObject({ dryRun: false, ok: true, total: 3, valid: 3, written: 3 });
    const year = new Date().getUTCFullYear();
    // The numbers follow on from the last household: the failed attempt took none.
    expect(fixed.report.rows.map((row) => row.reference)).toEqual(
      [1, 2, 3].map((n) => `H-${year}-${String(before.length + n).padStart(5, '0')}`),
    );
    expect(await count('households')).toBe(before.length + 3);
    const shown = await get(`/api/v1/households/${fixed.report.rows[0]?.id}`, coordinator.headers);
    expect(shown.json()).toMatchObject({ municipality: 'Binche', members: [{ lastName: 'Martin' }] });

    const csvReport = await get(`/api/v1/imports/${fixed.job.id}/report?format=csv`, coordinator.headers);
    expect(csvReport.statusCode).toBe(200);
    expect(csvReport.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csvReport.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('row;outcome;id;reference;path;code;message');
    expect(lines.slice(1).map((line) => line.split(';').slice(0, 4))).toEqual(
      fixed.report.rows.map((row) => [String(row.row), 'written', row.id, row.reference]),
    );
  });

  it('stops a commit whose row is refused while writing: whole batches only, and ids only for rows that exist', async () => {
    // Row 3 duplicates row 1 one batch later: each passes its own (rolled back) check, the write refuses it.
    const person = (street: number, lastName: string) =>
      `"${street} rue Sainte";7100;Mons;Jo;${lastName};1961-01-01;applicant;;;;;`;
    const csv = [HEADER, person(1, 'Alpha'), person(2, 'Beta'), person(1, 'Alpha'), person(4, 'Gamma')].join('\n');
    const before = await count('households');
    const { job, report } = await runImport('/imports/households', coordinator.headers, 'text/csv', csv);
    expect(job).toMatchObject({ status: 'failed', written: 2 });
    expect(job.error).toMatch(/Row 3 was refused while writing/);
    expect(report.rows.map((row) => row.outcome)).toEqual(['written', 'written', 'not_written', 'not_written']);
    expect(report.rows[2]?.errors[0]).toMatchObject({ code: 'possible-duplicate' });
    expect(report.rows.slice(2).some((row) => row.id || row.reference)).toBe(false);
    expect(await count('households')).toBe(before + 2);
    for (const row of report.rows.slice(0, 2)) {
      expect((await get(`/api/v1/households/${row.id}`, coordinator.headers)).statusCode).toBe(200);
    }
  });

  it('imports referrals as JSON lines with a client token, one event per referral; a retry gets the same job', async () => {
    const lines = ['Durand', 'Lambert', 'Mertens']
      .map((lastName) =>
        JSON.stringify({
          referrerService: 'Population register',
          reason: 'Registered at an emergency address',
          personAgreed: true,
          household: { members: [{ firstName: 'Sam', lastName, birthDate: '1970-01-01', role: 'applicant' }] },
        }),
      )
      .join('\n');
    const before = await count('referrals');
    const headers = { ...referrer, 'idempotency-key': 'import-1' };
    const { job, report } = await runImport('/imports/referrals', headers, 'application/x-ndjson', lines);
    expect(job).toMatchObject({ status: 'succeeded', valid: 3, written: 3 });
    expect(await count('referrals')).toBe(before + 3);
    const replay = await post('/imports/referrals', headers, 'application/x-ndjson', lines);
    expect(replay.statusCode).toBe(202);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json().id).toBe(job.id);
    const reused = await post('/imports/referrals', headers, 'application/x-ndjson', lines.replace('Durand', 'Dupuis'));
    expect(reused.statusCode).toBe(422);
    await ctx.app.importRunner.idle();
    expect(await count('referrals')).toBe(before + 3);
    const events = (await ctx.database.db.execute(
      sql`select count(*)::int as n from events where type = 'referral.created' and subject in (${sql.join(
        report.rows.map((row) => sql`${`referrals/${row.id}`}`),
        sql`, `,
      )})`,
    )) as unknown as { rows: { n: number }[] };
    expect(events.rows[0]?.n).toBe(3);
  });

  it('reports duplicates within a batch and against known households, from a JSON array', async () => {
    const person = { firstName: 'Zoé', lastName: 'Twice', birthDate: '1999-09-09', role: 'applicant' };
    const rows = [
      { referrerService: 'CPAS', reason: 'First', personAgreed: true, household: { members: [person] } },
      { referrerService: 'CPAS', reason: 'Second', personAgreed: true, household: { members: [person] } },
      { referrerService: 'CPAS', reason: 'Third', personAgreed: 'yes', household: { members: [person] } },
      { referrerService: 'CPAS', reason: 'Fourth', personAgreed: true },
    ];
    const { report } = await runImport(
      '/imports/referrals?dryRun=true',
      referrer,
      'application/json',
      JSON.stringify(rows),
    );
    expect(report.rows.map((row) => row.ok)).toEqual([true, false, false, false]);
    expect(report.rows[1]?.errors[0]).toMatchObject({ code: 'possible-duplicate' });
    expect(report.rows[1]?.errors[0]?.message).toMatch(/^Possible duplicate of H-\d{4}-\d{5} \(same_person\)/);
    expect(report.rows[2]?.errors.map((e) => e.path)).toEqual(['personAgreed']);
    expect(report.rows[3]?.errors.map((e) => e.path)).toEqual(['householdId']);
  });

  it('cancels a queued job: nothing written, 409 once ended; the runner leaves it cancelled', async () => {
    await ctx.app.importRunner.stop();
    const before = await count('households');
    const csv = [HEADER, '"1 rue Stop";7100;;Cléo;Halte;1980-01-01;applicant;;;;;'].join('\n');
    const accepted = await post('/imports/households', coordinator.headers, 'text/csv', csv);
    expect(accepted.statusCode).toBe(202);
    const id = accepted.json().id as string;
    expect((await get(`/api/v1/imports/${id}`, coordinator.headers)).json()).toMatchObject({ status: 'queued' });
    const cancel = () =>
      ctx.app.inject({ method: 'POST', url: `/api/v1/imports/${id}/cancel`, headers: coordinator.headers });
    const cancelled = await cancel();
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', written: 0 });
    expect((await cancel()).statusCode).toBe(409);
    ctx.app.importRunner.start();
    await ctx.app.importRunner.idle();
    expect((await get(`/api/v1/imports/${id}`, coordinator.headers)).json()).toMatchObject({ status: 'cancelled' });
    const report = ImportReport.parse((await get(`/api/v1/imports/${id}/report`, coordinator.headers)).json());
    expect(report.rows.map((row) => row.outcome)).toEqual(['pending']);
    expect(await count('households')).toBe(before);
  });

  it('resumes a job whose process died mid-run (its lease ran out), after its last committed batch', async () => {
    await ctx.app.importRunner.stop();
    const rows = ['Un', 'Deux', 'Trois'].map(
      (name, index) => `"${index + 1} rue Relais";7100;;Rémi;${name};1970-02-02;applicant;;;;;`,
    );
    const accepted = await post('/imports/households', coordinator.headers, 'text/csv', [HEADER, ...rows].join('\n'));
    const id = accepted.json().id as string;
    // What a crash leaves behind: running, under a lease nobody renews.
    await ctx.database.db.execute(
      sql`update import_jobs set status = 'running', lease_token = gen_random_uuid(), lease_until = now() - interval '1 second', validated_through = 2, valid = 2
          where id = ${id}`,
    );
    await ctx.database.db.execute(sql`update import_job_rows set outcome = 'valid' where job_id = ${id} and row <= 2`);
    ctx.app.importRunner.start();
    await ctx.app.importRunner.idle();
    const job = ImportJob.parse((await get(`/api/v1/imports/${id}`, coordinator.headers)).json());
    expect(job).toMatchObject({ status: 'succeeded', validated: 3, valid: 3, written: 3 });
  });

  it('shows a job to its uploader only: another organisation, or another account, gets 404', async () => {
    const csv = [HEADER, '"8 rue Privée";7100;;Ida;Secret;1980-01-01;applicant;;;;;'].join('\n');
    const { job } = await runImport('/imports/households?dryRun=true', coordinator.headers, 'text/csv', csv);
    for (const headers of [outsider.headers, caseWorker.headers]) {
      for (const url of [`/api/v1/imports/${job.id}`, `/api/v1/imports/${job.id}/report`]) {
        expect((await get(url, headers)).statusCode, url).toBe(404);
      }
      const cancel = await ctx.app.inject({ method: 'POST', url: `/api/v1/imports/${job.id}/cancel`, headers });
      expect(cancel.statusCode).toBe(404);
    }
    expect((await get(`/api/v1/imports/${job.id}`, readOnly)).statusCode).toBe(403);
    // The uploaded content is gone once the job ended; the outcomes stay.
    const values = (await ctx.database.db.execute(
      sql`select count(*)::int as n from import_job_rows where job_id = ${job.id} and value is not null`,
    )) as unknown as { rows: { n: number }[] };
    expect(values.rows[0]?.n).toBe(0);
  });

  it('enforces the row and size limits (413, no job left), the scope (403) and the media types (415)', async () => {
    const jobs = async () =>
      (
        (await ctx.database.db.execute(sql`select count(*)::int as n from import_jobs`)) as unknown as {
          rows: { n: number }[];
        }
      ).rows[0]?.n;
    const before = await jobs();
    const row = '"1 rue X";7100;;A;B;1980-01-01;applicant;;;;;';
    const tooManyRows = [HEADER, ...Array.from({ length: 51 }, () => row)].join('\n');
    const rows = await post('/imports/households?dryRun=true', coordinator.headers, 'text/csv', tooManyRows);
    expect(rows.statusCode).toBe(413);
    expect(rows.json().detail).toMatch(/50 rows/);
    const long = `"${'x'.repeat(1000)}";7100;;A;B;1980-01-01;applicant;;;;;`;
    const tooBig = [HEADER, ...Array.from({ length: 10 }, () => long)].join('\n');
    const bytes = await post('/imports/households?dryRun=true', coordinator.headers, 'text/csv', tooBig);
    expect(bytes.statusCode).toBe(413);
    const bigJson = await post(
      '/imports/referrals?dryRun=true',
      referrer,
      'application/json',
      JSON.stringify(Array(51).fill({})),
    );
    expect(bigJson.statusCode).toBe(413);
    expect(await jobs()).toBe(before);

    expect((await post('/imports/households', readOnly, 'text/csv', `${HEADER}\n${row}`)).statusCode).toBe(403);
    expect((await post('/imports/households', referrer, 'text/csv', `${HEADER}\n${row}`)).statusCode).toBe(403);
    expect((await post('/imports/households', coordinator.headers, 'text/plain', 'hello')).statusCode).toBe(415);
    const notArray = await post('/imports/households', coordinator.headers, 'application/json', '{"rows": []}');
    expect(notArray.statusCode).toBe(400);
    const badJsonLine = await runImport('/imports/referrals?dryRun=true', referrer, 'application/x-ndjson', '{"a":\n');
    expect(badJsonLine.report.rows[0]?.errors[0]).toMatchObject({ code: 'json' });
    expect(await jobs()).toBe((before ?? 0) + 1);
  });
});
