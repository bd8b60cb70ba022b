import { apiScopes } from '@percee/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp, TEST_PASSWORD } from '../app.js';
import { clientToken, registerClient } from '../clients.js';
import { ATTACKS, type Ids, type MarkedField, type Method, seedOperationsData } from '../operations.js';

/*
 * Least privilege, role by route: every operation of the OpenAPI document is tried by every role of
 * the organisation that owns the data, and by a machine client holding every scope. The table says
 * who gets through; everyone else must be refused (403, or 404 where existence is not revealed).
 * Removing a check makes an operation answer where the table says it must not, and fails; an
 * operation missing from the table fails too.
 *
 *   A admin  C coordinator  W case worker (primary worker of the case)  P partner (of the partner
 *   service involved in the case under consent)  Q partner of another service (no consent, not
 *   involved)  Y analyst  M machine client (all scopes)
 *
 * The rules the table states:
 * - admins manage users, sites, programs, the cost catalogue, partner services, API clients and
 *   webhooks, keep the consent register and read aggregates; they do not read case or household
 *   content (an admin who coordinates needs a coordinator account);
 * - coordinators see every case; case workers the cases they work on;
 * - partners: "our cases" (reduced view, involved cases under consent) and the referrals they sent;
 * - analysts: aggregates only (reports, avoided costs, catalogue prices, site names, program options);
 * - machine clients only where a scope opens a route.
 *
 * Status codes are not enough: every free-text and name field of the seeded household's file holds a
 * unique marker (test/operations.ts), and no answer (body or header, the 201 of a write included) an
 * admin, an analyst or a partner without consent gets may contain any of them; the partner under
 * consent only the notes of its own service's involvement.
 */

type Actor = 'A' | 'C' | 'W' | 'P' | 'Q' | 'Y' | 'M';

const ACTORS: Actor[] = ['A', 'C', 'W', 'P', 'Q', 'Y', 'M'];

/** Who never sees the file's content, and what of it each may see all the same. */
const NO_CONTENT: Partial<Record<Actor, MarkedField[]>> = {
  A: [],
  Y: [],
  Q: [],
  // The involvement's note is written for the service involved.
  P: ['involvementNote'],
};

