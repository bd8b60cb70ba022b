import { randomBytes } from 'node:crypto';
import type { Role } from '@percee/shared';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { referrals } from '../src/db/schema.js';
import { inTenant } from '../src/db/tenant.js';
import { type createTestOrganisation, signIn, type startTestApp } from './app.js';
import { insertProgram } from './fixtures.js';

/*
 * Every operation of the OpenAPI document, with a request that reaches it given the ids of an
 * organisation's data: used by the tenant isolation suite (tried from another organisation) and by
 * the role matrix (tried by every role of the same organisation).
 */

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export type Ids = Record<
  | 'site'
  | 'user'
  | 'program'
  | 'household'
  | 'person'
  | 'referral'
  | 'case'
  | 'catalogueItem'
  | 'breakthrough'
  | 'apiClient'
  | 'webhook'
  | 'delivery'
  | 'hold'
  | 'partnerService'
  | 'consent'
  | 'involvement'
  | 'importJob'
  | 'appointment'
  | 'objective'
  | 'task'
  | 'notification'
  | 'contact'
  | 'aid',
  string
>;

export interface Attack {
  as: Role;
  path: (ids: Ids) => string;
  body?: (ids: Ids) => unknown;
  /** `404`: the id is unknown to the attacker. `no-leak`: any answer, but nothing of the victim in it. */
  expect: '404' | 'no-leak' | 'not-applicable';
}

export const soon = new Date(Date.now() - 60_000).toISOString();
/** Now, when the request is made: a contact cannot be dated before its case opened (created by then). */
const justNow = () => new Date().toISOString();
const scenario = (ids: Ids) => ({
  horizonMonths: 12,
  without: [{ catalogueItemId: ids.catalogueItem, quantity: 1, probabilityPercent: 50 }],
  with: [],
});

