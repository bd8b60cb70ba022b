import { apiScopes } from '@percee/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { clientToken, registerClient } from '../../../test/clients.js';
import { ATTACKS, type Ids, type Method, seedOperationsData } from '../../../test/operations.js';

/*
 * Least privilege, role by route: every operation of the OpenAPI document is tried by every role of
 * the organisation that owns the data, and by a machine client holding every scope. The table says
 * who gets through; everyone else must be refused (403, or 404 where existence is not revealed).
 * Removing a check makes an operation answer where the table says it must not, and fails; an
 * operation missing from the table fails too.
 *
 *   A admin  C coordinator  W case worker (primary worker of the case)  P partner (of the partner
 *   service involved in the case under consent)  Y analyst  M machine client (all scopes)
 *
 * The rules the table states:
 * - admins manage users, sites, programs, the cost catalogue, partner services, API clients and
 *   webhooks, keep the consent register and read aggregates; they do not read case or household
 *   content (an admin who coordinates needs a coordinator account);
 * - coordinators see every case; case workers the cases they work on;
 * - partners: "our cases" (reduced view, involved cases under consent) and the referrals they sent;
 * - analysts: aggregates only (reports, avoided costs, catalogue prices, site names);
 * - machine clients only where a scope opens a route.
 */

type Actor = 'A' | 'C' | 'W' | 'P' | 'Y' | 'M';

/**
 * File content the seeded case holds (notes, goals, reasons, address...). No answer an admin gets may
 * contain any of it: not the audit viewer or its CSV (change values are redacted there), not the
 * consent register, not a report.
 */
const FILE_CONTENT = ['Victim notes', 'Victim goal', 'Victim reason', '1 victim street', 'Victim breakthrough'];
const ACTORS: Actor[] = ['A', 'C', 'W', 'P', 'Y', 'M'];

/** Who is allowed, as actor letters; `public` for operations before sign-in. */
const MATRIX: Record<string, string> = {
  'GET /health/live': 'public',
  'GET /health/ready': 'public',
  'POST /api/v1/auth/login': 'public',
  'POST /api/v1/auth/refresh': 'public',
  'POST /api/v1/auth/logout': 'public',
  'POST /api/v1/oauth/token': 'public',
  'POST /api/v1/auth/login/totp': 'public',
  'GET /api/v1/me': 'ACWPY',
  // Two-factor sign-in: every account enrols its own; an admin resets another's.
  'POST /api/v1/me/totp/enrolment': 'ACWPY',
  'POST /api/v1/me/totp/enrolment/confirm': 'ACWPY',
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
  'GET /api/v1/programs': 'ACWY',
  // Choices for the referral form: every signed-in role.
  'GET /api/v1/programs/options': 'ACWPY',
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
  'GET /api/v1/referrals': 'ACWPM',
  'GET /api/v1/referrals.csv': 'ACWP',
  'POST /api/v1/referrals': 'ACWPM',
  'GET /api/v1/referrals/{id}': 'CM',
  'POST /api/v1/referrals/{id}/accept': 'C',
  'POST /api/v1/referrals/{id}/decline': 'C',
  'POST /api/v1/referrals/{id}/withdraw': 'C',
  'POST /api/v1/imports/households': 'CWM',
  'POST /api/v1/imports/referrals': 'ACWPM',
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
  // Partners: their reduced view only.
  'GET /api/v1/partner/cases': 'P',
  'GET /api/v1/partner/cases/{id}': 'P',
  // Aggregates.
  'GET /api/v1/reports/activity': 'ACYM',
  'GET /api/v1/reports/activity.csv': 'ACYM',
  'GET /api/v1/reports/team': 'AC',
  'GET /api/v1/reports/team.csv': 'AC',
  'GET /api/v1/avoided-costs/summary': 'ACY',
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

const DENIED = [403, 404];

describe('role × route matrix: who may call each operation', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let ids: Ids;
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
    ({ ids } = await seedOperationsData(ctx, org));
    const letters: Record<Exclude<Actor, 'M'>, keyof typeof org.byRole> = {
      A: 'admin',
      C: 'coordinator',
      W: 'case_worker',
      P: 'partner',
      Y: 'analyst',
    };
    for (const [letter, role] of Object.entries(letters)) {
      sessions[letter as Actor] = (await signIn(ctx.app, org.byRole[role].email)).headers;
    }
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
        url: attack.path(ids),
        headers: { ...sessions[actor], 'if-match': '"1"' },
        ...(body ? { payload: body(ids) as object } : {}),
      });
      const ok = allowed.includes(actor)
        ? response.statusCode < 500 && ![401, 403, 404].includes(response.statusCode)
        : DENIED.includes(response.statusCode);
      if (!ok) outcomes.push(`${actor} → ${response.statusCode} ${response.body.slice(0, 160)}`);
      const leaked = actor === 'A' ? FILE_CONTENT.filter((text) => response.body.includes(text)) : [];
      if (leaked.length > 0) outcomes.push(`A → ${response.statusCode} shows file content: ${leaked.join(', ')}`);
    }
    expect(outcomes, `${operation}: expected only ${allowed} to get through`).toEqual([]);
  });
});
