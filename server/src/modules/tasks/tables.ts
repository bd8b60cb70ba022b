import { taskKinds, taskStatuses } from '@percee/shared';
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenantRef, timestamps, timestamptz } from '../../db/columns.js';
import { cases } from '../cases/tables.js';
import { tenant } from '../organisations/tables.js';
import { users } from '../users/tables.js';

const inList = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '));

/**
 * A worker's task: written by someone (`manual`, with a title) or kept by a rule (rules.ts), which
 * names it by `rule_key` (rule, subject, episode, owner): unique per organisation, so running the
 * rules again never adds a second one, and the rule closes it (`closed_automatically`) once its
 * condition has ended. Never deleted: a task ends done or cancelled.
 */
export const tasks = pgTable(
  'tasks',
  {
    organisationId: tenant(),
    id: uuid('id').notNull().defaultRandom(),
    ownerId: uuid('owner_id').notNull(),
    // No CHECK on the kind: a new rule (rules.ts) then needs no migration; the API's enum bounds it.
    kind: text('kind', { enum: taskKinds }).notNull(),
    title: text('title'),
    caseId: uuid('case_id'),
    dueAt: timestamptz('due_at').notNull(),
    status: text('status', { enum: taskStatuses }).notNull().default('open'),
    ruleKey: text('rule_key'),
    closedAt: timestamptz('closed_at'),
    closedBy: uuid('closed_by'),
    closedAutomatically: boolean('closed_automatically').notNull().default(false),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    // "Mine" and the team's list, by due time; both read open tasks mostly.
    index('tasks_owner_due_idx').on(t.organisationId, t.ownerId, t.status, t.dueAt, t.id),
    index('tasks_org_due_idx').on(t.organisationId, t.status, t.dueAt, t.id),
    // The rules' idempotence: one task per rule, subject, episode and owner.
    uniqueIndex('tasks_rule_key_idx').on(t.organisationId, t.ruleKey),
    // The rules close what no longer holds: their open tasks, by kind.
    index('tasks_open_rule_idx')
      .on(t.organisationId, t.kind)
      .where(sql`${t.status} = 'open' and ${t.ruleKey} is not null`),
    tenantRef(t, t.ownerId, users),
    tenantRef(t, t.createdBy, users),
    tenantRef(t, t.closedBy, users),
    tenantRef(t, t.caseId, cases),
    check('tasks_status_check', sql`${t.status} in (${inList(taskStatuses)})`),
    check('tasks_manual_title_check', sql`(${t.kind} = 'manual') = (${t.title} is not null and ${t.ruleKey} is null)`),
    check('tasks_closed_check', sql`(${t.status} = 'open') = (${t.closedAt} is null)`),
  ],
);
