import { z } from 'zod';
import { boundedInstant } from './bounds.js';
import { PageQuery } from './pagination.js';
import { text } from './text.js';

/*
 * Tasks and in-app notifications (issue 18.4, docs/decisions/0018-tasks-notifications.md).
 * A task is written by a person (`manual`) or kept by a rule the product already knows; a rule task
 * carries no text of its own: the web app words it from its kind, in the reader's language.
 */

const datetime = z.iso.datetime({ offset: true });

/** The rules that keep tasks; `manual` is a task someone wrote. Add a rule's kind here and in the server's rule list. */
export const taskRuleKinds = [
  'contact_overdue',
  'evaluation_due',
  'consent_expiring',
  'referral_assigned',
  'breakthrough_signoff',
  'breakthrough_approved',
  'objective_due',
] as const;
export const taskKinds = ['manual', ...taskRuleKinds] as const;
export const TaskKind = z.enum(taskKinds);
export type TaskKind = z.infer<typeof TaskKind>;
export type TaskRuleKind = (typeof taskRuleKinds)[number];

export const taskStatuses = ['open', 'done', 'cancelled'] as const;
export const TaskStatus = z.enum(taskStatuses);
export type TaskStatus = z.infer<typeof TaskStatus>;

/** A consent ending within this many days is a task for the case's worker. */
export const CONSENT_EXPIRY_NOTICE_DAYS = 30;

/**
 * An open (or partly reached) objective due within this many days (or past due) is a task for the
 * case's worker: a week leaves time to meet the person before the date agreed with them.
 */
export const OBJECTIVE_DUE_NOTICE_DAYS = 7;

const ids = {
  task: '6e7f8a9b-0c1d-4e2f-8a3b-4c5d6e7f8a16',
  caseId: 'c4e2a1b3-6d5f-4e7a-8b9c-0d1e2f3a4b04',
  household: '0b6f4c2e-5d1a-4e8b-9c3f-2a7d6e1b4c01',
  worker: 'e1f2a3b4-c5d6-4e7f-a8b9-c0d1e2f3a405',
  coordinator: 'f2a3b4c5-d6e7-4f8a-b9c0-d1e2f3a4b506',
  notification: '7f8a9b0c-1d2e-4f3a-8b4c-5d6e7f8a9b17',
  breakthrough: '8a9b0c1d-2e3f-4a4b-9c5d-6e7f8a9b0c18',
};

export const taskExample = {
  id: ids.task,
  kind: 'manual',
  title: 'Call the housing office about the deposit',
  caseId: ids.caseId,
  household: { id: ids.household, reference: 'LL-2025-0042' },
  owner: { id: ids.worker, displayName: 'Julie Lambert' },
  dueAt: '2025-03-12T09:00:00.000Z',
  status: 'open',
  closedAt: null,
  closedAutomatically: false,
  createdBy: ids.coordinator,
  version: 1,
  createdAt: '2025-03-03T10:05:00.000Z',
  updatedAt: '2025-03-03T10:05:00.000Z',
};

export const Task = z
  .object({
    id: z.uuid(),
    kind: TaskKind,
    title: z.string().nullable().meta({ description: 'A manual task’s title; null for a rule’s (worded from `kind`)' }),
    caseId: z.uuid().nullable(),
    household: z.object({ id: z.uuid(), reference: z.string() }).nullable(),
    owner: z.object({ id: z.uuid(), displayName: z.string() }),
    dueAt: datetime,
    status: TaskStatus,
    closedAt: datetime.nullable(),
    closedAutomatically: z
      .boolean()
      .meta({ description: 'A rule task closed by its rule: the condition ended (a contact was logged, ...)' }),
    createdBy: z.uuid().nullable().meta({ description: 'Who wrote it; null for a rule’s task' }),
    version: z.number().int().meta({ description: 'Also sent as the ETag; send it back in If-Match to update' }),
    createdAt: datetime,
    updatedAt: datetime,
  })
  .meta({ id: 'Task', examples: [taskExample] });