/** Who is allowed, as actor letters; `public` for operations before sign-in. */
const MATRIX: Record<string, string> = {
  'GET /health/live': 'public',
  'GET /health/ready': 'public',
  'POST /api/v1/auth/login': 'public',
  'POST /api/v1/auth/refresh': 'public',
  'POST /api/v1/auth/logout': 'public',
  'POST /api/v1/oauth/token': 'public',
  'POST /api/v1/auth/login/totp': 'public',
  'GET /api/v1/me': 'ACWPQY',
  // Two-factor sign-in: every account enrols its own; an admin resets another's.
  'POST /api/v1/me/totp/enrolment': 'ACWPQY',
  'POST /api/v1/me/totp/enrolment/confirm': 'ACWPQY',
  // Administration: admins only.
  'GET /api/v1/sites': 'ACWY',
  'GET /api/v1/admin/sites': 'A',
  'POST /api/v1/admin/sites': 'A',
  'PATCH /api/v1/admin/sites/{id}': 'A',
  'GET /api/v1/admin/users': 'A',
  'POST /api/v1/admin/users': 'A',
  'PATCH /api/v1/admin/users/{id}': 'A',
  'DELETE /api/v1/admin/users/{id}/totp': 'A',
  'GET /api/v1/team': 'ACW',
  // Program settings: the staff who run or apply them; analysts and partners read the options.
  'GET /api/v1/programs': 'ACW',
  // Choices for the referral form: every signed-in role.
  'GET /api/v1/programs/options': 'ACWPQY',
  'POST /api/v1/programs': 'A',
  'PATCH /api/v1/programs/{id}': 'A',
  'GET /api/v1/partner-services': 'ACW',
  'POST /api/v1/admin/partner-services': 'A',
  'PATCH /api/v1/admin/partner-services/{id}': 'A',
  'GET /api/v1/admin/api-clients': 'A',
  'POST /api/v1/admin/api-clients': 'A',
  'GET /api/v1/admin/api-clients/{id}': 'A',
  'PATCH /api/v1/admin/api-clients/{id}': 'A',
  'POST /api/v1/admin/api-clients/{id}/rotate': 'A',
  'DELETE /api/v1/admin/api-clients/{id}': 'A',
  // A machine client manages the subscriptions it made: an admin's is a 404 to it.
  'GET /api/v1/webhooks': 'AM',
  'POST /api/v1/webhooks': 'AM',
  'GET /api/v1/webhooks/{id}': 'A',
  'PATCH /api/v1/webhooks/{id}': 'A',
  'POST /api/v1/webhooks/{id}/rotate-secret': 'A',
  'DELETE /api/v1/webhooks/{id}': 'A',
  'GET /api/v1/admin/webhook-deliveries': 'A',
  'POST /api/v1/admin/webhook-deliveries/{id}/retry': 'A',
  'GET /api/v1/events': 'AM',
  'GET /api/v1/cost-catalogue': 'ACWY',
  'POST /api/v1/cost-catalogue': 'A',
  'PATCH /api/v1/cost-catalogue/{id}': 'A',
  'POST /api/v1/cost-catalogue/{id}/prices': 'A',
  'GET /api/v1/assessment-instruments': 'CW',
  // Households: the people who work with them.
  'GET /api/v1/households': 'CWM',
  'POST /api/v1/households': 'CWM',
  'GET /api/v1/households.csv': 'CW',
  'POST /api/v1/households/duplicate-check': 'CW',
  'GET /api/v1/households/{id}': 'CWM',
  'PATCH /api/v1/households/{id}': 'CWM',
  'POST /api/v1/households/{id}/members': 'CW',
  'PATCH /api/v1/households/{id}/members/{personId}': 'CW',
  // The household as a family (issue 18.6): a member, its history, the printable summary.
  'GET /api/v1/households/{id}/members/{personId}': 'CW',
  'GET /api/v1/households/{id}/members/{personId}/history': 'CW',
  'GET /api/v1/households/{id}/summary': 'CW',
  // Data protection: legal holds are coordinators' and admins' duties (a hold carries a reason, not file
  // content); a person's export is the whole file, so coordinators only (it is audited).
  'GET /api/v1/households/{id}/legal-holds': 'AC',
  'POST /api/v1/households/{id}/legal-holds': 'AC',
  'POST /api/v1/households/{id}/legal-holds/{holdId}/release': 'AC',
  'GET /api/v1/persons/{id}/export': 'C',
  // Who looked at a file: audit metadata (who, when, which fields), no content; admins keep the audit.
  'GET /api/v1/households/{id}/access-log': 'AC',
  // Retention and the audit trail: admins.
  'GET /api/v1/admin/retention/settings': 'A',
  'PUT /api/v1/admin/retention/settings': 'A',
  'GET /api/v1/admin/retention/preview': 'A',
  'POST /api/v1/admin/retention/run': 'A',
  'GET /api/v1/admin/audit': 'A',
  'GET /api/v1/admin/audit.csv': 'A',
  'GET /api/v1/admin/audit/verify': 'A',
  'GET /api/v1/admin/audit/head': 'A',
  // The consent register: admins, coordinators, the household's case workers.
  'GET /api/v1/households/{id}/consents': 'ACW',
  'POST /api/v1/households/{id}/consents': 'ACW',
  'POST /api/v1/consents/{id}/withdraw': 'ACW',
  // Referrals: anyone who works with households refers; the inbox and decisions are the coordinators'.
  'GET /api/v1/referrals': 'ACWPQM',
  'GET /api/v1/referrals.csv': 'ACWPQ',
  'POST /api/v1/referrals': 'ACWPQM',
  'GET /api/v1/referrals/{id}': 'CM',
  'POST /api/v1/referrals/{id}/accept': 'C',
  'POST /api/v1/referrals/{id}/decline': 'C',
  'POST /api/v1/referrals/{id}/withdraw': 'C',
  'POST /api/v1/imports/households': 'CWM',
  'POST /api/v1/imports/referrals': 'ACWPQM',
  // An import job: its uploader only (the seed's is the coordinator's); everyone else gets 404.
  'GET /api/v1/imports/{id}': 'C',
  'GET /api/v1/imports/{id}/report': 'C',
  'POST /api/v1/imports/{id}/cancel': 'C',
  // Case files: coordinators and the case's workers.
  'GET /api/v1/caseload': 'CW',
  'GET /api/v1/caseload.csv': 'CW',
  'GET /api/v1/cases': 'CWM',
  'GET /api/v1/cases.csv': 'CW',
  'GET /api/v1/cases/{id}': 'CWM',
  'POST /api/v1/cases/{id}/transitions': 'CW',
  'POST /api/v1/cases/{id}/assignment': 'C',
  'PUT /api/v1/cases/{id}/co-workers': 'C',
  'GET /api/v1/cases/{id}/timeline': 'CW',
  'POST /api/v1/cases/{id}/contacts': 'CW',
  'GET /api/v1/cases/{id}/contacts': 'CW',
  'GET /api/v1/cases/{id}/contacts.csv': 'CW',
  'POST /api/v1/cases/{id}/assessments': 'CW',
  'GET /api/v1/cases/{id}/assessments': 'CW',
  'GET /api/v1/cases/{id}/assessments/progress': 'CW',
  'POST /api/v1/cases/{id}/aid': 'CW',
  'GET /api/v1/cases/{id}/aid': 'CW',
  'GET /api/v1/cases/{id}/aid/total': 'CW',
  'GET /api/v1/cases/{id}/involvements': 'CW',
  'POST /api/v1/cases/{id}/involvements': 'CW',
  'POST /api/v1/cases/{id}/involvements/{involvementId}/end': 'CW',
  'GET /api/v1/cases/{id}/plan': 'CW',
  'POST /api/v1/cases/{id}/plan': 'CW',
  'PATCH /api/v1/cases/{id}/plan': 'CW',
  'POST /api/v1/cases/{id}/plan/transitions': 'CW',
  'GET /api/v1/cases/{id}/plan/versions': 'CW',
  'GET /api/v1/cases/{id}/breakthroughs': 'CW',
  'POST /api/v1/cases/{id}/breakthroughs': 'CW',
  'GET /api/v1/breakthroughs/awaiting-approval': 'CW',
  'GET /api/v1/breakthroughs/{id}': 'CW',
  'PATCH /api/v1/breakthroughs/{id}': 'CW',
  'PUT /api/v1/breakthroughs/{id}/scenario': 'CW',
  'POST /api/v1/breakthroughs/{id}/transitions': 'CW',
  // The agenda: coordinators (the team's) and case workers (theirs and their cases'). The no-show rate is
  // an aggregate; the local sink's outbox (development) holds phone numbers: staff who see the appointments.
  'POST /api/v1/appointments': 'CW',
  'GET /api/v1/appointments': 'CW',
  'GET /api/v1/appointments/no-shows': 'ACY',
  'GET /api/v1/appointments/{id}': 'CW',
  'PATCH /api/v1/appointments/{id}': 'CW',
  'POST /api/v1/appointments/{id}/transitions': 'CW',
  'GET /api/v1/dev/outbox': 'CW',
  // Objectives agreed with the person: the file's content, for the case's workers and coordinators.
  'POST /api/v1/cases/{id}/objectives': 'CW',
  'GET /api/v1/cases/{id}/objectives': 'CW',
  'GET /api/v1/objectives/{id}': 'CW',
  'PATCH /api/v1/objectives/{id}': 'CW',
  'PUT /api/v1/objectives/{id}/agreement': 'CW',
  'POST /api/v1/cases/{id}/objective-evaluations': 'CW',
  'GET /api/v1/cases/{id}/objective-evaluations': 'CW',
  // Tasks: one's own (case workers and coordinators), the team's for coordinators. Notifications: every
  // account its own; the seeded one is the case worker's (others get a 404), a machine client has none.
  'POST /api/v1/tasks': 'CW',
  'GET /api/v1/tasks': 'CW',
  'GET /api/v1/tasks/{id}': 'CW',
  'PATCH /api/v1/tasks/{id}': 'CW',
  'GET /api/v1/notifications': 'ACWPQY',
  'GET /api/v1/notifications/unread-count': 'ACWPQY',
  'POST /api/v1/notifications/{id}/read': 'W',
  'POST /api/v1/notifications/read-all': 'ACWPQY',
  // Corrections (decision 19): the seeded contact, aid entry and appointment are the coordinator's, so
  // the case worker of the case reads them and their history but may not correct or void them (403).
  'GET /api/v1/contacts/{id}': 'CW',
  'POST /api/v1/contacts/{id}/corrections': 'C',
  'POST /api/v1/contacts/{id}/void': 'C',
  'GET /api/v1/contacts/{id}/history': 'CW',
  'GET /api/v1/aid/{id}': 'CW',
  'POST /api/v1/aid/{id}/corrections': 'C',
  'POST /api/v1/aid/{id}/void': 'C',
  'GET /api/v1/aid/{id}/history': 'CW',
  'POST /api/v1/appointments/{id}/corrections': 'C',
  'POST /api/v1/appointments/{id}/void': 'C',
  'GET /api/v1/appointments/{id}/history': 'CW',
  // Reopening a closed case: coordinators; its period is an admin's setting, which coordinators read.
  'POST /api/v1/cases/{id}/reopen': 'C',
  'GET /api/v1/case-settings': 'AC',
  'PUT /api/v1/case-settings': 'A',
  // Partners: their reduced view only.
  'GET /api/v1/partner/cases': 'PQ',
  'GET /api/v1/partner/cases/{id}': 'P',
  // Partner updates (issue 18.7): the partner under consent only; the timeline shows them to staff.
  'GET /api/v1/partner/cases/{id}/updates': 'P',
  'POST /api/v1/partner/cases/{id}/updates': 'P',
  // Aggregates.
  'GET /api/v1/reports/activity': 'ACYM',
  'GET /api/v1/reports/activity.csv': 'ACYM',
  'GET /api/v1/reports/team': 'AC',
  'GET /api/v1/reports/settings': 'ACY',
  'PUT /api/v1/reports/settings': 'A',
  'GET /api/v1/reports/team.csv': 'AC',
  'GET /api/v1/avoided-costs/summary': 'ACY',
  'GET /api/v1/avoided-costs/dashboard': 'ACY',
  'GET /api/v1/avoided-costs/summary.csv': 'ACY',
  'GET /api/v1/inquiries': 'ACW',
  'GET /api/v1/inquiries.csv': 'ACW',
  'POST /api/v1/inquiries': 'ACW',
};

