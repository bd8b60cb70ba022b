import { Notification, OBJECTIVE_DUE_NOTICE_DAYS, page, Task, UnreadCount } from '@percee/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { insertCase, insertProgram } from '../../../test/fixtures.js';
import { caseEvents, cases, consents, partnerServices, persons } from '../../db/schema.js';
import { inTenant } from '../../db/tenant.js';
import { tasks } from './tables.js';

const DAY = 86_400_000;
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const TaskPage = page(Task);
const NotificationPage = page(Notification);
type Method = 'GET' | 'POST' | 'PATCH';

describe('tasks, task rules and notifications', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  let other: Awaited<ReturnType<typeof createTestOrganisation>>;
  type Session = Awaited<ReturnType<typeof signIn>>;
  let worker: Session;
  let otherWorker: Session;
  let coordinator: Session;
  let analyst: Session;
  let foreignCoordinator: Session;
  let programId: string;
  let otherWorkerId: string;

  beforeAll(async () => {
    ctx = await startTestApp();
    org = await createTestOrganisation(ctx.database, 'CPAS Tasks', ['admin', 'coordinator', 'case_worker', 'analyst']);
    other = await createTestOrganisation(ctx.database, 'Elsewhere Tasks', ['coordinator']);
    const admin = await signIn(ctx.app, org.byRole.admin.email);
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/admin/users',
      headers: admin.headers,
      payload: {
        email: 'other.worker@tasks.test',
        displayName: 'Other Worker',
        role: 'case_worker',
        password: 'a long enough password',
      },
    });
    expect(created.statusCode).toBe(201);
    otherWorkerId = created.json().id;
    [worker, otherWorker, coordinator, analyst, foreignCoordinator] = await Promise.all([
      signIn(ctx.app, org.byRole.case_worker.email),
      signIn(ctx.app, 'other.worker@tasks.test', 'a long enough password'),
      signIn(ctx.app, org.byRole.coordinator.email),
      signIn(ctx.app, org.byRole.analyst.email),
      signIn(ctx.app, other.byRole.coordinator.email),
    ]);
    programId = (await insertProgram(ctx.database, org.organisationId, { contactIntervalDays: 14 })).id;
  });
  afterAll(() => ctx.close());

  function call(session: Session, method: Method, url: string, payload?: object, headers: Record<string, string> = {}) {
    return ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...session.headers, ...headers },
      ...(payload ? { payload } : {}),
    });
  }

  async function patchTask(session: Session, id: string, body: object) {
    const current = await call(session, 'GET', `/tasks/${id}`);
    expect(current.statusCode, current.body).toBe(200);
    return call(session, 'PATCH', `/tasks/${id}`, body, { 'if-match': current.headers.etag as string });
  }

  const runRules = () => ctx.app.jobs.runNow<{ organisations: number; opened: number; closed: number }>('task-rules');

  const ruleTasks = (caseId: string) =>
    inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      tx
        .select()
        .from(tasks)
        .where(and(eq(tasks.organisationId, org.organisationId), eq(tasks.caseId, caseId))),
    );

  const unread = async (session: Session) =>
    UnreadCount.parse((await call(session, 'GET', '/notifications/unread-count')).json()).unread;

  describe('manual tasks', () => {
    it('a worker writes, lists (keyset pages) and closes their own tasks', async () => {
      const dues = [daysFromNow(2), daysFromNow(1), daysFromNow(3)];
      for (const [index, dueAt] of dues.entries()) {
        const created = await call(worker, 'POST', '/tasks', { title: `Call the landlord ${index}`, dueAt });
        expect(created.statusCode, created.body).toBe(201);
        expect(Task.parse(created.json())).toMatchObject({
          kind: 'manual',
          status: 'open',
          createdBy: org.byRole.case_worker.id,
        });
      }
      const first = TaskPage.parse((await call(worker, 'GET', '/tasks?limit=2')).json());
      expect(first.items.map((task) => task.title)).toEqual(['Call the landlord 1', 'Call the landlord 0']);
      expect(first.nextCursor).not.toBeNull();
      const second = TaskPage.parse((await call(worker, 'GET', `/tasks?limit=2&cursor=${first.nextCursor}`)).json());
      expect(second.items.map((task) => task.title)).toEqual(['Call the landlord 2']);
      expect(second.nextCursor).toBeNull();

      const id = first.items[0]?.id as string;
      const done = await patchTask(worker, id, { status: 'done' });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json()).toMatchObject({ status: 'done', closedAutomatically: false, version: 2 });
      const open = TaskPage.parse((await call(worker, 'GET', '/tasks')).json());
      expect(open.items.map((task) => task.id)).not.toContain(id);
      const closed = TaskPage.parse((await call(worker, 'GET', '/tasks?status=done')).json());
      expect(closed.items.map((task) => task.id)).toContain(id);
      // No If-Match: 428; a stale one: 412.
      expect((await call(worker, 'PATCH', `/tasks/${id}`, { status: 'open' })).statusCode).toBe(428);
      expect((await call(worker, 'PATCH', `/tasks/${id}`, { status: 'open' }, { 'if-match': '"1"' })).statusCode).toBe(
        412,
      );
    });

    it('refuses bad input with 4xx problems, never 500', async () => {
      expect((await call(worker, 'POST', '/tasks', { title: '', dueAt: daysFromNow(1) })).statusCode).toBe(400);
      expect((await call(worker, 'POST', '/tasks', { title: 'x', dueAt: '3000-01-01T00:00:00Z' })).statusCode).toBe(
        400,
      );
      expect((await call(worker, 'GET', '/tasks?cursor=bm90LWEtY3Vyc29y')).statusCode).toBe(400);
      expect((await call(worker, 'GET', '/tasks/not-a-uuid')).statusCode).toBe(400);
      const notMine = await call(worker, 'POST', '/tasks', {
        title: 'On a case I do not work on',
        dueAt: daysFromNow(1),
        caseId: (await insertCase(ctx.database, org.organisationId, { programId, primaryWorkerId: otherWorkerId })).case
          .id,
      });
      expect(notMine.statusCode).toBe(404);
    });

    it('a coordinator gives a task to a worker, who is notified; a worker cannot', async () => {
      const before = await unread(worker);
      const given = await call(coordinator, 'POST', '/tasks', {
        title: 'Prepare the supervision',
        dueAt: daysFromNow(-1),
        ownerId: org.byRole.case_worker.id,
      });
      expect(given.statusCode, given.body).toBe(201);
      expect(await unread(worker)).toBe(before + 1);
      const notices = NotificationPage.parse((await call(worker, 'GET', '/notifications?unread=true')).json());
      expect(notices.items[0]).toMatchObject({
        kind: 'task_assigned',
        subjectId: given.json().id,
        actor: { id: org.byRole.coordinator.id },
      });
      const refused = await call(worker, 'POST', '/tasks', {
        title: 'For a colleague',
        dueAt: daysFromNow(1),
        ownerId: otherWorkerId,
      });
      expect(refused.statusCode).toBe(403);
      const unknown = await call(coordinator, 'POST', '/tasks', {
        title: 'For an analyst',
        dueAt: daysFromNow(1),
        ownerId: org.byRole.analyst.id,
      });
      expect(unknown.statusCode).toBe(422);
      expect(unknown.json().type).toContain('unknown-owner');

      // The team's overdue tasks: coordinators only; the other worker does not see it.
      const team = TaskPage.parse((await call(coordinator, 'GET', '/tasks?scope=team&overdue=true')).json());
      expect(team.items.map((task) => task.id)).toContain(given.json().id);
      expect(team.items.every((task) => new Date(task.dueAt).getTime() < Date.now())).toBe(true);
      expect((await call(worker, 'GET', '/tasks?scope=team')).statusCode).toBe(403);
      expect((await call(otherWorker, 'GET', `/tasks/${given.json().id}`)).statusCode).toBe(404);
      expect((await call(analyst, 'GET', '/tasks')).statusCode).toBe(403);
      expect((await call(foreignCoordinator, 'GET', `/tasks/${given.json().id}`)).statusCode).toBe(404);
      const foreignTeam = TaskPage.parse((await call(foreignCoordinator, 'GET', '/tasks?scope=team')).json());
      expect(foreignTeam.items).toEqual([]);
    });
  });

  describe('rule tasks', () => {
    it('contact overdue: one task per episode, however often the rules run; closed when a contact is logged', async () => {
      const { case: late } = await insertCase(ctx.database, org.organisationId, {
        programId,
        primaryWorkerId: org.byRole.case_worker.id,
        stage: 'monitoring',
        openedAt: daysFromNow(-20),
      });
      await runRules();
      const again = await runRules();
      const found = (await ruleTasks(late.id)).filter((task) => task.kind === 'contact_overdue');
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ status: 'open', ownerId: org.byRole.case_worker.id });
      expect(again.opened).toBe(0);
      const mine = TaskPage.parse((await call(worker, 'GET', '/tasks?overdue=true&limit=200')).json());
      expect(mine.items.find((task) => task.caseId === late.id)).toMatchObject({
        kind: 'contact_overdue',
        title: null,
      });

      // A worker closing a rule task may not rename it.
      const renamed = await patchTask(worker, found[0]?.id as string, { title: 'Mine now' });
      expect(renamed.statusCode).toBe(422);
      expect(renamed.json().type).toContain('rule-task');

      const contact = await call(worker, 'POST', `/cases/${late.id}/contacts`, {
        occurredAt: new Date(Date.now() - 60_000).toISOString(),
        type: 'phone',
      });
      expect(contact.statusCode, contact.body).toBe(201);
      const kept = await runRules();
      expect(kept.closed).toBeGreaterThanOrEqual(1);
      const after = (await ruleTasks(late.id)).filter((task) => task.kind === 'contact_overdue');
      expect(after).toHaveLength(1);
      expect(after[0]).toMatchObject({ status: 'done', closedAutomatically: true });
    });

    it('evaluation due, consent expiring and first contact of a referred case', async () => {
      const { case: evaluating, household } = await insertCase(ctx.database, org.organisationId, {
        programId,
        primaryWorkerId: org.byRole.case_worker.id,
        stage: 'evaluation',
      });
      await inTenant(ctx.database.db, { organisationId: org.organisationId }, async (tx) => {
        await tx.insert(caseEvents).values({
          organisationId: org.organisationId,
          caseId: evaluating.id,
          kind: 'stage_change',
          summary: 'monitoring→evaluation',
        });
        const [person] = await tx.select().from(persons).where(eq(persons.householdId, household.id));
        const [service] = await tx
          .insert(partnerServices)
          .values({ organisationId: org.organisationId, name: 'Food bank' })
          .returning();
        await tx.insert(consents).values({
          organisationId: org.organisationId,
          householdId: household.id,
          personId: person?.id as string,
          purpose: 'referral',
          partnerServiceId: service?.id as string,
          legalBasis: 'consent',
          expiresAt: daysFromNow(10),
        });
        // Opened from a referral, no contact yet.
        await tx
          .update(cases)
          .set({ referralId: crypto.randomUUID() })
          .where(and(eq(cases.organisationId, org.organisationId), eq(cases.id, evaluating.id)));
      });
      await runRules();
      const kinds = (await ruleTasks(evaluating.id)).filter((task) => task.status === 'open').map((task) => task.kind);
      expect(kinds.sort()).toEqual(['consent_expiring', 'evaluation_due', 'referral_assigned']);

      // The case goes to another worker: the first worker's tasks close, the new one's open.
      await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
        tx
          .update(cases)
          .set({ primaryWorkerId: otherWorkerId })
          .where(and(eq(cases.organisationId, org.organisationId), eq(cases.id, evaluating.id))),
      );
      await runRules();
      const now = await ruleTasks(evaluating.id);
      expect(now.filter((task) => task.status === 'open').every((task) => task.ownerId === otherWorkerId)).toBe(true);
      expect(
        now.filter((task) => task.ownerId === org.byRole.case_worker.id).every((task) => task.closedAutomatically),
      ).toBe(true);
    });
  });

  describe('objective due', () => {
    const dayFromNow = (days: number) => daysFromNow(days).slice(0, 10);
    const objectiveTasks = async (caseId: string) =>
      (await ruleTasks(caseId)).filter((task) => task.kind === 'objective_due');

    async function objective(caseId: string, dueInDays: number) {
      const created = await call(worker, 'POST', `/cases/${caseId}/objectives`, {
        domain: 'housing',
        text: `Find a flat (${dueInDays})`,
        dueOn: dayFromNow(dueInDays),
      });
      expect(created.statusCode, created.body).toBe(201);
      return created.json().id as string;
    }

    const setCase = (caseId: string, values: Partial<typeof cases.$inferInsert>) =>
      inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
        tx
          .update(cases)
          .set(values)
          .where(and(eq(cases.organisationId, org.organisationId), eq(cases.id, caseId))),
      );

    it(`opens a task ${OBJECTIVE_DUE_NOTICE_DAYS} days before the due date, once; its evaluation closes it`, async () => {
      const { case: planning } = await insertCase(ctx.database, org.organisationId, {
        programId,
        primaryWorkerId: org.byRole.case_worker.id,
        stage: 'planning',
      });
      const soon = await objective(planning.id, 3);
      await objective(planning.id, OBJECTIVE_DUE_NOTICE_DAYS + 10);
      await runRules();
      await runRules();
      const found = await objectiveTasks(planning.id);
      // One task, for the objective due within the notice period only, however often the rules run.
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ status: 'open', ownerId: org.byRole.case_worker.id });
      expect(found[0]?.ruleKey).toContain(soon);
      expect(new Date(found[0]?.dueAt as string).toISOString().slice(0, 10)).toBe(dayFromNow(3));
      const mine = TaskPage.parse((await call(worker, 'GET', '/tasks?limit=200')).json());
      expect(mine.items.find((task) => task.id === found[0]?.id)).toMatchObject({ kind: 'objective_due', title: null });

      // Evaluated as partly reached: still open as an objective, but the task for this due date ends.
      await setCase(planning.id, { stage: 'evaluation' });
      const evaluated = await call(worker, 'POST', `/cases/${planning.id}/objective-evaluations`, {
        evaluatedAt: new Date(Date.now() - 60_000).toISOString(),
        satisfaction: 3,
        outcomes: [{ objectiveId: soon, outcome: 'partly' }],
      });
      expect(evaluated.statusCode, evaluated.body).toBe(201);
      await runRules();
      const after = await objectiveTasks(planning.id);
      expect(after).toHaveLength(1);
      expect(after[0]).toMatchObject({ status: 'done', closedAutomatically: true });
    });

    it('closing the case closes the task', async () => {
      const { case: closing } = await insertCase(ctx.database, org.organisationId, {
        programId,
        primaryWorkerId: org.byRole.case_worker.id,
        stage: 'planning',
      });
      await objective(closing.id, 1);
      await runRules();
      expect((await objectiveTasks(closing.id)).map((task) => task.status)).toEqual(['open']);
      await setCase(closing.id, { closedAt: new Date().toISOString() });
      await runRules();
      expect(await objectiveTasks(closing.id)).toMatchObject([{ status: 'done', closedAutomatically: true }]);
    });
  });

  describe('breakthrough sign-off', () => {
    it('waits as a coordinator task; the author is notified of the sign-off and gets the task to start it', async () => {
      const btProgram = (await insertProgram(ctx.database, org.organisationId, { method: 'breakthrough' })).id;
      const { case: created } = await insertCase(ctx.database, org.organisationId, {
        programId: btProgram,
        primaryWorkerId: org.byRole.case_worker.id,
        stage: 'planning',
      });
      const plan = await call(worker, 'POST', `/cases/${created.id}/plan`, {
        goals: [{ domain: 'housing', text: 'Keep the home' }],
        deadlocks: [{ kind: 'debt', description: 'No care while in debt' }],
      });
      expect(plan.statusCode, plan.body).toBe(201);
      const proposed = await call(worker, 'POST', `/cases/${created.id}/breakthroughs`, {
        title: 'Clear the rent arrears',
        domain: 'housing',
        category: 'eviction_prevention',
        responsible: 'Family coach',
        interventionCents: 123_456,
        dueDate: '2030-01-31',
      });
      expect(proposed.statusCode, proposed.body).toBe(201);
      const breakthroughId = proposed.json().id as string;
      expect(proposed.json().needsApproval).toBe(true);
      await runRules();
      const waiting = TaskPage.parse((await call(coordinator, 'GET', '/tasks?limit=200')).json());
      expect(
        waiting.items.find((task) => task.kind === 'breakthrough_signoff' && task.caseId === created.id),
      ).toBeDefined();

      const before = await unread(worker);
      const current = await call(coordinator, 'GET', `/breakthroughs/${breakthroughId}`);
      const approved = await call(
        coordinator,
        'POST',
        `/breakthroughs/${breakthroughId}/transitions`,
        { to: 'approved' },
        { 'if-match': current.headers.etag as string },
      );
      expect(approved.statusCode, approved.body).toBe(200);
      expect(await unread(worker)).toBe(before + 1);
      const notices = NotificationPage.parse((await call(worker, 'GET', '/notifications')).json());
      expect(notices.items[0]).toMatchObject({
        kind: 'breakthrough_approved',
        caseId: created.id,
        subjectId: breakthroughId,
        readAt: null,
      });
      // The coordinator signed it off themselves: they are not notified of their own act.
      const coordinatorNotices = NotificationPage.parse((await call(coordinator, 'GET', '/notifications')).json());
      expect(coordinatorNotices.items.filter((n) => n.subjectId === breakthroughId)).toEqual([]);

      const kept = await runRules();
      expect(kept.closed).toBeGreaterThanOrEqual(1);
      const rows = await ruleTasks(created.id);
      expect(rows.find((task) => task.kind === 'breakthrough_signoff')).toMatchObject({
        status: 'done',
        closedAutomatically: true,
      });
      expect(rows.find((task) => task.kind === 'breakthrough_approved')).toMatchObject({
        status: 'open',
        ownerId: org.byRole.case_worker.id,
      });

      // Read: one, then all; another user's is a 404; again changes nothing.
      const id = notices.items[0]?.id as string;
      expect((await call(otherWorker, 'POST', `/notifications/${id}/read`)).statusCode).toBe(404);
      expect((await call(foreignCoordinator, 'POST', `/notifications/${id}/read`)).statusCode).toBe(404);
      expect((await call(worker, 'POST', `/notifications/${id}/read`)).statusCode).toBe(204);
      expect((await call(worker, 'POST', `/notifications/${id}/read`)).statusCode).toBe(204);
      expect(await unread(worker)).toBe(before);
      const all = await call(worker, 'POST', '/notifications/read-all');
      expect(all.json()).toEqual({ marked: before });
      expect(await unread(worker)).toBe(0);
      expect((await call(worker, 'GET', '/notifications?cursor=%%%')).statusCode).toBe(400);
    });
  });
});
