import { ImportReport } from '@percee/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { clientToken, registerClient } from '../../../test/clients.js';

type Session = Awaited<ReturnType<typeof signIn>>;

const HEADER =
  'address;postalCode;municipality;members.0.firstName;members.0.lastName;members.0.birthDate;members.0.role;members.1.firstName;members.1.lastName;members.1.role;problems.0.domain;problems.0.severity';

describe('bulk import of households and referrals (CSV, JSON lines, JSON array)', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  let coordinator: Session;
  let referrer: Record<string, string>;
  let readOnly: Record<string, string>;

  beforeAll(async () => {
    ctx = await startTestApp({ IMPORT_MAX_ROWS: '50', IMPORT_MAX_BYTES: '8192' });
    org = await createTestOrganisation(ctx.database, 'Imports', ['admin', 'coordinator', 'partner']);
    coordinator = await signIn(ctx.app, org.byRole.coordinator.email);
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
  const count = async (table: 'households' | 'referrals') => {
    const result = (await ctx.database.db.execute(
      sql`select count(*)::int as n from ${sql.identifier(table)} where organisation_id = ${org.organisationId}`,
    )) as unknown as { rows: { n: number }[] };
    return result.rows[0]?.n ?? 0;
  };

  it('dry-runs a CSV file: a row-by-row report with field paths, and nothing written', async () => {
    const csv = [
      HEADER,
      '"12 rue des Lilas";7100;La Louvière;Léa;Dumont;1984-03-02;applicant;Tom;Dumont;child;debt;high',
      '"3 rue Haute";7100;;Marc;Petit;02/03/1984;applicant;;;;housing;extreme',
      '"1 rue Neuve";7100;;Ana;Lopes;1990-01-01;boss;;;;;',
    ].join('\r\n');
    const before = await count('households');
    const response = await post('/imports/households?dryRun=true', coordinator.headers, 'text/csv; charset=utf-8', csv);
    expect(response.statusCode, response.body).toBe(200);
    const report = ImportReport.parse(response.json());
    expect(report).toMatchObject({ dryRun: true, ok: false, total: 3, valid: 1, invalid: 2 });
    expect(report.rows[0]).toEqual({ row: 1, ok: true, errors: [] });
    expect(report.rows[1]?.errors.map((e) => e.path)).toEqual(['members.0.birthDate', 'problems.0.severity']);
    expect(report.rows[2]?.errors.map((e) => e.path)).toEqual(['members.0.role']);
    expect(await count('households')).toBe(before);
  });

  it('commits all or nothing: one bad row refuses the whole file (422 with the report)', async () => {
    const before = await count('households');
    const csv = [
      HEADER,
      '"5 rue du Parc";7100;Binche;Ines;Martin;1975-06-07;applicant;;;;debt;medium',
      '"6 rue du Parc";7100;Binche;Omar;;1975-06-07;applicant;;;;;',
    ].join('\n');
    const refused = await post('/imports/households', coordinator.headers, 'text/csv', csv);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      type: 'urn:percee:problem:import-invalid',
      report: { ok: false, invalid: 1 },
    });
    expect(refused.json().errors).toEqual([expect.objectContaining({ path: 'rows.2.members.0.lastName' })]);
    expect(await count('households')).toBe(before);

    const fixed = csv.replace(';Omar;;', ';Omar;Haddad;');
    const committed = await post('/imports/households', coordinator.headers, 'text/csv', fixed);
    expect(committed.statusCode, committed.body).toBe(201);
    const report = ImportReport.parse(committed.json());
    expect(report).toMatchObject({ dryRun: false, ok: true, total: 2, valid: 2 });
    expect(report.rows.every((row) => row.id && row.reference?.startsWith('H-'))).toBe(true);
    expect(await count('households')).toBe(before + 2);
    const shown = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/households/${report.rows[0]?.id}`,
      headers: coordinator.headers,
    });
    expect(shown.json()).toMatchObject({ municipality: 'Binche', members: [{ lastName: 'Martin' }] });
  });

  it('imports referrals as JSON lines with a client token, emitting one event per referral', async () => {
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
    const response = await post(
      '/imports/referrals',
      { ...referrer, 'idempotency-key': 'import-1' },
      'application/x-ndjson',
      lines,
    );
    expect(response.statusCode, response.body).toBe(201);
    const report = ImportReport.parse(response.json());
    expect(report.valid).toBe(3);
    expect(await count('referrals')).toBe(before + 3);
    const replay = await post(
      '/imports/referrals',
      { ...referrer, 'idempotency-key': 'import-1' },
      'application/x-ndjson',
      lines,
    );
    expect(replay.statusCode).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(await count('referrals')).toBe(before + 3);
    const events = (await ctx.database.db.execute(
      sql`select count(*)::int as n from events where type = 'referral.created' and subject in (${sql.join(
        report.rows.map((row) => sql`${`referrals/${row.id}`}`),
        sql`, `,
      )})`,
    )) as unknown as { rows: { n: number }[] };
    expect(events.rows[0]?.n).toBe(3);
  });

  it('reports duplicates within the file and against known households, from a JSON array', async () => {
    const person = { firstName: 'Zoé', lastName: 'Twice', birthDate: '1999-09-09', role: 'applicant' };
    const rows = [
      { referrerService: 'CPAS', reason: 'First', personAgreed: true, household: { members: [person] } },
      { referrerService: 'CPAS', reason: 'Second', personAgreed: true, household: { members: [person] } },
      { referrerService: 'CPAS', reason: 'Third', personAgreed: 'yes', household: { members: [person] } },
      { referrerService: 'CPAS', reason: 'Fourth', personAgreed: true },
    ];
    const response = await post('/imports/referrals?dryRun=true', referrer, 'application/json', JSON.stringify(rows));
    expect(response.statusCode).toBe(200);
    const report = ImportReport.parse(response.json());
    expect(report.rows.map((row) => row.ok)).toEqual([true, false, false, false]);
    expect(report.rows[1]?.errors[0]).toMatchObject({ code: 'possible-duplicate' });
    expect(report.rows[1]?.errors[0]?.message).toMatch(/^Possible duplicate of H-\d{4}-\d{5} \(same_person\)/);
    expect(report.rows[2]?.errors.map((e) => e.path)).toEqual(['personAgreed']);
    expect(report.rows[3]?.errors.map((e) => e.path)).toEqual(['householdId']);
  });

  it('enforces the row and size limits (413), the scope (403) and the media types (415)', async () => {
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

    expect((await post('/imports/households', readOnly, 'text/csv', `${HEADER}\n${row}`)).statusCode).toBe(403);
    expect((await post('/imports/households', referrer, 'text/csv', `${HEADER}\n${row}`)).statusCode).toBe(403);
    expect((await post('/imports/households', coordinator.headers, 'text/plain', 'hello')).statusCode).toBe(415);
    const notArray = await post('/imports/households', coordinator.headers, 'application/json', '{"rows": []}');
    expect(notArray.statusCode).toBe(400);
    const badJsonLine = await post('/imports/referrals?dryRun=true', referrer, 'application/x-ndjson', '{"a":\n');
    expect(badJsonLine.json().rows[0].errors[0]).toMatchObject({ code: 'json' });
  });
});