export const ATTACKS: Record<string, Attack> = {
  'GET /health/live': { as: 'admin', path: () => '/health/live', expect: 'not-applicable' },
  'GET /health/ready': { as: 'admin', path: () => '/health/ready', expect: 'not-applicable' },
  'POST /api/v1/auth/login': { as: 'admin', path: () => '/api/v1/auth/login', expect: 'not-applicable' },
  'POST /api/v1/auth/refresh': { as: 'admin', path: () => '/api/v1/auth/refresh', expect: 'not-applicable' },
  'POST /api/v1/auth/logout': { as: 'admin', path: () => '/api/v1/auth/logout', expect: 'not-applicable' },
  'GET /api/v1/me': { as: 'admin', path: () => '/api/v1/me', expect: 'no-leak' },
  // The second factor step names its account through a signed challenge, never an id from the caller.
  'POST /api/v1/auth/login/totp': { as: 'admin', path: () => '/api/v1/auth/login/totp', expect: 'not-applicable' },
  'POST /api/v1/me/totp/enrolment': { as: 'coordinator', path: () => '/api/v1/me/totp/enrolment', expect: 'no-leak' },
  'POST /api/v1/me/totp/enrolment/confirm': {
    as: 'coordinator',
    path: () => '/api/v1/me/totp/enrolment/confirm',
    body: () => ({ code: '000000' }),
    expect: 'no-leak',
  },
  'DELETE /api/v1/admin/users/{id}/totp': {
    as: 'admin',
    path: (i) => `/api/v1/admin/users/${i.user}/totp`,
    expect: '404',
  },
  'GET /api/v1/sites': { as: 'coordinator', path: () => '/api/v1/sites', expect: 'no-leak' },
  'GET /api/v1/admin/sites': { as: 'admin', path: () => '/api/v1/admin/sites', expect: 'no-leak' },
  'POST /api/v1/admin/sites': {
    as: 'admin',
    path: () => '/api/v1/admin/sites',
    body: () => ({ name: 'X', kind: 'antenna' }),
    expect: 'no-leak',
  },
  'PATCH /api/v1/admin/sites/{id}': {
    as: 'admin',
    path: (i) => `/api/v1/admin/sites/${i.site}`,
    body: () => ({ name: 'Taken' }),
    expect: '404',
  },
  'GET /api/v1/admin/users': { as: 'admin', path: () => '/api/v1/admin/users', expect: 'no-leak' },
  'POST /api/v1/admin/users': {
    as: 'admin',
    path: () => '/api/v1/admin/users',
    body: (i) => ({
      email: 'intruder@b.test',
      displayName: 'I',
      role: 'case_worker',
      siteId: i.site,
      password: 'an intruder long passphrase',
    }),
    expect: 'no-leak',
  },
  'PATCH /api/v1/admin/users/{id}': {
    as: 'admin',
    path: (i) => `/api/v1/admin/users/${i.user}`,
    body: () => ({ active: false }),
    expect: '404',
  },
  'GET /api/v1/team': { as: 'coordinator', path: () => '/api/v1/team', expect: 'no-leak' },
  'GET /api/v1/programs': { as: 'coordinator', path: () => '/api/v1/programs', expect: 'no-leak' },
  'GET /api/v1/programs/options': { as: 'case_worker', path: () => '/api/v1/programs/options', expect: 'no-leak' },
  'POST /api/v1/programs': {
    as: 'admin',
    path: () => '/api/v1/programs',
    body: () => ({
      name: 'P',
      method: 'outreach',
      caseloadLimit: 5,
      contactIntervalDays: 7,
      accompanimentTypes: ['outreach'],
    }),
    expect: 'no-leak',
  },
  'PATCH /api/v1/programs/{id}': {
    as: 'admin',
    path: (i) => `/api/v1/programs/${i.program}`,
    body: () => ({ active: false }),
    expect: '404',
  },
  'GET /api/v1/households': { as: 'coordinator', path: () => '/api/v1/households?q=victim', expect: 'no-leak' },
  'POST /api/v1/households': {
    as: 'coordinator',
    path: () => '/api/v1/households',
    body: (i) => ({
      siteId: i.site,
      members: [{ firstName: 'Vera', lastName: 'Victim', birthDate: '1980-01-01', role: 'applicant' }],
    }),
    expect: 'no-leak',
  },
  'GET /api/v1/households.csv': { as: 'coordinator', path: () => '/api/v1/households.csv', expect: 'no-leak' },
  'POST /api/v1/households/duplicate-check': {
    as: 'coordinator',
    path: () => '/api/v1/households/duplicate-check',
    body: () => ({
      members: [{ firstName: 'Vera', lastName: 'Victim', birthDate: '1980-01-01' }],
      address: '1 victim street',
      postalCode: '1000',
    }),
    expect: 'no-leak',
  },
  'GET /api/v1/households/{id}': { as: 'coordinator', path: (i) => `/api/v1/households/${i.household}`, expect: '404' },
  'PATCH /api/v1/households/{id}': {
    as: 'coordinator',
    path: (i) => `/api/v1/households/${i.household}`,
    body: () => ({ municipality: 'X' }),
    expect: '404',
  },
  'POST /api/v1/households/{id}/members': {
    as: 'coordinator',
    path: (i) => `/api/v1/households/${i.household}/members`,
    body: () => ({ firstName: 'A', lastName: 'B', role: 'child' }),
    expect: '404',
  },
  'GET /api/v1/households/{id}/members/{personId}': {
    as: 'coordinator',
    path: (i) => `/api/v1/households/${i.household}/members/${i.person}`,
    expect: '404',
  },
  'GET /api/v1/households/{id}/members/{personId}/history': {
    as: 'coordinator',
    path: (i) => `/api/v1/households/${i.household}/members/${i.person}/history`,
    expect: '404',
  },
  'GET /api/v1/households/{id}/summary': {
    as: 'coordinator',
    path: (i) => `/api/v1/households/${i.household}/summary`,
    expect: '404',
  },
  'PATCH /api/v1/households/{id}/members/{personId}': {
    as: 'coordinator',
    path: (i) => `/api/v1/households/${i.household}/members/${i.person}`,
    body: () => ({ lastName: 'Changed', reason: 'Typo' }),
    expect: '404',
  },
  'GET /api/v1/households/{id}/legal-holds': {
    as: 'coordinator',
    path: (i) => `/api/v1/households/${i.household}/legal-holds`,
    expect: '404',
  },
  'POST /api/v1/households/{id}/legal-holds': {
    as: 'coordinator',
    path: (i) => `/api/v1/households/${i.household}/legal-holds`,
    body: () => ({ reason: 'Attacker hold' }),
    expect: '404',
  },
  'POST /api/v1/households/{id}/legal-holds/{holdId}/release': {
    as: 'admin',
    path: (i) => `/api/v1/households/${i.household}/legal-holds/${i.hold}/release`,
    body: () => ({ reason: 'Attacker release' }),
    expect: '404',
  },
  'GET /api/v1/persons/{id}/export': {
    as: 'coordinator',
    path: (i) => `/api/v1/persons/${i.person}/export`,
    expect: '404',
  },
  'GET /api/v1/admin/retention/settings': {
    as: 'admin',
    path: () => '/api/v1/admin/retention/settings',
    expect: 'no-leak',
  },
  'PUT /api/v1/admin/retention/settings': {
    as: 'admin',
    path: () => '/api/v1/admin/retention/settings',
    body: () => ({ retentionMonths: 1 }),
    expect: 'no-leak',
  },
  'GET /api/v1/admin/retention/preview': {
    as: 'admin',
    path: () => '/api/v1/admin/retention/preview',
    expect: 'no-leak',
  },
  'POST /api/v1/admin/retention/run': { as: 'admin', path: () => '/api/v1/admin/retention/run', expect: 'no-leak' },
  'GET /api/v1/referrals': { as: 'coordinator', path: () => '/api/v1/referrals', expect: 'no-leak' },
  'GET /api/v1/referrals.csv': { as: 'coordinator', path: () => '/api/v1/referrals.csv', expect: 'no-leak' },
  'POST /api/v1/referrals': {
    as: 'coordinator',
    path: () => '/api/v1/referrals',
    body: (i) => ({
      referrerService: 'S',
      reason: 'R',
      personAgreed: true,
      householdId: i.household,
      programId: i.program,
    }),
    expect: 'no-leak',
  },
  'GET /api/v1/referrals/{id}': { as: 'coordinator', path: (i) => `/api/v1/referrals/${i.referral}`, expect: '404' },
  'POST /api/v1/referrals/{id}/accept': {
    as: 'coordinator',
    path: (i) => `/api/v1/referrals/${i.referral}/accept`,
    body: (i) => ({ programId: i.program, primaryWorkerId: i.user, accompanimentType: 'case_management' }),
    expect: '404',
  },
  'POST /api/v1/referrals/{id}/decline': {
    as: 'coordinator',
    path: (i) => `/api/v1/referrals/${i.referral}/decline`,
    body: () => ({ reason: 'other' }),
    expect: '404',
  },
  'POST /api/v1/referrals/{id}/withdraw': {
    as: 'coordinator',
    path: (i) => `/api/v1/referrals/${i.referral}/withdraw`,
    body: () => ({}),
    expect: '404',
  },
  'GET /api/v1/caseload': { as: 'coordinator', path: (i) => `/api/v1/caseload?workerId=${i.user}`, expect: 'no-leak' },
  'GET /api/v1/caseload.csv': {
    as: 'coordinator',
    path: (i) => `/api/v1/caseload.csv?workerId=${i.user}`,
    expect: 'no-leak',
  },
  'GET /api/v1/cases.csv': {
    as: 'coordinator',
    path: (i) => `/api/v1/cases.csv?householdId=${i.household}&programId=${i.program}`,
    expect: 'no-leak',
  },
  'GET /api/v1/cases': {
    as: 'coordinator',
    path: (i) => `/api/v1/cases?householdId=${i.household}&programId=${i.program}`,
    expect: 'no-leak',
  },
  'GET /api/v1/cases/{id}': { as: 'coordinator', path: (i) => `/api/v1/cases/${i.case}`, expect: '404' },
  'POST /api/v1/cases/{id}/transitions': {
    as: 'coordinator',
    path: (i) => `/api/v1/cases/${i.case}/transitions`,
    body: () => ({ to: 'assessment' }),
    expect: '404',
  },
  'POST /api/v1/cases/{id}/assignment': {
    as: 'coordinator',
    path: (i) => `/api/v1/cases/${i.case}/assignment`,
    body: (i) => ({ primaryWorkerId: i.user, reason: 'take over' }),
    expect: '404',
  },
  'PUT /api/v1/cases/{id}/co-workers': {
    as: 'coordinator',
    path: (i) => `/api/v1/cases/${i.case}/co-workers`,
    body: () => ({ userIds: [] }),
    expect: '404',
  },
  'GET /api/v1/cases/{id}/timeline': {
    as: 'coordinator',
    path: (i) => `/api/v1/cases/${i.case}/timeline`,
    expect: '404',
  },
  'GET /api/v1/reports/activity': {
    as: 'coordinator',
    path: (i) => `/api/v1/reports/activity?from=2000-01-01&to=2100-12-31&programId=${i.program}`,
    expect: 'no-leak',
  },
  'GET /api/v1/reports/activity.csv': {
    as: 'coordinator',
    path: () => '/api/v1/reports/activity.csv?from=2000-01-01&to=2100-12-31',
    expect: 'no-leak',
  },
  'GET /api/v1/reports/team': { as: 'coordinator', path: () => '/api/v1/reports/team', expect: 'no-leak' },
  'GET /api/v1/reports/settings': { as: 'coordinator', path: () => '/api/v1/reports/settings', expect: 'no-leak' },
  'PUT /api/v1/reports/settings': {
    as: 'admin',
    path: () => '/api/v1/reports/settings',
    body: () => ({ timeZone: 'Europe/Brussels' }),
    expect: 'no-leak',
  },
  'GET /api/v1/reports/team.csv': { as: 'coordinator', path: () => '/api/v1/reports/team.csv', expect: 'no-leak' },
  'POST /api/v1/cases/{id}/contacts': {
    as: 'coordinator',
    path: (i) => `/api/v1/cases/${i.case}/contacts`,
    body: () => ({ occurredAt: justNow(), type: 'phone' }),
    expect: '404',
  },
  'GET /api/v1/cases/{id}/contacts': {
    as: 'coordinator',
    path: (i) => `/api/v1/cases/${i.case}/contacts`,
    expect: '404',
  },
  'GET /api/v1/cases/{id}/contacts.csv': {
    as: 'coordinator',
    path: (i) => `/api/v1/cases/${i.case}/contacts.csv`,
    expect: '404',
  },
  'GET /api/v1/assessment-instruments': {
    as: 'coordinator',
    path: () => '/api/v1/assessment-instruments',
    expect: 'no-leak',
  },
  'POST /api/v1/cases/{id}/assessments': {
    as: 'coordinator',
    path: (i) => `/api/v1/cases/${i.case}/assessments`,
    body: (i) => ({ instrumentId: i.program, assessedAt: soon, scores: [{ domain: 'finances', score: 3 }] }),
    expect: '404',
  },
  'GET /api/v1/cases/{id}/assessments': {
    as: 'coordinator',
    path: (i) => `/api/v1/cases/${i.case}/assessments`,
    expect: '404',
  },
  'GET /api/v1/cases/{id}/assessments/progress': {
    as: 'coordinator',
    path: (i) => `/api/v1/cases/${i.case}/assessments/progress`,
    expect: '404',
  },
  'POST /api/v1/cases/{id}/aid': {
    as: 'coordinator',
    path: (i) => `/api/v1/cases/${i.case}/aid`,
    body: () => ({ kind: 'food', nature: 'material', grantedOn: '2026-01-01' }),
    expect: '404',
  },
  'GET /api/v1/cases/{id}/aid': { as: 'coordinator', path: (i) => `/api/v1/cases/${i.case}/aid`, expect: '404' },
  'GET /api/v1/cases/{id}/aid/total': {
    as: 'coordinator',
    path: (i) => `/api/v1/cases/${i.case}/aid/total`,
    expect: '404',
  },
  'POST /api/v1/inquiries': {
    as: 'coordinator',
    path: () => '/api/v1/inquiries',
    body: (i) => ({
      channel: 'phone',
      topic: 'T',
      outcome: 'referral_created',
      referralId: i.referral,
      siteId: i.site,
      receivedAt: soon,
    }),
    expect: 'no-leak',
  },
  'GET /api/v1/inquiries': { as: 'coordinator', path: () => '/api/v1/inquiries', expect: 'no-leak' },
  'GET /api/v1/inquiries.csv': { as: 'coordinator', path: () => '/api/v1/inquiries.csv', expect: 'no-leak' },
  'GET /api/v1/cost-catalogue': {
    as: 'coordinator',
    path: () => '/api/v1/cost-catalogue?includeInactive=true',
    expect: 'no-leak',
  },
  'POST /api/v1/cost-catalogue': {
    as: 'admin',
    path: () => '/api/v1/cost-catalogue',
    body: () => ({
      code: 'intruder',
      labels: { fr: 'x', nl: 'x', en: 'x' },
      category: 'other',
      unit: 'event',
      firstPrice: { validFrom: '2020-01-01', unitPriceCents: 100 },
    }),
    expect: 'no-leak',
  },
  'PATCH /api/v1/cost-catalogue/{id}': {
    as: 'admin',
    path: (i) => `/api/v1/cost-catalogue/${i.catalogueItem}`,
    body: () => ({ active: false }),
    expect: '404',
  },
  'POST /api/v1/cost-catalogue/{id}/prices': {
    as: 'admin',
    path: (i) => `/api/v1/cost-catalogue/${i.catalogueItem}/prices`,
    body: () => ({ validFrom: '2099-01-01', unitPriceCents: 1 }),
    expect: '404',
  },
  'GET /api/v1/cases/{id}/plan': { as: 'coordinator', path: (i) => `/api/v1/cases/${i.case}/plan`, expect: '404' },
  'POST /api/v1/cases/{id}/plan': {
    as: 'coordinator',
    path: (i) => `/api/v1/cases/${i.case}/plan`,
    body: () => ({}),
    expect: '404',
  },
  'PATCH /api/v1/cases/{id}/plan': {
    as: 'coordinator',
    path: (i) => `/api/v1/cases/${i.case}/plan`,
    body: () => ({ goals: [] }),
    expect: '404',
  },
  'POST /api/v1/cases/{id}/plan/transitions': {
    as: 'coordinator',
    path: (i) => `/api/v1/cases/${i.case}/plan/transitions`,
    body: () => ({ to: 'active' }),
    expect: '404',
  },
  'GET /api/v1/cases/{id}/plan/versions': {
    as: 'coordinator',
    path: (i) => `/api/v1/cases/${i.case}/plan/versions`,
    expect: '404',
  },
  'GET /api/v1/breakthroughs/awaiting-approval': {
    as: 'coordinator',
    path: () => '/api/v1/breakthroughs/awaiting-approval',
    expect: 'no-leak',
  },
  'GET /api/v1/cases/{id}/breakthroughs': {
    as: 'coordinator',
    path: (i) => `/api/v1/cases/${i.case}/breakthroughs`,
    expect: '404',
  },
  'POST /api/v1/cases/{id}/breakthroughs': {
    as: 'coordinator',
    path: (i) => `/api/v1/cases/${i.case}/breakthroughs`,
    body: () => ({ title: 'T', domain: 'housing', category: 'other', responsible: 'R' }),
    expect: '404',
  },
  'GET /api/v1/breakthroughs/{id}': {
    as: 'coordinator',
    path: (i) => `/api/v1/breakthroughs/${i.breakthrough}`,
    expect: '404',
  },
  'PATCH /api/v1/breakthroughs/{id}': {
    as: 'coordinator',
    path: (i) => `/api/v1/breakthroughs/${i.breakthrough}`,
    body: () => ({ title: 'Hijacked' }),
    expect: '404',
  },
  'PUT /api/v1/breakthroughs/{id}/scenario': {
    as: 'coordinator',
    path: (i) => `/api/v1/breakthroughs/${i.breakthrough}/scenario`,
    body: scenario,
    expect: '404',
  },
  'POST /api/v1/breakthroughs/{id}/transitions': {
    as: 'coordinator',
    path: (i) => `/api/v1/breakthroughs/${i.breakthrough}/transitions`,
    body: () => ({ to: 'approved', comment: 'ok' }),
    expect: '404',
  },
  'GET /api/v1/avoided-costs/summary': {
    as: 'coordinator',
    path: (i) => `/api/v1/avoided-costs/summary?from=2000-01-01&to=2100-12-31&programId=${i.program}`,
    expect: 'no-leak',
  },
  'GET /api/v1/avoided-costs/dashboard': {
    as: 'coordinator',
    // At most 120 months: the dashboard always splits the period by month.
    path: (i) => `/api/v1/avoided-costs/dashboard?from=2020-01-01&to=2029-12-31&programId=${i.program}`,
    expect: 'no-leak',
  },
  // Integrations (machine clients, webhooks, events, imports).
  'GET /api/v1/avoided-costs/summary.csv': {
    as: 'coordinator',
    path: (i) => `/api/v1/avoided-costs/summary.csv?groupBy=program&programId=${i.program}`,
    expect: 'no-leak',
  },
  'POST /api/v1/oauth/token': { as: 'admin', path: () => '/api/v1/oauth/token', expect: 'not-applicable' },
  // The attacker's own trail records the attacker's own requests, ids they typed themselves included (a
  // report filtered on the victim's program id answers nothing, but is recorded): the exports below look
  // at entries about files, where a victim id would be a real leak.
  'GET /api/v1/admin/audit': {
    as: 'admin',
    path: (i) => `/api/v1/admin/audit?entityType=household&entityId=${i.household}`,
    expect: 'no-leak',
  },
  'GET /api/v1/admin/audit.csv': {
    as: 'admin',
    path: () => '/api/v1/admin/audit.csv?entityType=household',
    expect: 'no-leak',
  },
  'GET /api/v1/admin/audit/verify': { as: 'admin', path: () => '/api/v1/admin/audit/verify', expect: 'no-leak' },
  'GET /api/v1/admin/audit/head': { as: 'admin', path: () => '/api/v1/admin/audit/head', expect: 'no-leak' },
  'GET /api/v1/households/{id}/access-log': {
    as: 'coordinator',
    path: (i) => `/api/v1/households/${i.household}/access-log`,
    expect: '404',
  },
  'GET /api/v1/admin/api-clients': { as: 'admin', path: () => '/api/v1/admin/api-clients', expect: 'no-leak' },
  'POST /api/v1/admin/api-clients': {
    as: 'admin',
    path: () => '/api/v1/admin/api-clients',
    body: () => ({ name: 'Intruder', scopes: ['cases:read'] }),
    expect: 'no-leak',
  },
  'GET /api/v1/admin/api-clients/{id}': {
    as: 'admin',
    path: (i) => `/api/v1/admin/api-clients/${i.apiClient}`,
    expect: '404',
  },
  'PATCH /api/v1/admin/api-clients/{id}': {
    as: 'admin',
    path: (i) => `/api/v1/admin/api-clients/${i.apiClient}`,
    body: () => ({ scopes: ['cases:read', 'households:read'] }),
    expect: '404',
  },
  'DELETE /api/v1/admin/api-clients/{id}': {
    as: 'admin',
    path: (i) => `/api/v1/admin/api-clients/${i.apiClient}`,
    expect: '404',
  },
  'POST /api/v1/admin/api-clients/{id}/rotate': {
    as: 'admin',
    path: (i) => `/api/v1/admin/api-clients/${i.apiClient}/rotate`,
    expect: '404',
  },
  'GET /api/v1/webhooks': { as: 'admin', path: () => '/api/v1/webhooks', expect: 'no-leak' },
  'POST /api/v1/webhooks': {
    as: 'admin',
    path: () => '/api/v1/webhooks',
    body: () => ({ url: 'https://127.0.0.1:1/intruder', eventTypes: ['case.closed'] }),
    expect: 'no-leak',
  },
  'GET /api/v1/webhooks/{id}': { as: 'admin', path: (i) => `/api/v1/webhooks/${i.webhook}`, expect: '404' },
  'PATCH /api/v1/webhooks/{id}': {
    as: 'admin',
    path: (i) => `/api/v1/webhooks/${i.webhook}`,
    body: () => ({ url: 'https://127.0.0.1:1/stolen' }),
    expect: '404',
  },
  'DELETE /api/v1/webhooks/{id}': { as: 'admin', path: (i) => `/api/v1/webhooks/${i.webhook}`, expect: '404' },
  'POST /api/v1/webhooks/{id}/rotate-secret': {
    as: 'admin',
    path: (i) => `/api/v1/webhooks/${i.webhook}/rotate-secret`,
    expect: '404',
  },
  'GET /api/v1/admin/webhook-deliveries': {
    as: 'admin',
    path: () => '/api/v1/admin/webhook-deliveries',
    expect: 'no-leak',
  },
  'POST /api/v1/admin/webhook-deliveries/{id}/retry': {
    as: 'admin',
    path: (i) => `/api/v1/admin/webhook-deliveries/${i.delivery}/retry`,
    expect: '404',
  },
  'GET /api/v1/events': { as: 'admin', path: () => '/api/v1/events', expect: 'no-leak' },
  'POST /api/v1/imports/households': {
    as: 'coordinator',
    path: () => '/api/v1/imports/households?dryRun=true',
    body: () => [{ members: [{ firstName: 'Vera', lastName: 'Victim', birthDate: '1980-01-01', role: 'applicant' }] }],
    expect: 'no-leak',
  },
  'POST /api/v1/imports/referrals': {
    as: 'coordinator',
    path: () => '/api/v1/imports/referrals?dryRun=true',
    body: (i) => [{ referrerService: 'X', reason: 'Y', personAgreed: true, householdId: i.household }],
    expect: 'no-leak',
  },
  'GET /api/v1/imports/{id}': { as: 'coordinator', path: (i) => `/api/v1/imports/${i.importJob}`, expect: '404' },
  'GET /api/v1/imports/{id}/report': {
    as: 'coordinator',
    path: (i) => `/api/v1/imports/${i.importJob}/report`,
    expect: '404',
  },
  'POST /api/v1/imports/{id}/cancel': {
    as: 'coordinator',
    path: (i) => `/api/v1/imports/${i.importJob}/cancel`,
    expect: '404',
  },
  'GET /api/v1/partner-services': { as: 'coordinator', path: () => '/api/v1/partner-services', expect: 'no-leak' },
  'POST /api/v1/admin/partner-services': {
    as: 'admin',
    path: () => '/api/v1/admin/partner-services',
    body: () => ({ name: 'Intruder housing office' }),
    expect: 'no-leak',
  },
  'PATCH /api/v1/admin/partner-services/{id}': {
    as: 'admin',
    path: (i) => `/api/v1/admin/partner-services/${i.partnerService}`,
    body: () => ({ active: false }),
    expect: '404',
  },
  'GET /api/v1/households/{id}/consents': {
    as: 'coordinator',
    path: (i) => `/api/v1/households/${i.household}/consents`,
    expect: '404',
  },
  'POST /api/v1/households/{id}/consents': {
    as: 'admin',
    path: (i) => `/api/v1/households/${i.household}/consents`,
    body: (i) => ({
      personId: i.person,
      purpose: 'referral',
      partnerServiceId: i.partnerService,
      legalBasis: 'consent',
    }),
    expect: '404',
  },
  'POST /api/v1/consents/{id}/withdraw': {
    as: 'coordinator',
    path: (i) => `/api/v1/consents/${i.consent}/withdraw`,
    body: () => ({ reason: 'intrusion' }),
    expect: '404',
  },
  'GET /api/v1/cases/{id}/involvements': {
    as: 'coordinator',
    path: (i) => `/api/v1/cases/${i.case}/involvements`,
    expect: '404',
  },
  'POST /api/v1/cases/{id}/involvements': {
    as: 'coordinator',
    path: (i) => `/api/v1/cases/${i.case}/involvements`,
    body: (i) => ({ partnerServiceId: i.partnerService, purpose: 'information_sharing' }),
    expect: '404',
  },
  'POST /api/v1/cases/{id}/involvements/{involvementId}/end': {
    as: 'coordinator',
    path: (i) => `/api/v1/cases/${i.case}/involvements/${i.involvement}/end`,
    body: () => ({ reason: 'intrusion' }),
    expect: '404',
  },
  'POST /api/v1/appointments': {
    as: 'coordinator',
    path: () => '/api/v1/appointments',
    body: (i) => ({
      with: 'household',
      caseId: i.case,
      memberIds: [i.person],
      place: 'office',
      startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      durationMinutes: 30,
    }),
    expect: '404',
  },
  'GET /api/v1/appointments': {
    as: 'coordinator',
    path: (i) => `/api/v1/appointments?caseId=${i.case}`,
    expect: '404',
  },
  'GET /api/v1/appointments/no-shows': {
    as: 'coordinator',
    path: () => '/api/v1/appointments/no-shows?from=2020-01-01T00:00:00Z&to=2100-01-01T00:00:00Z',
    expect: 'no-leak',
  },
  'GET /api/v1/appointments/{id}': {
    as: 'coordinator',
    path: (i) => `/api/v1/appointments/${i.appointment}`,
    expect: '404',
  },
  'PATCH /api/v1/appointments/{id}': {
    as: 'coordinator',
    path: (i) => `/api/v1/appointments/${i.appointment}`,
    body: () => ({ place: 'phone' }),
    expect: '404',
  },
  'POST /api/v1/appointments/{id}/transitions': {
    as: 'coordinator',
    path: (i) => `/api/v1/appointments/${i.appointment}/transitions`,
    body: () => ({ to: 'cancelled', reason: 'Intruder cancels' }),
    expect: '404',
  },
  'GET /api/v1/dev/outbox': { as: 'coordinator', path: () => '/api/v1/dev/outbox', expect: 'no-leak' },
  'POST /api/v1/cases/{id}/objectives': {
    as: 'coordinator',
    path: (i) => `/api/v1/cases/${i.case}/objectives`,
    body: () => ({ domain: 'housing', text: 'Intruder objective', dueOn: '2027-01-31' }),
    expect: '404',
  },
  'GET /api/v1/cases/{id}/objectives': {
    as: 'coordinator',
    path: (i) => `/api/v1/cases/${i.case}/objectives`,
    expect: '404',
  },
  'GET /api/v1/objectives/{id}': { as: 'coordinator', path: (i) => `/api/v1/objectives/${i.objective}`, expect: '404' },
  'PATCH /api/v1/objectives/{id}': {
    as: 'coordinator',
    path: (i) => `/api/v1/objectives/${i.objective}`,
    body: () => ({ dueOn: '2027-03-01' }),
    expect: '404',
  },
  'PUT /api/v1/objectives/{id}/agreement': {
    as: 'coordinator',
    path: (i) => `/api/v1/objectives/${i.objective}/agreement`,
    body: () => ({ agreedOn: '2026-01-05', method: 'oral' }),
    expect: '404',
  },
  'POST /api/v1/cases/{id}/objective-evaluations': {
    as: 'coordinator',
    path: (i) => `/api/v1/cases/${i.case}/objective-evaluations`,
    body: (i) => ({ evaluatedAt: soon, satisfaction: 1, outcomes: [{ objectiveId: i.objective, outcome: 'reached' }] }),
    expect: '404',
  },
  'GET /api/v1/cases/{id}/objective-evaluations': {
    as: 'coordinator',
    path: (i) => `/api/v1/cases/${i.case}/objective-evaluations`,
    expect: '404',
  },
  'POST /api/v1/tasks': {
    as: 'coordinator',
    path: () => '/api/v1/tasks',
    body: (i) => ({ title: 'Intruder task', dueAt: new Date(Date.now() + 86_400_000).toISOString(), caseId: i.case }),
    expect: '404',
  },
  'GET /api/v1/tasks': { as: 'coordinator', path: () => '/api/v1/tasks?scope=team', expect: 'no-leak' },
  'GET /api/v1/tasks/{id}': { as: 'coordinator', path: (i) => `/api/v1/tasks/${i.task}`, expect: '404' },
  'PATCH /api/v1/tasks/{id}': {
    as: 'coordinator',
    path: (i) => `/api/v1/tasks/${i.task}`,
    body: () => ({ status: 'cancelled' }),
    expect: '404',
  },
  'GET /api/v1/notifications': { as: 'case_worker', path: () => '/api/v1/notifications', expect: 'no-leak' },
  'GET /api/v1/notifications/unread-count': {
    as: 'case_worker',
    path: () => '/api/v1/notifications/unread-count',
    expect: 'no-leak',
  },
  'POST /api/v1/notifications/{id}/read': {
    as: 'case_worker',
    path: (i) => `/api/v1/notifications/${i.notification}/read`,
    expect: '404',
  },
  'POST /api/v1/notifications/read-all': {
    as: 'case_worker',
    path: () => '/api/v1/notifications/read-all',
    expect: 'no-leak',
  },
  // Corrections (decision 19): the record's id is unknown to another organisation.
  'GET /api/v1/contacts/{id}': { as: 'coordinator', path: (i) => `/api/v1/contacts/${i.contact}`, expect: '404' },
  'POST /api/v1/contacts/{id}/corrections': {
    as: 'coordinator',
    path: (i) => `/api/v1/contacts/${i.contact}/corrections`,
    body: () => ({ reason: 'Matrix correction', type: 'phone' }),
    expect: '404',
  },
  'POST /api/v1/contacts/{id}/void': {
    as: 'coordinator',
    path: (i) => `/api/v1/contacts/${i.contact}/void`,
    body: () => ({ reason: 'Matrix void' }),
    expect: '404',
  },
  'GET /api/v1/contacts/{id}/history': {
    as: 'coordinator',
    path: (i) => `/api/v1/contacts/${i.contact}/history`,
    expect: '404',
  },
  'GET /api/v1/aid/{id}': { as: 'coordinator', path: (i) => `/api/v1/aid/${i.aid}`, expect: '404' },
  'POST /api/v1/aid/{id}/corrections': {
    as: 'coordinator',
    path: (i) => `/api/v1/aid/${i.aid}/corrections`,
    body: () => ({ reason: 'Matrix correction', amountCents: 4200 }),
    expect: '404',
  },
  'POST /api/v1/aid/{id}/void': {
    as: 'coordinator',
    path: (i) => `/api/v1/aid/${i.aid}/void`,
    body: () => ({ reason: 'Matrix void' }),
    expect: '404',
  },
  'GET /api/v1/aid/{id}/history': { as: 'coordinator', path: (i) => `/api/v1/aid/${i.aid}/history`, expect: '404' },
  'POST /api/v1/appointments/{id}/corrections': {
    as: 'coordinator',
    path: (i) => `/api/v1/appointments/${i.appointment}/corrections`,
    body: () => ({ reason: 'Matrix correction', place: 'phone' }),
    expect: '404',
  },
  'POST /api/v1/appointments/{id}/void': {
    as: 'coordinator',
    path: (i) => `/api/v1/appointments/${i.appointment}/void`,
    body: () => ({ reason: 'Matrix void' }),
    expect: '404',
  },
  'GET /api/v1/appointments/{id}/history': {
    as: 'coordinator',
    path: (i) => `/api/v1/appointments/${i.appointment}/history`,
    expect: '404',
  },
  'POST /api/v1/cases/{id}/reopen': {
    as: 'coordinator',
    path: (i) => `/api/v1/cases/${i.case}/reopen`,
    body: () => ({ reason: 'Intruder reopens' }),
    expect: '404',
  },
  'GET /api/v1/case-settings': { as: 'admin', path: () => '/api/v1/case-settings', expect: 'no-leak' },
  'PUT /api/v1/case-settings': {
    as: 'admin',
    path: () => '/api/v1/case-settings',
    body: () => ({ reopenDays: 60 }),
    expect: 'no-leak',
  },
  'GET /api/v1/partner/cases': { as: 'partner', path: () => '/api/v1/partner/cases', expect: 'no-leak' },
  'GET /api/v1/partner/cases/{id}': { as: 'partner', path: (i) => `/api/v1/partner/cases/${i.case}`, expect: '404' },
  // Partner updates (issue 18.7).
  'GET /api/v1/partner/cases/{id}/updates': {
    as: 'partner',
    path: (i) => `/api/v1/partner/cases/${i.case}/updates`,
    expect: '404',
  },
  'POST /api/v1/partner/cases/{id}/updates': {
    as: 'partner',
    path: (i) => `/api/v1/partner/cases/${i.case}/updates`,
    body: () => ({ done: 'Matrix partner update' }),
    expect: '404',
  },
};