/** Bodies that differ from the isolation table's, so an allowed call does not lock the others out. */
const BODIES: Record<string, (ids: Ids) => unknown> = {
  // Not `active: false`: the case worker must stay signed in for the operations after this one.
  'PATCH /api/v1/admin/users/{id}': () => ({ locale: 'nl' }),
  // Not `active: false`: the partner must keep seeing the case.
  'PATCH /api/v1/admin/partner-services/{id}': () => ({ description: 'Renamed desk' }),
};

/**
 * Paths that differ from the isolation table's: the audit viewer and its CSV unfiltered, so every
 * entry of the seeded file is in what the admin gets.
 */
const PATHS: Record<string, (ids: Ids) => string> = {
  'GET /api/v1/admin/audit': () => '/api/v1/admin/audit?limit=200',
  'GET /api/v1/admin/audit.csv': () => '/api/v1/admin/audit.csv',
  // One's own tasks (the team's is the coordinators': tasks.test.ts).
  'GET /api/v1/tasks': () => '/api/v1/tasks',
};

const DENIED = [403, 404];

describe('role × route matrix: who may call each operation', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let ids: Ids;
  let markers: Record<MarkedField, string>;
  const sessions: Partial<Record<Actor, Record<string, string>>> = {};

  beforeAll(async () => {
    ctx = await startTestApp();
    const org = await createTestOrganisation(ctx.database, 'Matrix', [
      'admin',
      'coordinator',
      'case_worker',
      'partner',
      'analyst',
    ]);
    ({ ids, markers } = await seedOperationsData(ctx, org));
    const letters: Record<Exclude<Actor, 'M' | 'Q'>, keyof typeof org.byRole> = {
      A: 'admin',
      C: 'coordinator',
      W: 'case_worker',
      P: 'partner',
      Y: 'analyst',
    };
    for (const [letter, role] of Object.entries(letters)) {
      sessions[letter as Actor] = (await signIn(ctx.app, org.byRole[role].email)).headers;
    }
    // A partner of another service: no consent covers it, it is involved in nothing.
    const admin = sessions.A as Record<string, string>;
    const otherService = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/admin/partner-services',
      headers: admin,
      payload: { name: 'Uninvolved desk' },
    });
    const otherPartner = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/admin/users',
      headers: admin,
      payload: {
        email: `other-partner-${ids.site}@matrix.test`,
        displayName: 'Other partner',
        role: 'partner',
        siteId: ids.site,
        partnerServiceId: otherService.json().id,
        password: TEST_PASSWORD,
      },
    });
    expect(otherPartner.statusCode, otherPartner.body).toBe(201);
    sessions.Q = (await signIn(ctx.app, otherPartner.json().email)).headers;
    // Not a vacuous search: what the coordinator reads of the file (the household, the applicant's
    // export) holds every marker.
    const coordinatorReads = await Promise.all(
      [`/api/v1/households/${ids.household}`, `/api/v1/persons/${ids.person}/export`].map(
        async (url) => (await ctx.app.inject({ method: 'GET', url, headers: sessions.C })).body,
      ),
    );
    const missing = Object.entries(markers)
      .filter(([, marker]) => !coordinatorReads.some((body) => body.includes(marker)))
      .map(([field]) => field);
    expect(missing, 'markers the coordinator does not read').toEqual([]);
    const client = await registerClient(ctx.app, sessions.A as Record<string, string>, [...apiScopes], 'Matrix client');
    sessions.M = (await clientToken(ctx.app, client.clientId, client.clientSecret)).headers;
  });
  afterAll(() => ctx.close());

  it('states the rule for every operation of the OpenAPI document', async () => {
    const document = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const operations = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(
      operations.filter((operation) => !(operation in MATRIX)),
      'operations missing from the matrix',
    ).toEqual([]);
    expect(
      Object.keys(MATRIX).filter((operation) => !operations.includes(operation)),
      'stale rows',
    ).toEqual([]);
  });

  // Deletions last, so the operations before them still find what they act on.
  const rows = Object.entries(MATRIX)
    .filter(([, allowed]) => allowed !== 'public')
    .sort(([a], [b]) => Number(a.startsWith('DELETE')) - Number(b.startsWith('DELETE')));

  it.each(rows)('%s: only %s get through', async (operation, allowed) => {
    const attack = ATTACKS[operation];
    expect(attack, `${operation} has no request in test/operations.ts`).toBeDefined();
    if (!attack) return;
    const method = operation.split(' ')[0] as Method;
    const body = BODIES[operation] ?? attack.body;
    const outcomes: string[] = [];
    // The refused first: a refusal must change nothing the allowed calls rely on.
    const order = [...ACTORS].sort((a, b) => Number(allowed.includes(a)) - Number(allowed.includes(b)));
    for (const actor of order) {
      const response = await ctx.app.inject({
        method,
        url: (PATHS[operation] ?? attack.path)(ids),
        headers: { ...sessions[actor], 'if-match': '"1"' },
        ...(body ? { payload: body(ids) as object } : {}),
      });
      const ok = allowed.includes(actor)
        ? response.statusCode < 500 && ![401, 403, 404].includes(response.statusCode)
        : DENIED.includes(response.statusCode);
      if (!ok) outcomes.push(`${actor} → ${response.statusCode} ${response.body.slice(0, 160)}`);
      const mayNotSee = NO_CONTENT[actor];
      if (mayNotSee) {
        const answer = `${JSON.stringify(response.headers)}\n${response.body}`;
        const leaked = (Object.entries(markers) as [MarkedField, string][])
          .filter(([field, marker]) => !mayNotSee.includes(field) && answer.includes(marker))
          .map(([field]) => field);
        if (leaked.length > 0)
          outcomes.push(`${actor} → ${response.statusCode} shows file content: ${leaked.join(', ')}`);
      }
    }
    expect(outcomes, `${operation}: expected only ${allowed} to get through`).toEqual([]);
  });
});