export type Task = z.infer<typeof Task>;

export const TaskCreate = z
  .strictObject({
    title: text().trim().min(1).max(300),
    dueAt: boundedInstant(),
    caseId: z.uuid().nullable().default(null).meta({ description: 'A case the caller works on (optional)' }),
    ownerId: z
      .uuid()
      .optional()
      .meta({ description: 'Whose task: default the caller; a coordinator may give it to a colleague (notified)' }),
  })
  .meta({ id: 'TaskCreate', examples: [{ title: 'Call the housing office', dueAt: '2025-03-12T09:00:00.000Z' }] });
export type TaskCreate = z.input<typeof TaskCreate>;

export const TaskUpdate = z
  .strictObject({
    title: text().trim().min(1).max(300).optional().meta({ description: 'Manual tasks only' }),
    dueAt: boundedInstant().optional().meta({ description: 'Manual tasks only' }),
    status: TaskStatus.optional().meta({ description: 'done or cancelled closes it; open reopens it' }),
  })
  .meta({ id: 'TaskUpdate', examples: [{ status: 'done' }] });
export type TaskUpdate = z.input<typeof TaskUpdate>;

export const TaskQuery = PageQuery.extend({
  scope: z
    .enum(['mine', 'team'])
    .default('mine')
    .meta({ description: '`team`: every worker’s tasks (coordinators only); `mine`: the caller’s' }),
  status: TaskStatus.default('open'),
  dueBefore: boundedInstant().optional().meta({ description: 'Tasks due before this instant (exclusive)' }),
  overdue: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .meta({ description: '`true`: only the tasks whose due time has passed' }),
  ownerId: z.uuid().optional().meta({ description: 'One worker’s tasks (coordinators, with scope=team)' }),
});
export type TaskQuery = z.infer<typeof TaskQuery>;

export const notificationKinds = [
  'breakthrough_approved',
  'breakthrough_rejected',
  'case_assigned',
  'task_assigned',
  'partner_update',
] as const;
export const NotificationKind = z.enum(notificationKinds);
export type NotificationKind = z.infer<typeof NotificationKind>;

export const notificationExample = {
  id: ids.notification,
  kind: 'breakthrough_approved',
  caseId: ids.caseId,
  household: { id: ids.household, reference: 'HL-2025-0007' },
  subjectId: ids.breakthrough,
  actor: { id: ids.coordinator, displayName: 'Sanne de Vries' },
  createdAt: '2025-03-04T08:30:00.000Z',
  readAt: null,
};

export const Notification = z
  .object({
    id: z.uuid(),
    kind: NotificationKind,
    caseId: z.uuid().nullable(),
    household: z.object({ id: z.uuid(), reference: z.string() }).nullable(),
    subjectId: z
      .uuid()
      .nullable()
      .meta({ description: 'The breakthrough or task it is about (the case for case_assigned)' }),
    actor: z.object({ id: z.uuid(), displayName: z.string() }).nullable().meta({ description: 'Who did it' }),
    createdAt: datetime,
    readAt: datetime.nullable(),
  })
  .meta({ id: 'Notification', examples: [notificationExample] });
export type Notification = z.infer<typeof Notification>;

export const NotificationQuery = PageQuery.extend({
  unread: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .meta({ description: '`true`: only the unread ones' }),
});
export type NotificationQuery = z.infer<typeof NotificationQuery>;

export const UnreadCount = z
  .object({ unread: z.number().int().min(0) })
  .meta({ id: 'UnreadCount', examples: [{ unread: 3 }] });
export type UnreadCount = z.infer<typeof UnreadCount>;

export const MarkedRead = z
  .object({ marked: z.number().int().min(0) })
  .meta({ id: 'MarkedRead', examples: [{ marked: 3 }] });
