import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { assessmentInstruments, assessmentScores, assessments } from '../../db/schema.js';
import { tenantJoin } from '../../lib/sql.js';

export type InstrumentRow = typeof assessmentInstruments.$inferSelect;
export type AssessmentRow = typeof assessments.$inferSelect;

export const listInstruments = (tx: Tx, organisationId: string, limit: number, after?: [string, string]) =>
  tx
    .select()
    .from(assessmentInstruments)
    .where(
      and(
        eq(assessmentInstruments.organisationId, organisationId),
        after
          ? sql`(${assessmentInstruments.name}, ${assessmentInstruments.id}) > (${after[0]}, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(assessmentInstruments.name), asc(assessmentInstruments.id))
    .limit(limit + 1);

export const findInstrument = async (tx: Tx, organisationId: string, id: string) =>
  (
    await tx
      .select()
      .from(assessmentInstruments)
      .where(and(eq(assessmentInstruments.organisationId, organisationId), eq(assessmentInstruments.id, id)))
  )[0];

export async function insertAssessment(
  tx: Tx,
  assessment: typeof assessments.$inferInsert,
  scores: { domain: string; score: number }[],
) {
  const [row] = await tx.insert(assessments).values(assessment).returning();
  if (!row) throw new Error('assessment not inserted');
  await tx
    .insert(assessmentScores)
    .values(scores.map((s) => ({ organisationId: row.organisationId, assessmentId: row.id, ...s })));
  return row;
}

/** A case's assessments, oldest first, after the keyset (assessed_at, created_at, id) of the previous page. */
export const listAssessments = (
  tx: Tx,
  organisationId: string,
  caseId: string,
  limit: number,
  after?: [assessedAt: string, createdAt: string, id: string],
) =>
  tx
    .select()
    .from(assessments)
    .where(
      and(
        eq(assessments.organisationId, organisationId),
        eq(assessments.caseId, caseId),
        after
          ? sql`(${assessments.assessedAt}, ${assessments.createdAt}, ${assessments.id}) > (${after[0]}::timestamptz, ${after[1]}::timestamptz, ${after[2]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(assessments.assessedAt), asc(assessments.createdAt), asc(assessments.id))
    .limit(limit + 1);

/** The scores of these assessments, each assessment's in its instrument's domain order. */
export async function scoresOf(tx: Tx, organisationId: string, assessmentIds: string[]) {
  if (assessmentIds.length === 0) return [];
  const position = sql<number>`(
    select d.ord from jsonb_array_elements(${assessmentInstruments.domains}) with ordinality as d(value, ord)
    where d.value ->> 'code' = ${assessmentScores.domain}
  )`;
  return tx
    .select({
      assessmentId: assessmentScores.assessmentId,
      domain: assessmentScores.domain,
      score: assessmentScores.score,
    })
    .from(assessmentScores)
    .innerJoin(assessments, tenantJoin(assessments, assessmentScores, 'assessmentId'))
    .innerJoin(assessmentInstruments, tenantJoin(assessmentInstruments, assessments, 'instrumentId'))
    .where(
      and(eq(assessmentScores.organisationId, organisationId), inArray(assessmentScores.assessmentId, assessmentIds)),
    )
    .orderBy(asc(assessmentScores.assessmentId), asc(position), asc(assessmentScores.domain));
}

export interface ProgressRow extends Record<string, unknown> {
  instrument_id: string;
  domain: string;
  first: number | null;
  latest: number | null;
  change: number | null;
}

/**
 * For the instrument most used on the case (ties: the most recently used), every domain of the
 * instrument with the score of the first and of the latest assessment that scored it.
 */
export async function progress(tx: Tx, organisationId: string, caseId: string) {
  const result = await tx.execute<ProgressRow>(sql`
    with chosen as (
      select a.instrument_id
      from assessments a
      where a.organisation_id = ${organisationId} and a.case_id = ${caseId}
      group by a.instrument_id
      order by count(*) desc, max(a.assessed_at) desc, a.instrument_id
      limit 1
    ),
    ranked as (
      select s.domain, s.score,
        row_number() over (partition by s.domain order by a.assessed_at, a.created_at, a.id) as from_first,
        row_number() over (partition by s.domain order by a.assessed_at desc, a.created_at desc, a.id desc) as from_latest
      from assessment_scores s
      join assessments a on a.organisation_id = s.organisation_id and a.id = s.assessment_id
      join chosen c on c.instrument_id = a.instrument_id
      where a.organisation_id = ${organisationId} and a.case_id = ${caseId}
    )
    select c.instrument_id, d.value ->> 'code' as domain,
      f.score as first, l.score as latest, l.score - f.score as change
    from chosen c
    join assessment_instruments i on i.organisation_id = ${organisationId} and i.id = c.instrument_id
    cross join lateral jsonb_array_elements(i.domains) with ordinality as d(value, ord)
    left join ranked f on f.domain = d.value ->> 'code' and f.from_first = 1
    left join ranked l on l.domain = d.value ->> 'code' and l.from_latest = 1
    order by d.ord
  `);
  return (result as unknown as { rows: ProgressRow[] }).rows;
}

/** Inserts the instrument unless the organisation has one with its code (never overwrites). */
export async function insertInstrumentIfNew(tx: Tx, instrument: typeof assessmentInstruments.$inferInsert) {
  await tx
    .insert(assessmentInstruments)
    .values(instrument)
    .onConflictDoNothing({ target: [assessmentInstruments.organisationId, assessmentInstruments.code] });
}

export const instrumentIdByCode = async (tx: Tx, organisationId: string, code: string) =>
  (
    await tx
      .select({ id: assessmentInstruments.id })
      .from(assessmentInstruments)
      .where(and(eq(assessmentInstruments.organisationId, organisationId), eq(assessmentInstruments.code, code)))
  )[0];