type TestContext = Awaited<ReturnType<typeof startTestApp>>;

/** Every free-text and name field of the seeded household's file. */
const MARKED_FIELDS = [
  'firstName',
  'lastName',
  'childFirstName',
  'childLastName',
  'phone',
  'email',
  'address',
  'newAddress',
  'postalCode',
  'municipality',
  'problemNote',
  'referrerService',
  'referrerContact',
  'reason',
  'decisionNote',
  'transitionNote',
  'goal',
  'deadlock',
  'breakthroughTitle',
  'breakthroughResponsible',
  'contactParticipants',
  'contactNotes',
  'assessmentNote',
  'aidNote',
  'consentEvidence',
  'withdrawalReason',
  'involvementNote',
  'involvementEndReason',
  'inquiryTopic',
  'inquiryRoutedTo',
  'objectiveText',
  'objectiveAction',
  'objectiveOutcomeNote',
  'evaluationNote',
] as const;
export type MarkedField = (typeof MARKED_FIELDS)[number];

/**
 * A unique marker per field (`MRK-<field>-<random>`, an e-mail address for the e-mail), so an answer
 * that shows any of them names the field that leaked.
 */
function fileMarkers(): Record<MarkedField, string> {
  const random = () => randomBytes(4).toString('hex');
  const markers = Object.fromEntries(MARKED_FIELDS.map((field) => [field, `MRK-${field}-${random()}`]));
  // Short fields: the postal code holds 20 characters, the phone 40.
  markers.postalCode = `MRK-pc-${random()}`;
  markers.email = `mrk-email-${random()}@example.test`;
  return markers as Record<MarkedField, string>;
}

