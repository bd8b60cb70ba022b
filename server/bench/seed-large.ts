/*
 * `pnpm db:seed:large [--scale 1] [--seed 42] [--anchor 2026-11-22] [--reset]`
 *
 * Fills DATABASE_URL (PostgreSQL only, never PGlite) with "a large city": 20 organisations, 100,000
 * households and their members, 120,000 cases in every stage of the cycle, 2,000,000 contacts,
 * 1,000,000 audit rows, case workers, referrals, assessments, aid and, when the breakthrough tables
 * exist, 300,000 breakthroughs with their scenarios. `--scale 0.1` gives a tenth (organisations stay 20).
 *
 * Deterministic: every id is md5(seed, kind, organisation, index) and every attribute a counter-based
 * hash (hashint8extended) keyed by the seed, so the same seed and anchor give the same rows. Dates are
 * relative to the anchor (default: today, 00:00 UTC), so the data is "current" whenever it is seeded.
 *
 * Fast: everything is INSERT … SELECT over generate_series inside PostgreSQL, in one transaction
 * (nothing is left half-written on failure), rows inserted in time order like a real installation
 * accumulates them. It runs as the connecting (owner/super) user, which bypasses row-level security,
 * but sets every row's organisation_id and keeps every composite foreign key. VACUUM (ANALYZE) at the end.
 */
import pg from 'pg';
import { openPostgres } from '../src/db/client.js';
import { hashPassword } from '../src/lib/passwords.js';
import { ZRM_2017 } from '../src/modules/assessments/instruments.js';
import {
  BENCH_PASSWORD,
  benchDatabaseUrl,
  benchEmail,
  databaseName,
  formatMs,
  parseArgs,
  repoRoot,
  sizesAt,
} from './lib.js';
import {
  BREAKTHROUGH_TITLES,
  CONTACT_NOTES,
  DEADLOCKS,
  FIRST_NAMES,
  LAST_NAMES,
  MUNICIPALITIES,
  REFERRAL_REASONS,
  REFERRERS,
  STREETS,
} from './vocabulary.js';

const args = parseArgs(process.argv.slice(2));
const scale = args.number('scale', 1);
const seed = Math.trunc(args.number('seed', 42));
const anchorDate = args.string('anchor', new Date().toISOString().slice(0, 10));
if (!(scale > 0 && scale <= 5)) throw new Error('--scale must be in (0, 5]');
if (!/^\d{4}-\d{2}-\d{2}$/.test(anchorDate)) throw new Error('--anchor must be an ISO date (YYYY-MM-DD)');

const size = sizesAt(scale);
const O = size.organisations;
const H = size.householdsPerOrg;
const C = size.casesPerOrg;
const W = size.workersPerOrg;
const NCO = size.coordinatorsPerOrg;
const A = `'${anchorDate}T00:00:00Z'::timestamptz`;

/** SQL literal of a string / an array of strings. */
const lit = (text: string) => `'${text.replace(/'/g, "''")}'`;
const arr = (items: readonly string[]) => `array[${items.map(lit).join(',')}]::text[]`;
const intArr = (items: readonly number[]) => `array[${items.join(',')}]::int[]`;
/** Deterministic "random" in [0, 1) from a key and a salt (distinct salt per attribute). */
const r = (key: string, salt: number) => `bench.r(${key}, ${salt})`;
const id = (kind: string, o: string, i: string) => `bench.id('${kind}', ${o}, ${i})`;
/** A pick from a SQL array by a [0, 1) value. */
const pick = (array: string, length: number, u: string) => `(${array})[1 + floor(${u} * ${length})::int]`;

const PROGRAMS = [
  {
    name: 'Plan de percée (méthode Doorbraak)',
    method: 'breakthrough',
    limit: 12,
    interval: 14,
    months: 12,
    types: ['family_coaching'],
  },
  {
    name: 'Case management — sans-abrisme',
    method: 'case_management',
    limit: 20,
    interval: 14,
    months: null,
    types: ['case_management'],
  },
  {
    name: 'ASLL — accompagnement lié au logement',
    method: 'housing_support_asll',
    limit: 30,
    interval: 15,
    months: 6,
    types: ['housing_keeping', 'housing_search', 'housing_access'],
  },
  {
    name: 'MASP — accompagnement budgétaire',
    method: 'budget_support_masp',
    limit: 30,
    interval: 15,
    months: 24,
    types: ['masp'],
  },
  {
    name: 'Aller vers — droits incomplets',
    method: 'outreach',
    limit: 35,
    interval: 21,
    months: 4,
    types: ['outreach'],
  },
] as const;
const STAGES = ['intake', 'assessment', 'planning', 'monitoring', 'evaluation'];
const PROBLEM_DOMAINS = [
  'debt',
  'addiction',
  'unemployment',
  'domestic_violence',
  'mental_health',
  'physical_health',
  'justice',
  'housing',
  'education',
  'parenting',
  'social_isolation',
  'administration',
];
const CONTACT_TYPES = ['home_visit', 'office', 'phone', 'video', 'street_outreach', 'with_partner'];
const AID_KINDS = ['medical_care', 'housing', 'food', 'clothing', 'mobility', 'water', 'energy', 'other'];

interface Step {
  label: string;
  sql: string;
}

