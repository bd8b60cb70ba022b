import type { Role } from '@percee/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { insertCase, insertProgram } from '../../../test/fixtures.js';
import { auditLog } from '../../db/schema.js';
import { inTenant } from '../../db/tenant.js';

type Session = Awaited<ReturnType<typeof signIn>>;
const ROLES: Role[] = ['admin', 'coordinator', 'case_worker', 'partner', 'analyst'];
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Every list and report can be exported (issue 5): one CSV per list, with the list's filters and rules. */
describe('CSV exports of the lists and reports', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  const sessions = {} as Record<Role, Session>;
  let mine: string;
  let theirs: string;

  beforeAll(async () => {
    ctx = await startTestApp();
    org = await createTestOrganisation(ctx.database, 'Exports', ROLES);
    const colleague = await createTestOrganisation(ctx.database, 'Elsewhere', ['coordinator']);
    for (const role of ROLES) sessions[role] = await signIn(ctx.app, org.byRole[role].email);
    const program = await insertProgram(ctx.database, org.organisationId, { name: 'Coaching', method: 'breakthrough' });
    mine = (
      await insertCase(ctx.database, org.organisationId, {
        programId: program.id,
        primaryWorkerId: org.byRole.case_worker.id,
        stage: 'planning',
        lastName: '=Formula',
        // Before its contact of an hour ago (a contact before the case opened is refused).
        openedAt: new Date(Date.now() - 86_400_000).toISOString(),
      })
    ).case.id;
    theirs = (
      await insertCase(ctx.database, org.organisationId, {
        programId: program.id,
        primaryWorkerId: org.byRole.coordinator.id,
        stage: 'intake',
        lastName: 'Dubois',
      })
    ).case.id;
    const foreignProgram = await insertProgram(ctx.database, colleague.organisationId);
    await insertCase(ctx.database, colleague.organisationId, {
      programId: foreignProgram.id,
      primaryWorkerId: colleague.byRole.coordinator.id,
      lastName: 'Foreigner',
    });
    const contact = await call('case_worker', `/cases/${mine}/contacts`, 'POST', {
      occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
      type: 'home_visit',
      durationMinutes: 45,
      notes: '@SUM(A1) talked about the rent; "arrears"',
    });
    expect(contact.statusCode, contact.body).toBe(201);
    const referral = await call('partner', '/referrals', 'POST', {
      referrerService: 'CPAS Nord',
      reason: 'Eviction notice',
      personAgreed: true,
      programId: program.id,
      household: { members: [{ firstName: 'Nora', lastName: 'Referred', role: 'applicant' }] },
    });
    expect(referral.statusCode, referral.body).toBe(201);
    for (const [channel, outcome] of [
      ['phone', 'information_given'],
      ['walk_in', 'routed_to_service'],
    ]) {
      const logged = await call('case_worker', '/inquiries', 'POST', {
        channel,
        topic: 'Energy bill',
        outcome,
        receivedAt: '2025-03-03T09:15:00Z',
        siteId: org.headOfficeId,
      });
      expect(logged.statusCode, logged.body).toBe(201);
    }
  });
  afterAll(() => ctx.close());

  function call(role: Role, url: string, method: 'GET' | 'POST' = 'GET', payload?: object) {
    return ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: sessions[role].headers,
      ...(payload ? { payload } : {}),
    });
  }

  async function csv(role: Role, url: string) {
    const response = await call(role, url);
    expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename=".+\.csv"$/);
    expect(response.rawPayload.subarray(0, 3)).toEqual(BOM);
    return response.body.slice(1).split('\r\n').filter(Boolean);
  }

  const statusOf = async (role: Role, url: string) => (await call(role, url)).statusCode;

  async function audited(action: string) {
    return inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.organisationId, org.organisationId), eq(auditLog.action, action))),
    );
  }

  it('exports the case list with its filters, for the roles that see cases, and audits it', async () => {
    const all = await csv('coordinator', '/cases.csv');
    expect(all[0]).toBe(
      'household_reference;household;program;primary_worker;accompaniment_type;stage;opened_at;closed_at;closure_reason;last_contact_at;contact_due_at;overdue',
    );
    expect(all).toHaveLength(3);
    expect(all.join('\n')).toContain(';Léa =Formula;Coaching;case_worker of Exports;case_management;planning;');
    // Other organisations never show.
    expect(all.join('\n')).not.toContain('Foreigner');
    const planning = await csv('coordinator', '/cases.csv?stage=planning&delimiter=comma');
    expect(planning).toHaveLength(2);
    expect(planning[1]).toContain(',planning,');
    expect(planning[1]?.endsWith(',false')).toBe(true);
    // A case worker exports the cases they work on, like the list.
    const own = await csv('case_worker', '/cases.csv');
    expect(own).toHaveLength(2);
    expect(own[1]).toContain('=Formula');
    for (const role of ['partner', 'analyst'] as const) expect(await statusOf(role, '/cases.csv'), role).toBe(403);
    expect(await statusOf('coordinator', '/cases.csv?stage=nowhere')).toBe(400);
    expect(await statusOf('coordinator', '/cases.csv?delimiter=tab')).toBe(400);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/cases.csv' })).statusCode).toBe(401);
    const audit = await audited('case.export');
    expect(audit.map((row) => row.changes)).toEqual(expect.arrayContaining([{ rows: 2 }, { rows: 1 }]));
  });

  it('exports a caseload, a coordinator may export another worker’s', async () => {
    const own = await csv('case_worker', '/caseload.csv');
    expect(own[0]).toContain(';overdue;days_until_due;next_planned_contact_at;pending_actions');
    expect(own).toHaveLength(2);
    const other = await csv('coordinator', `/caseload.csv?workerId=${org.byRole.case_worker.id}`);
    expect(other.slice(1)).toEqual(own.slice(1));
    expect(await csv('case_worker', '/caseload.csv?stage=intake')).toHaveLength(1);
    expect(await csv('case_worker', '/caseload.csv?stage=planning')).toHaveLength(2);
    expect(await statusOf('case_worker', `/caseload.csv?workerId=${org.byRole.coordinator.id}`)).toBe(403);
    for (const role of ['partner', 'analyst'] as const) expect(await statusOf(role, '/caseload.csv'), role).toBe(403);
    expect((await audited('caseload.export')).length).toBeGreaterThanOrEqual(2);
  });

  it('exports referrals: the whole inbox for coordinators, their own for partners', async () => {
    const inbox = await csv('coordinator', '/referrals.csv');
    expect(inbox[0]).toBe(
      'received_at;status;household_reference;household;referrer_service;referrer_contact;reason;person_agreed;program;decided_at;decline_reason;decision_note',
    );
    expect(inbox).toHaveLength(2);
    expect(inbox[1]).toContain(';new;');
    expect(inbox[1]).toContain(';Nora Referred;CPAS Nord;;Eviction notice;true;Coaching;');
    // The partner sent it, but does not read household files: same line without the household's name.
    expect(await csv('partner', '/referrals.csv')).toEqual([inbox[0], inbox[1]?.replace(';Nora Referred;', ';;')]);
    expect(await csv('case_worker', '/referrals.csv')).toHaveLength(1);
    expect(await csv('coordinator', '/referrals.csv?status=declined')).toHaveLength(1);
    expect(await statusOf('analyst', '/referrals.csv')).toBe(403);
    expect((await audited('referral.export')).length).toBeGreaterThanOrEqual(4);
  });

  it('exports the contact journal of a case, notes included, to those who may read it', async () => {
    const journal = await csv('case_worker', `/cases/${mine}/contacts.csv`);
    expect(journal[0]).toBe(
      'household_reference;occurred_at;type;duration_minutes;participants;notes;next_planned_at;recorded_by',
    );
    expect(journal).toHaveLength(2);
    expect(journal[1]).toContain(
      `;home_visit;45;;"'@SUM(A1) talked about the rent; ""arrears""";;case_worker of Exports`,
    );
    expect(await csv('coordinator', `/cases/${mine}/contacts.csv`)).toEqual(journal);
    // A case the worker is not on is as unknown as a made-up one.
    expect(await statusOf('case_worker', `/cases/${theirs}/contacts.csv`)).toBe(404);
    expect(await statusOf('coordinator', '/cases/00000000-0000-4000-8000-000000000000/contacts.csv')).toBe(404);
    expect(await statusOf('coordinator', '/cases/not-an-id/contacts.csv')).toBe(400);
    for (const role of ['partner', 'analyst'] as const) {
      expect(await statusOf(role, `/cases/${mine}/contacts.csv`), role).toBe(403);
    }
    const audit = await audited('contact.export');
    expect(audit.filter((row) => row.entityId === mine).length).toBeGreaterThanOrEqual(2);
  });

  it('exports the help-desk log with its filters for the reception roles', async () => {
    const log = await csv('case_worker', '/inquiries.csv');
    expect(log[0]).toBe('received_at;channel;topic;outcome;routed_to;referral_id;site');
    expect(log).toHaveLength(3);
    expect(log[1]).toContain(';Energy bill;');
    expect(log[1]).toContain(';Exports HQ');
    const phone = await csv('coordinator', '/inquiries.csv?channel=phone');
    expect(phone).toHaveLength(2);
    expect(phone[1]).toContain(';phone;Energy bill;information_given;');
    expect(await csv('admin', '/inquiries.csv?outcome=routed_to_service')).toHaveLength(2);
    expect(await csv('admin', '/inquiries.csv?from=2025-03-04T00:00:00Z')).toHaveLength(1);
    expect(await statusOf('admin', '/inquiries.csv?from=2025-03-04T00:00:00Z&to=2025-03-01T00:00:00Z')).toBe(400);
    // The list takes the same filters.
    const listed = await call('case_worker', '/inquiries?outcome=routed_to_service');
    expect(listed.json().items).toHaveLength(1);
    for (const role of ['partner', 'analyst'] as const) expect(await statusOf(role, '/inquiries.csv'), role).toBe(403);
    expect((await audited('inquiry.export')).length).toBeGreaterThanOrEqual(4);
  });

  it('exports the team dashboard for coordinators and admins', async () => {
    const team = await csv('coordinator', '/reports/team.csv');
    expect(team[0]).toBe('section;figure;key;value');
    expect(team).toContain('totals;referralsWaiting;;1');
    expect(team).toContain('workers;openCases;case_worker of Exports;1');
    expect(team).toContain('stageFunnel;openCases;planning;1');
    expect(await csv('admin', '/reports/team.csv')).toEqual(team);
    for (const role of ['case_worker', 'partner', 'analyst'] as const) {
      expect(await statusOf(role, '/reports/team.csv'), role).toBe(403);
    }
    expect((await audited('report.export')).length).toBeGreaterThanOrEqual(2);
  });

  it('exports the avoided-cost summary, total then groups, for the readers of the figures', async () => {
    const summary = await csv('analyst', '/avoided-costs/summary.csv?groupBy=program');
    expect(summary[0]).toBe(
      'group;label;households_followed;households_with_plan;households_with_breakthrough;breakthroughs;gross_avoided_cents;intervention_cents;net_avoided_cents;return_per_euro_hundredths',
    );
    expect(summary[1]).toBe('total;total;2;0;0;0;0;0;0;');
    expect(summary[2]).toMatch(/^[0-9a-f-]{36};Coaching;2;0;0;0;0;0;0;$/);
    expect(await csv('coordinator', '/avoided-costs/summary.csv')).toHaveLength(2);
    expect(await statusOf('coordinator', '/avoided-costs/summary.csv?from=2025-02-01&to=2025-01-01')).toBe(400);
    for (const role of ['case_worker', 'partner'] as const) {
      expect(await statusOf(role, '/avoided-costs/summary.csv'), role).toBe(403);
    }
    // Each file that leaves is recorded (reading the figures on screen is not: aggregates only).
    const exported = await audited('report.export');
    expect(exported.filter((row) => JSON.stringify(row).includes('avoided_costs'))).toHaveLength(2);
  });
});
