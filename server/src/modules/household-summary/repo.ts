import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import {
  breakthroughs,
  caseInvolvements,
  cases,
  contacts,
  objectives,
  partnerServices,
  programs,
  users,
} from '../../db/schema.js';
import { tenantJoin } from '../../lib/sql.js';

/** The household's cases, newest first, with their program and primary worker's names. */
export const casesOf = (tx: Tx, organisationId: string, householdId: string) =>
  tx
    .select({
      id: cases.id,
      stage: cases.stage,
      openedAt: cases.openedAt,
      closedAt: cases.closedAt,
      programName: programs.name,
      primaryWorker: users.displayName,
    })
    .from(cases)
    .innerJoin(programs, tenantJoin(programs, cases, 'programId'))
    .innerJoin(users, tenantJoin(users, cases, 'primaryWorkerId'))
    .where(and(eq(cases.organisationId, organisationId), eq(cases.householdId, householdId)))
    .orderBy(desc(cases.openedAt), desc(cases.id))
    .limit(20);

export const objectivesOf = (tx: Tx, organisationId: string, caseIds: string[]) =>
  tx
    .select({
      caseId: objectives.caseId,
      domain: objectives.domain,
      text: objectives.text,
      status: objectives.status,
      dueOn: objectives.dueOn,
    })
    .from(objectives)
    .where(and(eq(objectives.organisationId, organisationId), inArray(objectives.caseId, caseIds)))
    .orderBy(asc(objectives.createdAt), asc(objectives.id));

/** The last `perCase` contacts of each case that stand (voided ones count for nothing). */
export const recentContactsOf = (tx: Tx, organisationId: string, caseIds: string[], perCase: number) =>
  tx
    .select({
      caseId: contacts.caseId,
      occurredAt: contacts.occurredAt,
      type: contacts.type,
      durationMinutes: contacts.durationMinutes,
      notes: contacts.notes,
    })
    .from(contacts)
    .where(
      and(
        eq(contacts.organisationId, organisationId),
        inArray(contacts.caseId, caseIds),
        isNull(contacts.voidedAt),
        sql`(select count(*) from contacts later where later.organisation_id = ${contacts.organisationId}
          and later.case_id = ${contacts.caseId} and later.voided_at is null
          and (later.occurred_at, later.id) > (${contacts.occurredAt}, ${contacts.id})) < ${perCase}`,
      ),
    )
    .orderBy(desc(contacts.occurredAt), desc(contacts.id));

export const breakthroughsOf = (tx: Tx, organisationId: string, caseIds: string[]) =>
  tx
    .select({
      caseId: breakthroughs.caseId,
      title: breakthroughs.title,
      status: breakthroughs.status,
      dueDate: breakthroughs.dueDate,
      category: breakthroughs.category,
    })
    .from(breakthroughs)
    .where(and(eq(breakthroughs.organisationId, organisationId), inArray(breakthroughs.caseId, caseIds)))
    .orderBy(asc(breakthroughs.proposedAt), asc(breakthroughs.id));

export const partnersOf = (tx: Tx, organisationId: string, caseIds: string[]) =>
  tx
    .select({
      caseId: caseInvolvements.caseId,
      name: partnerServices.name,
      purpose: caseInvolvements.purpose,
      startedAt: caseInvolvements.startedAt,
      endedAt: caseInvolvements.endedAt,
    })
    .from(caseInvolvements)
    .innerJoin(partnerServices, tenantJoin(partnerServices, caseInvolvements, 'partnerServiceId'))
    .where(and(eq(caseInvolvements.organisationId, organisationId), inArray(caseInvolvements.caseId, caseIds)))
    .orderBy(asc(caseInvolvements.startedAt), asc(caseInvolvements.id));