async function main() {
  const url = benchDatabaseUrl();
  console.log(`Percée large seed → database "${databaseName(url)}"`);
  console.log(
    `  scale ${scale}, seed ${seed}, anchor ${anchorDate}: ${O} organisations × (${H} households, ${C} cases, ${W} case workers); ` +
      `${size.contacts} contacts, ${size.audit} audit rows, ${size.breakthroughs} breakthroughs if their tables exist`,
  );
  const started = performance.now();

  let t = performance.now();
  const database = openPostgres(url, { max: 1, connectTimeoutMs: 5_000 });
  try {
    await database.migrate(`${repoRoot}/migrations`);
  } finally {
    await database.close();
  }
  console.log(`  ${'migrations'.padEnd(52)} ${formatMs(performance.now() - t).padStart(9)}`);

  t = performance.now();
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  console.log(`  ${'one argon2id hash for every account'.padEnd(52)} ${formatMs(performance.now() - t).padStart(9)}`);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [{ count: existing }] = (
      await client.query<{ count: number }>('select count(*)::int as count from organisations')
    ).rows as [{ count: number }];
    if (existing > 0 && !args.has('reset')) {
      throw new Error(`The database already holds ${existing} organisations: pass --reset to empty it first`);
    }
    const hasBreakthroughs = await tablesExist(client, [
      'cost_catalogue_items',
      'cost_prices',
      'breakthrough_plans',
      'breakthrough_plan_versions',
      'breakthroughs',
      'breakthrough_scenario_lines',
    ]);
    const catalogue = hasBreakthroughs ? await loadCatalogue() : [];
    if (!hasBreakthroughs)
      console.log('  (breakthrough tables absent: plans, breakthroughs and scenarios are skipped)');

    await client.query(`set time zone 'UTC'`);
    await client.query('set synchronous_commit = off');
    await client.query(`set work_mem = '256MB'`);
    // Temporary tables live in local buffers (8 MB by default); the case plan alone is ~50 MB at scale 1.
    await client.query(`set temp_buffers = '1GB'`);
    await client.query(`set maintenance_work_mem = '512MB'`);
    await client.query('begin');
    if (existing > 0) {
      await timedQuery(client, 'reset: truncate every application table', await truncateAll(client));
    }
    for (const step of steps(passwordHash, hasBreakthroughs, catalogue)) {
      await timedQuery(client, step.label, step.sql);
    }
    await timedQuery(client, 'commit', 'commit');
    // VACUUM as well as ANALYZE: a live installation's tables have been vacuumed by autovacuum (visibility
    // map set, hint bits written), so its index-only scans skip the heap; a fresh bulk load has not.
    await timedQuery(client, 'VACUUM (ANALYZE)', 'vacuum (analyze)');

    const counts = await client.query<{ table: string; rows: number }>(
      `select relname as table, n_live_tup::int as rows from pg_stat_user_tables where schemaname = 'public' order by n_live_tup desc`,
    );
    const sizeRow = await client.query<{ size: string }>(
      'select pg_size_pretty(pg_database_size(current_database())) as size',
    );
    console.log('\nRows per table (after VACUUM ANALYZE):');
    for (const row of counts.rows.filter((row) => row.rows > 0))
      console.log(`  ${row.table.padEnd(30)} ${String(row.rows).padStart(10)}`);
    console.log(`Database size: ${sizeRow.rows[0]?.size}`);
    console.log(
      `Sign in as e.g. ${benchEmail.worker(0, 0)} / ${benchEmail.coordinator(0, 0)} with password "${BENCH_PASSWORD}".`,
    );
    console.log(`Done in ${formatMs(performance.now() - started)}.`);
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

async function tablesExist(client: pg.Client, tables: string[]) {
  const result = await client.query<{ n: number }>(
    `select count(*)::int as n from unnest($1::text[]) t where to_regclass('public.' || t) is not null`,
    [tables],
  );
  return result.rows[0]?.n === tables.length;
}

interface CatalogueItem {
  code: string;
  labels: { fr: string; nl: string; en: string };
  category: string;
  unit: string;
  unitPriceCents: number;
  sourceNote: string;
}

/** The default social cost catalogue, from the server's module (loaded only when the tables exist). */
async function loadCatalogue(): Promise<CatalogueItem[]> {
  const module = (await import('../src/modules/catalogue/defaults.js')) as {
    DEFAULT_COST_CATALOGUE: readonly CatalogueItem[];
  };
  return [...module.DEFAULT_COST_CATALOGUE];
}

async function truncateAll(client: pg.Client) {
  const result = await client.query<{ name: string }>(
    `select format('%I.%I', schemaname, tablename) as name from pg_tables where schemaname = 'public'`,
  );
  return `truncate ${result.rows.map((row) => row.name).join(', ')} restart identity cascade`;
}

async function timedQuery(client: pg.Client, label: string, sql: string) {
  const t = performance.now();
  const results = [await client.query(sql)].flat() as pg.QueryResult[];
  // Rows inserted by the step (a multi-statement step answers one result per statement).
  const inserted = results
    .filter((result) => result.command === 'INSERT')
    .reduce((total, result) => total + (result.rowCount ?? 0), 0);
  const rows = inserted > 0 ? `${inserted} rows` : '';
  console.log(`  ${label.padEnd(52)} ${formatMs(performance.now() - t).padStart(9)}  ${rows}`);
}

function steps(passwordHash: string, hasBreakthroughs: boolean, catalogue: CatalogueItem[]): Step[] {
  const F = FIRST_NAMES.length;
  const L = LAST_NAMES.length;
  const firstNames = arr(FIRST_NAMES);
  const lastNames = arr(LAST_NAMES);
  /** Surname index with a skew: the head of the list is common, the tail rare. */
  const surname = (u: string) => `least(${L - 1}, floor(power(${u}, 1.4) * ${L})::int)`;
  const intervals = intArr(PROGRAMS.map((p) => p.interval));
  const stageNames = arr(STAGES);

  const list: Step[] = [
    {
      label: 'helpers (schema bench: hash PRNG, ids, normaliser)',
      sql: `
        drop schema if exists bench cascade;
        create schema bench;
        create function bench.r(k bigint, salt int) returns float8 language sql immutable parallel safe
          as $$ select (hashint8extended(k, ${seed}::bigint * 1000003 + salt) & 2147483647)::float8 / 2147483648.0 $$;
        -- An RFC 4122 version-4-shaped uuid from md5 (the API validates ids with z.uuid(), which checks
        -- the version and variant digits; PostgreSQL itself would take any 128 bits).
        create function bench.uuid_of(h text) returns uuid language sql immutable parallel safe
          as $$ select overlay(overlay(h placing '4' from 13) placing substr('89ab', ascii(substr(h, 17, 1)) % 4 + 1, 1) from 17)::uuid $$;
        create function bench.id(kind text, o int, i bigint) returns uuid language sql immutable parallel safe
          as $$ select bench.uuid_of(md5('${seed}:' || kind || ':' || o || ':' || i)) $$;
        -- Same result as normalise() in server/src/lib/text.ts for the seed's vocabulary.
        -- (NFD does not decompose ı and ł, so the server keeps them, and so does this.)
        create function bench.norm(t text) returns text language sql immutable parallel safe
          as $$ select btrim(regexp_replace(lower(translate(t,
            'ÀÂÄÁÉÈÊËÏÎÍÔÖÓÙÛÜÚÇÑŞİŚĆàâäáéèêëïîíôöóùûüúçñşść',
            'AAAAEEEEIIIOOOUUUUCNSISCaaaaeeeeiiiooouuuucnssc')), '[^a-z0-9ıł]+', ' ', 'g')) $$;
        create table bench.seed_info as select ${seed} as seed, ${scale}::float8 as scale, ${A} as anchor,
          ${O} as organisations, ${H} as households_per_org, ${C} as cases_per_org, ${W} as workers_per_org,
          ${NCO} as coordinators_per_org, now() as seeded_at;
        insert into system_state (key, value) values ('initialised', jsonb_build_object('reason', 'bench seed', 'at', now()))
          on conflict (key) do nothing;`,
    },
    {
      label: 'organisations, sites, programs, instruments',
      sql: `
        insert into organisations (id, name, kind, is_demo, created_at, updated_at)
        select ${id('o', 'o', '0')},
               'Banc d’essai ' || lpad((o + 1)::text, 2, '0') || ' — ' || (${arr(MUNICIPALITIES.map((m) => m.name))})[1 + (o * 3) % ${MUNICIPALITIES.length}],
               (array['municipality','social_office','association'])[1 + o % 3]::organisation_kind, false,
               ${A} - interval '2000 days', ${A} - interval '2000 days'
        from generate_series(0, ${O - 1}) o;
        insert into sites (organisation_id, id, name, kind, address, municipality, created_at, updated_at)
        select ${id('o', 'o', '0')}, ${id('s', 'o', 's')},
               case when s = 0 then 'Siège' else 'Antenne ' || s end,
               (case when s = 0 then 'head_office' else 'antenna' end)::site_kind,
               ${pick(arr(STREETS), STREETS.length, r('o * 10 + s', 1))} || ' ' || (1 + s * 17),
               (${arr(MUNICIPALITIES.map((m) => m.name))})[1 + (o * 3 + s) % ${MUNICIPALITIES.length}],
               ${A} - interval '2000 days', ${A} - interval '2000 days'
        from generate_series(0, ${O - 1}) o, generate_series(0, 2) s;
        insert into programs (organisation_id, id, name, method, caseload_limit, contact_interval_days, expected_duration_months,
                              accompaniment_types, eligibility_checklist, created_at, updated_at)
        select ${id('o', 'o', '0')}, ${id('p', 'o', 'p.i')}, p.name, p.method::program_method, p.lim, p.interval, p.months,
               p.types::accompaniment_type[], '[]'::jsonb, ${A} - interval '2000 days', ${A} - interval '2000 days'
        from generate_series(0, ${O - 1}) o,
             (values ${PROGRAMS.map((p, i) => `(${i}, ${lit(p.name)}, ${lit(p.method)}, ${p.limit}, ${p.interval}, ${p.months ?? 'null::int'}, ${arr(p.types)})`).join(', ')})
               as p(i, name, method, lim, interval, months, types);
        insert into assessment_instruments (organisation_id, id, code, name, domains, levels, created_at, updated_at)
        select ${id('o', 'o', '0')}, ${id('ai', 'o', '0')}, ${lit(ZRM_2017.code)}, ${lit(ZRM_2017.name)},
               ${lit(JSON.stringify(ZRM_2017.domains))}::jsonb, ${lit(JSON.stringify(ZRM_2017.levels))}::jsonb,
               ${A} - interval '2000 days', ${A} - interval '2000 days'
        from generate_series(0, ${O - 1}) o;`,
    },
    {
      label: `users (${W} case workers, ${NCO} coordinators, admin, analyst, partner per org)`,
      sql: `
        insert into users (organisation_id, id, email, password_hash, display_name, role, locale, site_id, created_at, updated_at)
        select ${id('o', 'o', '0')}, ${id('u', 'o', 'u')},
               case when u < ${W} then 'cw' || u || '.org' || o
                    when u < ${W + NCO} then 'coord' || (u - ${W}) || '.org' || o
                    when u = ${W + NCO} then 'admin.org' || o
                    when u = ${W + NCO + 1} then 'analyst.org' || o
                    else 'partner.org' || o end || '@bench.percee.test',
               ${lit(passwordHash)},
               ${pick(firstNames, F, r('o * 10000 + u', 2))} || ' ' || (${lastNames})[1 + ${surname(r('o * 10000 + u', 3))}],
               (case when u < ${W} then 'case_worker' when u < ${W + NCO} then 'coordinator' when u = ${W + NCO} then 'admin'
                     when u = ${W + NCO + 1} then 'analyst' else 'partner' end)::user_role,
               'fr', ${id('s', 'o', 'u % 3')}, ${A} - interval '1900 days', ${A} - interval '1900 days'
        from generate_series(0, ${O - 1}) o, generate_series(0, ${W + NCO + 2}) u;`,
    },
    {
      // Each case: its household (j mod H: a fifth of households come back for a second case), program,
      // worker, the stage it reached and whether it is closed, then dates consistent with that stage.
      label: 'plan the cases (temporary table)',
      sql: `
        create temp table tc0 on commit drop as
        select o, j, k, j % ${H} as hh,
               case when ${r('k', 1)} < .35 then 0 when ${r('k', 1)} < .5 then 1 when ${r('k', 1)} < .7 then 2
                    when ${r('k', 1)} < .85 then 3 else 4 end as prog,
               floor(${r('k', 2)} * ${W})::int as worker,
               ${r('k', 3)} < .58 as closed,
               case when ${r('k', 3)} < .58 then
                      case when ${r('k', 4)} < .12 then 0 when ${r('k', 4)} < .25 then 1 when ${r('k', 4)} < .35 then 2
                           when ${r('k', 4)} < .80 then 3 else 4 end
                    when ${r('k', 3)} < .64 then 0 when ${r('k', 3)} < .71 then 1 when ${r('k', 3)} < .78 then 2
                    when ${r('k', 3)} < .96 then 3 else 4 end as reached
        from (select o, j, o::bigint * ${C} + j as k from generate_series(0, ${O - 1}) o, generate_series(0, ${C - 1}) j) s;

        create temp table tc1 on commit drop as
        select s.*, ${A} - interval '1 day' * age as opened_at,
               case when closed then ${A} - interval '1 day' * age + interval '1 day' * least(dur, age - 0.5) end as closed_at
        from (select tc0.*,
                     case when closed then 30 + ${r('k', 5)} * 1770
                          else (array[1, 14, 30, 60, 180])[reached + 1] + ${r('k', 5)} * (array[29, 60, 120, 740, 720])[reached + 1] end as age,
                     case when closed then (array[3, 20, 40, 90, 180])[reached + 1] + ${r('k', 6)} * (array[40, 70, 160, 810, 820])[reached + 1] end as dur
              from tc0) s;

        create temp table tc2 on commit drop as
        select s.*,
               case when reached >= 2 then opened_at + interval '1 day' * least(20 + ${r('k', 7)} * 40, span * 0.4) end as acc_at,
               round(${size.contacts}::float8 * span / sum(span) over ())::int as n_contacts,
               (${intervals})[prog + 1] as interval_days
        from (select tc1.*, coalesce(closed_at, ${A}) as end_at,
                     extract(epoch from coalesce(closed_at, ${A}) - opened_at) / 86400 as span
              from tc1) s;

        create temp table tc on commit drop as
        select s.*,
               case when n_contacts = 0 then null
                    when closed then closed_at - interval '1 day' * least(${r('k', 8)} * 10, span * 0.5)
                    else greatest(${A} - interval '1 day' * (${r('k', 8)} * 1.5 * interval_days), opened_at + interval '1 day' * span * 0.5) end
                 as last_contact_at,
               ${id('c', 'o', 'j')} as case_id, ${id('h', 'o', 'hh')} as household_id, ${id('o', 'o', '0')} as org_id,
               ${id('u', 'o', 'worker')} as worker_id, ${id('p', 'o', 'prog')} as program_id, ${id('r', 'o', 'j')} as referral_id,
               ${id('u', 'o', `${W} + (j % ${NCO})`)} as coordinator_id,
               opened_at - interval '1 day' * (1 + ${r('k', 9)} * 20) as received_at
        from tc2 s;
        alter table tc add column contact_due_at timestamptz, add column next_planned_at timestamptz;
        update tc set contact_due_at = case when not closed then coalesce(last_contact_at, opened_at) + interval '1 day' * interval_days end,
                      next_planned_at = case when not closed and last_contact_at is not null and ${r('k', 10)} < .45
                                             then last_contact_at + interval '1 day' * interval_days * (0.3 + ${r('k', 11)} * 0.9) end;
        create index on tc (o, hh);
        analyze tc;`,
    },
    {
      label: 'plan the households and members (temporary tables)',
      sql: `
        create temp table th on commit drop as
        select g.o, g.i, g.k, ${id('h', 'g.o', 'g.i')} as household_id, ${id('o', 'g.o', '0')} as org_id,
               coalesce(min(tc.received_at) - interval '1 hour', ${A} - interval '1 day' * (30 + ${r('g.k', 20)} * 1800)) as created_at,
               floor(${r('g.k', 21)} * 3)::int as site
        from (select o, i, o::bigint * ${H} + i as k from generate_series(0, ${O - 1}) o, generate_series(0, ${H - 1}) i) g
        left join tc on tc.o = g.o and tc.hh = g.i
        group by g.o, g.i, g.k;

        create temp table tp on commit drop as
        select th.o, th.i, th.k, m, th.household_id, th.org_id, th.created_at,
               case when m = 0 then 'applicant' when m = 1 and partner then 'partner'
                    when m < 1 + partner::int + kids then 'child' else 'other_adult' end as role,
               (${firstNames})[1 + floor(${r('th.k * 8 + m', 22)} * ${F})::int] as first_name,
               (${lastNames})[1 + case when m = 1 and partner and ${r('th.k', 23)} < .5 then ${surname(r('th.k', 24))}
                                     else ${surname(r('th.k', 25))} end] as last_name
        from (select th.*, ${r('th.k', 26)} < .55 as partner, floor(power(${r('th.k', 27)}, 1.3) * 4)::int as kids,
                     ${r('th.k', 28)} < .05 as other_adult
              from th) th
        cross join lateral generate_series(0, partner::int + kids + other_adult::int) m;
        analyze th;
        analyze tp;`,
    },
    {
      label: 'households',
      sql: `
        insert into households (organisation_id, id, reference, display_name, address, postal_code, municipality, site_id,
                                search_text, address_key, version, created_at, updated_at)
        select h.org_id, h.household_id, h.reference, h.display_name, h.address, h.postal_code, h.municipality,
               ${id('s', 'h.o', 'h.site')},
               bench.norm(concat_ws(' ', h.reference, h.names, h.address, h.municipality)),
               bench.norm(h.address || ' ' || h.postal_code), 1, h.created_at,
               h.created_at + (${A} - h.created_at) * (${r('h.k', 29)} * 0.3)
        from (select th.*,
                     'H-' || extract(year from th.created_at) || '-' ||
                       lpad((row_number() over (partition by th.o, extract(year from th.created_at) order by th.created_at, th.i))::text, 5, '0') as reference,
                     n.names, n.display_name,
                     ${pick(arr(STREETS), STREETS.length, r('th.k', 30))} || ' ' || (1 + floor(${r('th.k', 31)} * 220)::int) as address,
                     (${arr(MUNICIPALITIES.map((m) => m.postalCode))})[1 + (th.o * 3 + th.site) % ${MUNICIPALITIES.length}] as postal_code,
                     (${arr(MUNICIPALITIES.map((m) => m.name))})[1 + (th.o * 3 + th.site) % ${MUNICIPALITIES.length}] as municipality
              from th
              join (select k, string_agg(first_name || ' ' || last_name, ' ' order by m) as names,
                           max(first_name || ' ' || last_name) filter (where m = 0) as display_name
                    from tp group by k) n on n.k = th.k) h
        order by h.created_at;`,
    },
    {
      label: 'persons',
      sql: `
        insert into persons (organisation_id, id, household_id, first_name, last_name, name_key, birth_date, role, residence_status,
                             phone, email, created_at, updated_at)
        select org_id, ${id('pe', 'o', 'k * 8 + m')}, household_id, first_name, last_name, bench.norm(last_name || ' ' || first_name),
               (${A} - interval '1 day' * 365.25 * case when role = 'child' then ${r('k * 8 + m', 40)} * 17
                                                        else 20 + ${r('k * 8 + m', 40)} * 55 end)::date,
               role::household_role,
               (case when ${r('k * 8 + m', 41)} < .70 then 'citizen' when ${r('k * 8 + m', 41)} < .82 then 'permit'
                     when ${r('k * 8 + m', 41)} < .92 then 'eu_citizen' when ${r('k * 8 + m', 41)} < .95 then 'asylum_seeker'
                     when ${r('k * 8 + m', 41)} < .97 then 'undocumented' else 'unknown' end)::residence_status,
               case when role in ('applicant', 'partner') and ${r('k * 8 + m', 42)} < .8
                    then '+32 4' || lpad(floor(${r('k * 8 + m', 43)} * 100000000)::text, 8, '0') end,
               null, created_at, created_at
        from tp order by created_at, k, m;`,
    },
    {
      label: 'household problems',
      sql: `
        insert into household_problems (organisation_id, household_id, domain, severity, since, note)
        select th.org_id, th.household_id,
               (${arr(PROBLEM_DOMAINS)})[1 + (floor(${r('th.k', 50)} * 12)::int + 5 * m) % 12]::problem_domain,
               (array['low', 'medium', 'high', 'critical'])[1 + floor(${r('th.k * 4 + m', 51)} * 4)::int]::severity,
               (th.created_at - interval '1 day' * ${r('th.k * 4 + m', 52)} * 1000)::date, null
        from th cross join lateral generate_series(0, floor(${r('th.k', 53)} * 4)::int) m;`,
    },
    {
      label: 'referrals (one per case, plus declined, withdrawn, new)',
      sql: `
        insert into referrals (organisation_id, id, status, referrer_service, referrer_contact, reason, person_agreed, program_id,
                               household_id, created_by, received_at, decided_at, decided_by, decline_reason, decision_note,
                               case_id, version, created_at, updated_at)
        select org_id, id, status::referral_status, ${pick(arr(REFERRERS), REFERRERS.length, `bench.r(key, 60)`)}, null,
               ${pick(arr(REFERRAL_REASONS), REFERRAL_REASONS.length, `bench.r(key, 61)`)}, true, program_id, household_id,
               created_by, received_at, decided_at, decided_by, decline_reason::decline_reason, null, case_id,
               case when status = 'new' then 1 else 2 end, received_at, coalesce(decided_at, received_at)
        from (
          select org_id, referral_id as id, 'accepted' as status, program_id, household_id, coordinator_id as created_by,
                 received_at, opened_at as decided_at, coordinator_id as decided_by, null as decline_reason, case_id, k as key
          from tc
          union all
          select e.org_id, ${id('r', 'e.o', `${C} + e.n`)}, e.status, ${id('p', 'e.o', 'floor(bench.r(e.key, 62) * 5)::int')},
                 th.household_id, ${id('u', 'e.o', `floor(bench.r(e.key, 63) * ${W})::int`)}, e.received_at,
                 case when e.status <> 'new' then e.received_at + interval '1 day' * (2 + bench.r(e.key, 64) * 20) end,
                 case when e.status <> 'new' then ${id('u', 'e.o', `${W} + e.n % ${NCO}`)} end,
                 case when e.status = 'declined' then (array['no_real_request', 'not_eligible', 'out_of_territory', 'capacity_full', 'duplicate', 'other'])[1 + floor(bench.r(e.key, 65) * 6)::int] end,
                 null, e.key
          from (select x.*, case when bench.r(x.key, 66) < .25 then 'new' when bench.r(x.key, 66) < .7 then 'declined' else 'withdrawn' end as status,
                       case when bench.r(x.key, 66) < .25 then ${A} - interval '1 day' * bench.r(x.key, 67) * 30
                            else ${A} - interval '1 day' * (35 + bench.r(x.key, 67) * 1700) end as received_at,
                       ${id('o', 'x.o', '0')} as org_id
                from (select o, n, 1000000000 + o::bigint * ${C} + n as key
                      from generate_series(0, ${O - 1}) o, generate_series(0, ${Math.round(C * 0.2) - 1}) n) x) e
          join th on th.o = e.o and th.i = floor(bench.r(e.key, 68) * ${H})::int
        ) ref
        order by received_at;`,
    },
    {
      label: 'cases (every stage, contact clock consistent)',
      sql: `
        insert into cases (organisation_id, id, household_id, program_id, referral_id, primary_worker_id, accompaniment_type, stage,
                           opened_at, closed_at, closure_reason, accompaniment_started_at, exited_from_stage, last_contact_at,
                           next_planned_contact_at, contact_due_at, version, created_at, updated_at)
        select org_id, case_id, household_id, program_id, referral_id, worker_id,
               (case prog when 0 then 'family_coaching' when 1 then 'case_management'
                          when 2 then (array['housing_keeping', 'housing_search', 'housing_access'])[1 + floor(${r('k', 12)} * 3)::int]
                          when 3 then 'masp' else 'outreach' end)::accompaniment_type,
               (case when closed then 'exit' else (${stageNames})[reached + 1] end)::case_stage,
               opened_at, closed_at,
               (case when not closed then null
                     when reached = 0 then case when ${r('k', 13)} < .6 then 'not_admitted' else 'never_reached' end
                     when reached = 1 then case when ${r('k', 13)} < .4 then 'refused_or_disengaged' when ${r('k', 13)} < .7 then 'never_reached' else 'not_admitted' end
                     else case when ${r('k', 13)} < .55 then 'goals_reached' when ${r('k', 13)} < .7 then 'refused_or_disengaged'
                               when ${r('k', 13)} < .8 then 'moved_away' when ${r('k', 13)} < .9 then 'transferred' else 'other' end
                end)::closure_reason,
               acc_at, (case when closed then (${stageNames})[reached + 1] end)::case_stage,
               last_contact_at, next_planned_at, contact_due_at,
               1 + n_contacts + reached + closed::int, opened_at,
               greatest(opened_at, coalesce(last_contact_at, opened_at), coalesce(closed_at, opened_at))
        from tc order by opened_at;`,
    },
    {
      label: 'co-workers (8% of cases)',
      sql: `
        insert into case_co_workers (organisation_id, case_id, user_id)
        select org_id, case_id, ${id('u', 'o', `(worker + 1 + floor(${r('k', 14)} * ${W - 1})::int) % ${W}`)}
        from tc where ${r('k', 15)} < .08;`,
    },
    {
      label: `contacts (${size.contacts})`,
      sql: `
        insert into contacts (organisation_id, id, case_id, occurred_at, type, duration_minutes, participants, notes, next_planned_at,
                              recorded_by, created_at)
        select org_id, ${id('k', 'o', 'k * 1000 + n')}, case_id, occurred_at,
               (${arr(CONTACT_TYPES)})[1 + floor(${r('k * 1000 + n', 70)} * ${CONTACT_TYPES.length})::int]::contact_type,
               15 + floor(${r('k * 1000 + n', 71)} * 8)::int * 15,
               case when ${r('k * 1000 + n', 72)} < .3 then 'Parent, enfant' end,
               ${pick(arr(CONTACT_NOTES), CONTACT_NOTES.length, r('k * 1000 + n', 73))},
               case when ${r('k * 1000 + n', 74)} < .25 then occurred_at + interval '1 day' * interval_days end,
               worker_id, occurred_at + interval '2 hours'
        from (select tc.*, n,
                     case when n = n_contacts then last_contact_at
                          else opened_at + (last_contact_at - opened_at) * ((n - ${r('k * 1000 + n', 75)} * 0.5) / n_contacts) end as occurred_at
              from tc cross join lateral generate_series(1, n_contacts) n
              where n_contacts > 0) x
        order by occurred_at;`,
    },
    {
      label: 'case timeline (opening, stage changes, closure)',
      sql: `
        insert into case_events (organisation_id, case_id, at, kind, actor_id, summary, note)
        select org_id, case_id, at, kind, actor, summary, null
        from (select tc.org_id, tc.case_id,
                     case when e = 0 then opened_at
                          when e > reached then closed_at
                          when e = 1 then opened_at + (end_at - opened_at) * 0.08
                          when e = 2 then acc_at
                          when e = 3 then acc_at + (end_at - acc_at) * 0.15
                          else acc_at + (end_at - acc_at) * 0.8 end as at,
                     case when e = 0 then 'opened' else 'stage_change' end as kind,
                     case when e = 0 then coordinator_id else worker_id end as actor,
                     case when e = 0 then 'opened'
                          when e > reached then (${stageNames})[reached + 1] || '→exit'
                          else (${stageNames})[e] || '→' || (${stageNames})[e + 1] end as summary
              from tc cross join lateral generate_series(0, reached + closed::int) e) x
        order by at;`,
    },
    {
      label: 'assessments and ZRM scores',
      sql: `
        create temp table ta on commit drop as
        select tc.org_id, tc.o, tc.k, tc.case_id, tc.worker_id, a, ${id('as', 'tc.o', 'tc.k * 4 + a')} as assessment_id,
               case a when 1 then opened_at + (end_at - opened_at) * 0.06
                      when 2 then acc_at + (end_at - acc_at) * 0.5
                      else acc_at + (end_at - acc_at) * 0.82 end as assessed_at,
               (array['assessment', 'monitoring', 'evaluation'])[a] as stage
        from tc cross join lateral generate_series(1, case when reached >= 4 then 3 when reached >= 3 then 2 when reached >= 1 then 1 else 0 end) a;
        analyze ta;
        insert into assessments (organisation_id, id, case_id, instrument_id, assessed_at, stage, note, recorded_by, created_at)
        select org_id, assessment_id, case_id, ${id('ai', 'o', '0')}, assessed_at, stage::case_stage, null, worker_id, assessed_at
        from ta order by assessed_at;
        insert into assessment_scores (organisation_id, assessment_id, domain, score)
        select ta.org_id, ta.assessment_id, d.code,
               least(5, 1 + floor(${r('ta.k * 16 + d.i', 80)} * 3)::int + floor((ta.a - 1) * ${r('ta.k * 64 + ta.a * 16 + d.i', 81)} * 1.6)::int)
        from ta cross join (select i, code from unnest(${arr(ZRM_2017.domains.map((d) => d.code))}) with ordinality as u(code, i)) d;`,
    },
    {
      label: 'aid grants',
      sql: `
        insert into aid_grants (organisation_id, id, case_id, kind, nature, amount_cents, granted_on, note, recorded_by, created_at)
        select org_id, ${id('ag', 'o', 'k * 4 + g')}, case_id, kind::aid_kind,
               (case when kind in ('food', 'clothing') then 'material' when kind = 'medical_care' then 'social' else 'financial' end)::aid_nature,
               case when kind not in ('food', 'clothing', 'medical_care') then 2000 + floor(${r('k * 4 + g', 91)} * 78000)::bigint end,
               granted_at::date, null, worker_id, granted_at
        from (select tc.*, g, (${arr(AID_KINDS)})[1 + floor(${r('k * 4 + g', 90)} * ${AID_KINDS.length})::int] as kind,
                     acc_at + (end_at - acc_at) * ${r('k * 4 + g', 92)} as granted_at
              from tc cross join lateral generate_series(1, floor(${r('k', 93)} * 3)::int) g
              where reached >= 3) x
        order by x.granted_at;`,
    },
    {
      label: `audit log (${size.audit})`,
      sql: `
        insert into audit_log (organisation_id, occurred_at, actor_user_id, action, entity_type, entity_id, changes, request_id)
        select ${id('o', 'o', '0')}, occurred_at, ${id('u', 'o', `floor(bench.r(n, 101) * ${W})::int`)}, action,
               case when action like 'household%' then 'household' when action = 'auth.sign_in' then 'user'
                    when action like 'contact.create' then 'contact' else 'case' end,
               case when action like 'household%' then ${id('h', 'o', `floor(bench.r(n, 102) * ${H})::int`)}::text
                    when action = 'auth.sign_in' then ${id('u', 'o', `floor(bench.r(n, 101) * ${W})::int`)}::text
                    when action = 'contact.create' then ${id('k', 'o', 'n')}::text
                    else ${id('c', 'o', `floor(bench.r(n, 102) * ${C})::int`)}::text end,
               case when action = 'contact.create' then jsonb_build_object('caseId', ${id('c', 'o', `floor(bench.r(n, 102) * ${C})::int`)}, 'type', 'home_visit')
                    when action = 'case.transition' then jsonb_build_object('stage', jsonb_build_array('planning', 'monitoring')) end,
               md5('req' || n)::uuid::text
        from (select n, (n % ${O})::int as o,
                     ${A} - interval '1 day' * power(bench.r(n, 103), 1.3) * 730 as occurred_at,
                     case when bench.r(n, 104) < .35 then 'case.read' when bench.r(n, 104) < .55 then 'contact.read'
                          when bench.r(n, 104) < .70 then 'contact.create' when bench.r(n, 104) < .85 then 'household.read'
                          when bench.r(n, 104) < .95 then 'auth.sign_in' else 'case.transition' end as action
              from generate_series(1, ${size.audit}) n) x
        order by occurred_at;`,
    },
  ];

  if (hasBreakthroughs && catalogue.length > 0) list.push(...breakthroughSteps(catalogue));
  return list;
}

/** Cost catalogue, plans, their versions, breakthroughs and scenario lines: only when the tables exist. */
function breakthroughSteps(catalogue: CatalogueItem[]): Step[] {
  const N = catalogue.length;
  const prices = intArr(catalogue.map((item) => item.unitPriceCents));
  const units = arr(catalogue.map((item) => item.unit));
  const titles = arr(BREAKTHROUGH_TITLES);
  const categories = [
    'new_housing',
    'eviction_prevention',
    'benefit_acceleration',
    'school_supplies',
    'transport',
    'debt_settlement',
    'care_access',
    'other',
  ];
  return [
    {
      label: `cost catalogue (${N} default items per org) and prices`,
      sql: `
        insert into cost_catalogue_items (organisation_id, id, code, label_fr, label_nl, label_en, category, unit, source_note,
                                          is_default, to_review, active, created_at, updated_at)
        select ${id('o', 'o', '0')}, ${id('ci', 'o', 'c.i')}, c.code, c.fr, c.nl, c.en, c.category::cost_category, c.unit::cost_unit,
               c.note, true, false, true, ${A} - interval '2000 days', ${A} - interval '2000 days'
        from generate_series(0, ${O - 1}) o,
             (values ${catalogue.map((item, i) => `(${i}, ${lit(item.code)}, ${lit(item.labels.fr)}, ${lit(item.labels.nl)}, ${lit(item.labels.en)}, ${lit(item.category)}, ${lit(item.unit)}, ${lit(item.sourceNote)})`).join(', ')})
               as c(i, code, fr, nl, en, category, unit, note);
        insert into cost_prices (organisation_id, id, item_id, valid_from, unit_price_cents, note, created_by, created_at)
        select ${id('o', 'o', '0')}, ${id('cp', 'o', 'i')}, ${id('ci', 'o', 'i')}, '2000-01-01', (${prices})[i + 1],
               'Default figure from public sources', null, ${A} - interval '2000 days'
        from generate_series(0, ${O - 1}) o, generate_series(0, ${N - 1}) i;`,
    },
    {
      // Cases of the breakthrough program that reached planning have a plan: completed when the case
      // closed, active (or still a draft for some in planning) otherwise.
      label: 'breakthrough plans and their versions',
      sql: `
        create temp table tplan on commit drop as
        select tc.*, ${id('bp', 'o', 'j')} as plan_id,
               case when closed then 'completed' when reached = 2 and ${r('k', 110)} < .3 then 'draft' else 'active' end as plan_status,
               acc_at + (end_at - acc_at) * least(0.1, 10 / greatest(span, 1)) as activated
        from tc where prog = 0 and reached >= 2;
        insert into breakthrough_plans (organisation_id, id, case_id, status, goals, deadlocks, created_by, activated_at, completed_at,
                                        version, created_at, updated_at)
        select org_id, plan_id, case_id, plan_status::plan_status,
               jsonb_build_array(jsonb_build_object('domain', 'housing', 'text', 'Un logement stable et adapté à la famille'),
                                 jsonb_build_object('domain', 'debt', 'text', 'Des dettes sous contrôle, un budget tenable')),
               jsonb_build_array((${lit(JSON.stringify(DEADLOCKS))}::jsonb)->(floor(${r('k', 111)} * ${DEADLOCKS.length})::int)),
               worker_id, case when plan_status <> 'draft' then activated end, case when plan_status = 'completed' then closed_at end,
               case plan_status when 'draft' then 1 when 'active' then 2 else 3 end, acc_at,
               case plan_status when 'draft' then acc_at when 'active' then activated else closed_at end
        from tplan order by acc_at;
        analyze tplan;
        insert into breakthrough_plan_versions (organisation_id, plan_id, version, change, status, goals, deadlocks, changed_by, changed_at)
        select p.organisation_id, p.id, v, case when v = 1 then 'created' else 'status_change' end,
               (case v when 1 then 'draft' when 2 then 'active' else 'completed' end)::plan_status,
               p.goals, p.deadlocks, p.created_by,
               case v when 1 then p.created_at when 2 then p.activated_at else p.completed_at end
        from breakthrough_plans p cross join lateral generate_series(1, p.version) v;`,
    },
    {
      label: `breakthroughs (${sizesAt(scale).breakthroughs}) and scenario lines`,
      sql: `
        create temp table tb on commit drop as
        select x.*, ${id('bt', 'x.o', 'x.bk')} as breakthrough_id,
               x.b_start + (x.b_end - x.b_start) * ((x.n - 0.5 - ${r('x.bk', 120)} * 0.4) / x.m) as proposed_at
        from (select p.o, p.k, p.org_id, p.case_id, p.plan_id, p.plan_status, p.worker_id, p.coordinator_id, p.end_at, n, m,
                     p.acc_at as b_start, p.end_at as b_end, p.k * 1000 + n as bk
              from (select tplan.*, round(${sizesAt(scale).breakthroughs}::float8 * w / sum(w) over ())::int as m
                    from (select tplan.*, greatest(extract(epoch from end_at - acc_at) / 86400, 1) as w from tplan) tplan) p
              cross join lateral generate_series(1, p.m) n) x;
        alter table tb add column status text, add column needs_approval boolean, add column intervention bigint;
        update tb set
          status = case when plan_status = 'draft' then 'proposed'
                        when plan_status = 'completed' then case when ${r('bk', 121)} < .65 then 'achieved' else 'abandoned' end
                        when n::float8 / m < 0.6 then case when ${r('bk', 121)} < .5 then 'achieved' when ${r('bk', 121)} < .65 then 'abandoned'
                                                      when ${r('bk', 121)} < .85 then 'in_progress' else 'approved' end
                        else case when ${r('bk', 121)} < .4 then 'proposed' when ${r('bk', 121)} < .65 then 'approved' else 'in_progress' end end,
          needs_approval = ${r('bk', 122)} < .4,
          intervention = case when ${r('bk', 123)} < .3 then 0 else 5000 + floor(${r('bk', 124)} * 495000)::bigint end;
        analyze tb;

        create temp table tl on commit drop as
        select tb.o, tb.org_id, tb.breakthrough_id, tb.bk, tb.status, s.scenario, s.position, s.item,
               (${units})[s.item + 1] as unit, (${prices})[s.item + 1]::bigint as price
        from tb cross join lateral (
          select 'without' as scenario, p as position, floor(${r('tb.bk * 8 + p', 130)} * ${N})::int as item
          from generate_series(0, floor(${r('tb.bk', 131)} * 3)::int) p
          union all
          select 'with', 0, floor(${r('tb.bk * 8 + 5', 130)} * ${N})::int where ${r('tb.bk', 132)} < .6
        ) s;
        alter table tl add column quantity int, add column probability int, add column cents bigint;
        update tl set quantity = case unit when 'day' then 30 + floor(${r('bk * 8 + position', 133)} * 335)::int
                                           when 'month' then 1 + floor(${r('bk * 8 + position', 133)} * 12)::int
                                           when 'year' then 1 else 1 + floor(${r('bk * 8 + position', 133)} * 2)::int end,
                      probability = case when scenario = 'without' then 40 + floor(${r('bk * 8 + position', 134)} * 51)::int
                                         else 5 + floor(${r('bk * 8 + position', 134)} * 26)::int end;
        update tl set cents = round(price::numeric * quantity * probability / 100)::bigint;
        analyze tl;

        insert into breakthroughs (organisation_id, id, plan_id, case_id, title, domain, category, responsible, intervention_cents, due_date,
                                   needs_approval, status, horizon_months, proposed_by, proposed_at, proposed_on, decision_outcome,
                                   decided_by, decided_at, decision_comment, started_at, achieved_on, abandoned_at, abandon_reason,
                                   expected_without_cents, expected_with_cents, expected_gross_cents, expected_net_cents,
                                   realised_without_cents, realised_with_cents, realised_gross_cents, realised_net_cents,
                                   version, created_at, updated_at)
        select b.org_id, b.breakthrough_id, b.plan_id, b.case_id,
               ${pick(titles, BREAKTHROUGH_TITLES.length, r('b.bk', 140))},
               (${arr(PROBLEM_DOMAINS)})[1 + floor(${r('b.bk', 141)} * 12)::int]::problem_domain,
               (${arr(categories)})[1 + floor(${r('b.bk', 142)} * ${categories.length})::int]::breakthrough_category,
               'Coach familial', b.intervention, (b.proposed_at + interval '90 days')::date, b.needs_approval, b.status::breakthrough_status,
               12, b.worker_id, b.proposed_at, b.proposed_at::date,
               case when b.needs_approval and b.status <> 'proposed' then 'approved' end,
               case when b.needs_approval and b.status <> 'proposed' then b.coordinator_id end,
               case when b.needs_approval and b.status <> 'proposed' then b.proposed_at + interval '3 days' end, null,
               case when b.status in ('in_progress', 'achieved') then b.proposed_at + interval '5 days' end,
               case when b.status = 'achieved' then b.achieved_on end,
               case when b.status = 'abandoned' then b.closed_on end,
               case when b.status = 'abandoned' then 'La situation a changé' end,
               f.without_cents, f.with_cents, f.without_cents - f.with_cents, f.without_cents - f.with_cents - b.intervention,
               case when b.status = 'achieved' then f.without_cents end, case when b.status = 'achieved' then f.with_cents end,
               case when b.status = 'achieved' then f.without_cents - f.with_cents end,
               case when b.status = 'achieved' then f.without_cents - f.with_cents - b.intervention end,
               1, b.proposed_at, coalesce(b.closed_on, b.proposed_at)
        from (select tb.*,
                     least((tb.proposed_at + interval '1 day' * (14 + ${r('tb.bk', 143)} * 160))::date, tb.end_at::date) as achieved_on,
                     least(tb.proposed_at + interval '1 day' * (20 + ${r('tb.bk', 143)} * 100), tb.end_at) as closed_on
              from tb) b
        join (select breakthrough_id, coalesce(sum(cents) filter (where scenario = 'without'), 0) as without_cents,
                     coalesce(sum(cents) filter (where scenario = 'with'), 0) as with_cents
              from tl group by breakthrough_id) f on f.breakthrough_id = b.breakthrough_id
        order by b.proposed_at;

        insert into breakthrough_scenario_lines (organisation_id, breakthrough_id, scenario, position, catalogue_item_id, quantity,
                                                 probability_percent, expected_unit_price_cents, realised_unit_price_cents)
        select org_id, breakthrough_id, scenario::scenario_kind, position, ${id('ci', 'o', 'item')}, quantity, probability, price,
               case when status = 'achieved' then price end
        from tl;`,
    },
  ];
}

main().catch((error: unknown) => {
  console.error(`Large seed failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