/**
 * An organisation's data reaching every operation: program, referral accepted into a case of its
 * case worker, household, plan, breakthrough, contact, machine client, webhook with a queued
 * delivery, partner service involved under consent (its partner account, when the organisation has
 * one, is linked to it).
 */
export async function seedOperationsData(ctx: TestContext, victim: Awaited<ReturnType<typeof createTestOrganisation>>) {
  const m = fileMarkers();
  const admin = (await signIn(ctx.app, victim.byRole.admin.email)).headers;
  const coordinator = (await signIn(ctx.app, victim.byRole.coordinator.email)).headers;
  const call = async (headers: object, method: Method, url: string, payload?: object, extra: object = {}) => {
    const response = await ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...headers, ...extra },
      ...(payload ? { payload } : {}),
    });
    expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
    return response.json();
  };
  const program = (
    await insertProgram(ctx.database, victim.organisationId, { method: 'breakthrough', name: 'Victim program' })
  ).id;
  // A machine client and a webhook (on this machine, refusing connections) with a delivery queued.
  const apiClient = await call(admin, 'POST', '/admin/api-clients', {
    name: 'Victim register',
    scopes: ['cases:read'],
  });
  const webhook = await call(admin, 'POST', '/webhooks', {
    url: 'https://127.0.0.1:1/victim',
    eventTypes: ['referral.created'],
  });
  const referral = await call(coordinator, 'POST', '/referrals', {
    referrerService: `Victim service ${m.referrerService}`,
    referrerContact: m.referrerContact,
    reason: `Victim reason ${m.reason}`,
    personAgreed: true,
    household: {
      address: `1 victim street ${m.address}`,
      postalCode: m.postalCode,
      municipality: m.municipality,
      problems: [{ domain: 'housing', severity: 'high', note: m.problemNote }],
      members: [
        {
          firstName: `Vera ${m.firstName}`,
          lastName: `Victim ${m.lastName}`,
          birthDate: '1980-01-01',
          role: 'applicant',
          phone: m.phone,
          email: m.email,
        },
        { firstName: m.childFirstName, lastName: m.childLastName, role: 'child' },
      ],
    },
  });
  const accepted = await call(coordinator, 'POST', `/referrals/${referral.id}/accept`, {
    programId: program,
    primaryWorkerId: victim.byRole.case_worker.id,
    accompanimentType: 'case_management',
    eligibility: { real_request: true },
    note: m.decisionNote,
  });
  const caseId = accepted.case.id;
  await call(
    coordinator,
    'POST',
    `/cases/${caseId}/transitions`,
    { to: 'assessment', note: m.transitionNote },
    { 'if-match': `"${accepted.case.version}"` },
  );
  const household = await call(coordinator, 'GET', `/households/${referral.household.id}`);
  // A change of file content, so the audit trail holds content values (before/after) to protect.
  await call(
    coordinator,
    'PATCH',
    `/households/${household.id}`,
    { address: `1 victim street, flat 2 ${m.newAddress}` },
    {
      'if-match': `"${household.version}"`,
    },
  );
  // Referrals of this household that the admin and the partner sent (straight in the database: today
  // they may refer new households only), accepted with a note that opened the case's timeline: their
  // lists must not name the household nor show the note.
  await inTenant(ctx.database.db, { organisationId: victim.organisationId }, async (tx) => {
    for (const sender of [victim.byRole.admin, victim.byRole.partner]) {
      if (!sender) continue;
      await tx.insert(referrals).values({
        organisationId: victim.organisationId,
        referrerService: 'Sent earlier',
        reason: 'Sent earlier',
        personAgreed: true,
        householdId: household.id,
        createdBy: sender.id,
        status: 'accepted',
        caseId,
        decisionNote: m.decisionNote,
        decidedAt: sql`now()`,
        decidedBy: victim.byRole.coordinator.id,
      });
    }
  });
  const catalogue = await call(coordinator, 'GET', '/cost-catalogue');
  await call(coordinator, 'POST', `/cases/${caseId}/plan`, {
    goals: [{ domain: 'housing', text: `Victim goal ${m.goal}` }],
    deadlocks: [{ kind: 'other', description: m.deadlock }],
  });
  const breakthrough = await call(coordinator, 'POST', `/cases/${caseId}/breakthroughs`, {
    title: `Victim breakthrough ${m.breakthroughTitle}`,
    domain: 'housing',
    category: 'other',
    responsible: m.breakthroughResponsible,
  });
  const contact = await call(coordinator, 'POST', `/cases/${caseId}/contacts`, {
    occurredAt: justNow(),
    type: 'home_visit',
    participants: m.contactParticipants,
    notes: `Victim notes ${m.contactNotes}`,
  });
  const instrument = (await call(coordinator, 'GET', '/assessment-instruments')).items[0];
  await call(coordinator, 'POST', `/cases/${caseId}/assessments`, {
    instrumentId: instrument.id,
    assessedAt: soon,
    scores: [{ domain: instrument.domains[0].code, score: 2 }],
    note: m.assessmentNote,
  });
  const aid = await call(coordinator, 'POST', `/cases/${caseId}/aid`, {
    kind: 'food',
    nature: 'material',
    grantedOn: '2026-01-01',
    note: m.aidNote,
  });
  // An objective agreed with the person, evaluated as partly reached, then carried over by a re-assessment:
  // the case is back in the assessment stage, round 2, its objective text, action and notes in the file.
  const stepTo = async (to: string) => {
    const current = await call(coordinator, 'GET', `/cases/${caseId}`);
    await call(coordinator, 'POST', `/cases/${caseId}/transitions`, { to }, { 'if-match': `"${current.version}"` });
  };
  await stepTo('planning');
  const objective = await call(coordinator, 'POST', `/cases/${caseId}/objectives`, {
    domain: 'housing',
    text: `Victim objective ${m.objectiveText}`,
    actions: [{ description: m.objectiveAction, by: 'person' }],
    dueOn: '2027-01-31',
  });
  await call(
    coordinator,
    'PUT',
    `/objectives/${objective.id}/agreement`,
    { agreedOn: '2026-01-05', method: 'signed' },
    { 'if-match': `"${objective.version}"` },
  );
  await stepTo('monitoring');
  await stepTo('evaluation');
  await call(coordinator, 'POST', `/cases/${caseId}/objective-evaluations`, {
    evaluatedAt: justNow(),
    satisfaction: 3,
    note: m.evaluationNote,
    outcomes: [{ objectiveId: objective.id, outcome: 'partly', note: m.objectiveOutcomeNote }],
  });
  await stepTo('assessment');
  const site = (await call(admin, 'GET', '/admin/sites')).items[0].id;
  const hold = await call(coordinator, 'POST', `/households/${household.id}/legal-holds`, { reason: 'Victim hold' });
  // A partner service involved in the case under consent (its partner account, if any, sees the
  // case), and a second consent and involvement that the operations withdraw and end.
  const partnerService = await call(admin, 'POST', '/admin/partner-services', { name: 'Victim partner service' });
  for (const purpose of ['information_sharing', 'referral', 'case_support']) {
    await call(coordinator, 'POST', `/households/${household.id}/consents`, {
      personId: household.members[0].id,
      purpose,
      partnerServiceId: partnerService.id,
      legalBasis: 'consent',
      evidenceNote: m.consentEvidence,
    });
    await call(coordinator, 'POST', `/cases/${caseId}/involvements`, {
      partnerServiceId: partnerService.id,
      purpose,
      note: m.involvementNote,
    });
  }
  // A withdrawn consent and an ended involvement, so their free text is in the file too.
  const register = (await call(coordinator, 'GET', `/households/${household.id}/consents`)).items;
  const supportConsent = register.find((line: { purpose: string }) => line.purpose === 'case_support');
  await call(coordinator, 'POST', `/consents/${supportConsent.id}/withdraw`, { reason: m.withdrawalReason });
  const supportInvolvement = (await call(coordinator, 'GET', `/cases/${caseId}/involvements`)).items.find(
    (line: { purpose: string }) => line.purpose === 'case_support',
  );
  await call(coordinator, 'POST', `/cases/${caseId}/involvements/${supportInvolvement.id}/end`, {
    reason: m.involvementEndReason,
  });
  // The help-desk inquiry that led to the referral: its topic belongs to the file.
  await call(coordinator, 'POST', '/inquiries', {
    channel: 'phone',
    topic: m.inquiryTopic,
    routedTo: m.inquiryRoutedTo,
    outcome: 'referral_created',
    referralId: referral.id,
    receivedAt: soon,
  });
  const consent = (await call(coordinator, 'GET', `/households/${household.id}/consents`)).items.find(
    (line: { purpose: string }) => line.purpose === 'referral',
  );
  const involvement = (await call(coordinator, 'GET', `/cases/${caseId}/involvements`)).items.find(
    (line: { purpose: string }) => line.purpose === 'referral',
  );
  if (victim.byRole.partner) {
    await call(admin, 'PATCH', `/admin/users/${victim.byRole.partner.id}`, { partnerServiceId: partnerService.id });
  }
  // An import job (a dry run) of the coordinator's: its uploader alone reads it.
  const importJob = await call(coordinator, 'POST', '/imports/households?dryRun=true', [
    { members: [{ firstName: 'Vera', lastName: 'Victim', birthDate: '1980-01-01', role: 'applicant' }] },
  ]);
  // An appointment with the applicant, whose reminder (by SMS, agreed) the local sink has kept: the
  // agenda names members, the outbox holds the phone number. Its note carries the contact notes' marker.
  const appointment = await call(coordinator, 'POST', '/appointments', {
    with: 'household',
    caseId,
    memberIds: [household.members[0].id],
    place: 'home_visit',
    startsAt: new Date(Date.now() + 86_400_000).toISOString(),
    durationMinutes: 60,
    note: `Victim appointment ${m.contactNotes}`,
    reminder: { personId: household.members[0].id, channel: 'sms', language: 'fr', agreed: true },
  });
  await ctx.app.reminders.runDueReminders();
  // A task the coordinator gives the case worker on the case (its title carries the contact notes'
  // marker), and the notification that tells the case worker of it.
  const task = await call(coordinator, 'POST', '/tasks', {
    title: `Victim task ${m.contactNotes}`,
    dueAt: new Date(Date.now() + 86_400_000).toISOString(),
    caseId,
    ownerId: victim.byRole.case_worker.id,
  });
  const caseWorker = (await signIn(ctx.app, victim.byRole.case_worker.email)).headers;
  const notification = (await call(caseWorker, 'GET', '/notifications')).items[0];
  const ids: Ids = {
    site,
    user: victim.byRole.case_worker.id,
    program,
    household: household.id,
    person: household.members[0].id,
    referral: referral.id,
    case: caseId,
    catalogueItem: catalogue.items[0].id,
    breakthrough: breakthrough.id,
    apiClient: apiClient.clientId,
    webhook: webhook.subscription.id,
    delivery: (await call(admin, 'GET', '/admin/webhook-deliveries')).items[0].id,
    hold: hold.id,
    partnerService: partnerService.id,
    consent: consent.id,
    involvement: involvement.id,
    importJob: importJob.id,
    appointment: appointment.id,
    objective: objective.id,
    task: task.id,
    notification: notification.id,
    contact: contact.id,
    aid: aid.id,
  };
  return { ids, household, markers: m };
}
