import type {
  Assessment,
  AssessmentCreate,
  AssessmentInstrument,
  AssessmentProgress,
  CaseStage,
  FieldError,
  PageQuery,
} from '@percee/shared';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/tenant.js';
import { decodeKeyCursor, decodeTextCursor, toPage } from '../../lib/cursor.js';
import { conflict, HttpProblem } from '../../lib/problem.js';
import { assertNotInFuture, canonicalInstant } from '../../lib/time.js';
import { audit } from '../../platform/audit.js';
import { insertCaseEvent } from '../../platform/timeline.js';
import { assertCaseRole, loadCaseFor } from '../cases/index.js';
import * as repo from './repo.js';

/** The stages of the method at which a household's situation is measured. */
const ASSESSING_STAGES: readonly CaseStage[] = ['assessment', 'evaluation'];

const toInstrument = (row: repo.InstrumentRow): AssessmentInstrument => ({
  id: row.id,
  code: row.code,
  name: row.name,
  domains: row.domains,
  levels: row.levels,
});

const toAssessment = (row: repo.AssessmentRow, scores: { domain: string; score: number }[]): Assessment => ({
  id: row.id,
  caseId: row.caseId,
  instrumentId: row.instrumentId,
  assessedAt: row.assessedAt,
  stage: row.stage,
  scores,
  note: row.note,
  recordedBy: row.recordedBy,
});

export async function listInstruments(tx: Tx, actor: Actor, query: PageQuery) {
  assertCaseRole(actor);
  const after = query.cursor ? decodeTextCursor(query.cursor) : undefined;
  const rows = await repo.listInstruments(tx, actor.organisationId, query.limit, after);
  const page = toPage(rows, query.limit, (row) => [row.name, row.id]);
  return { items: page.items.map(toInstrument), nextCursor: page.nextCursor };
}

/** Every score must name a domain of the instrument, once, with one of its levels. */
function checkScores(instrument: repo.InstrumentRow, scores: AssessmentCreate['scores']) {
  const domains = new Set(instrument.domains.map((domain) => domain.code));
  const levels = new Set(instrument.levels.map((level) => level.score));
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  scores.forEach(({ domain, score }, index) => {
    if (!domains.has(domain)) {
      errors.push({ path: `body.scores.${index}.domain`, message: `Not a domain of ${instrument.code}` });
    } else if (seen.has(domain)) {
      errors.push({ path: `body.scores.${index}.domain`, message: 'This domain is already scored' });
    }
    seen.add(domain);
    if (!levels.has(score)) {
      errors.push({ path: `body.scores.${index}.score`, message: `Not a level of ${instrument.code}` });
    }
  });
  if (errors.length > 0) {
    throw new HttpProblem(422, 'invalid-scores', 'Unprocessable Content', 'Some scores do not fit the instrument', {
      errors,
    });
  }
}

/** Scores the household's situation with an instrument, during the assessment or evaluation stage. */
export async function createAssessment(tx: Tx, actor: Actor, caseId: string, input: AssessmentCreate) {
  const assessedAt = canonicalInstant(input.assessedAt);
  assertNotInFuture(assessedAt, 'body.assessedAt');
  const row = await loadCaseFor(tx, actor, caseId, { forUpdate: true });
  if (!ASSESSING_STAGES.includes(row.stage)) {
    throw conflict(
      'wrong-stage',
      `A case in the ${row.stage} stage cannot be assessed (only in assessment or evaluation)`,
      {
        stage: row.stage,
        allowedStages: ASSESSING_STAGES,
      },
    );
  }
  const instrument = await repo.findInstrument(tx, actor.organisationId, input.instrumentId);
  if (!instrument) {
    throw new HttpProblem(422, 'unknown-instrument', 'Unprocessable Content', 'No such assessment instrument', {
      errors: [{ path: 'body.instrumentId', message: 'Unknown instrument' }],
    });
  }
  checkScores(instrument, input.scores);

  const scores = input.scores.map(({ domain, score }) => ({ domain, score }));
  const assessment = await repo.insertAssessment(
    tx,
    {
      organisationId: actor.organisationId,
      caseId,
      instrumentId: instrument.id,
      assessedAt,
      stage: row.stage,
      note: input.note ?? null,
      recordedBy: actor.userId,
    },
    scores,
  );
  await insertCaseEvent(tx, {
    organisationId: actor.organisationId,
    caseId,
    at: assessedAt,
    kind: 'assessment',
    actorId: actor.userId,
    summary: `${instrument.code}:${row.stage}`,
    note: null,
  });
  await audit(tx, actor, {
    action: 'assessment.create',
    entityType: 'assessment',
    entityId: assessment.id,
    changes: { caseId, instrumentId: instrument.id, stage: row.stage, domains: scores.length },
  });
  const order = new Map(instrument.domains.map((domain, index) => [domain.code, index]));
  scores.sort((a, b) => (order.get(a.domain) ?? 0) - (order.get(b.domain) ?? 0));
  return toAssessment(assessment, scores);
}

/** The case's assessments, oldest first. */
export async function listAssessments(tx: Tx, actor: Actor, caseId: string, query: PageQuery) {
  await loadCaseFor(tx, actor, caseId);
  const after = query.cursor ? decodeKeyCursor(query.cursor, ['instant', 'instant', 'uuid'] as const) : undefined;
  const page = toPage(
    await repo.listAssessments(tx, actor.organisationId, caseId, query.limit, after),
    query.limit,
    (row) => [row.assessedAt, row.createdAt, row.id],
  );
  const rows = page.items;
  const scores = await repo.scoresOf(
    tx,
    actor.organisationId,
    rows.map((row) => row.id),
  );
  const byAssessment = new Map<string, { domain: string; score: number }[]>();
  for (const { assessmentId, domain, score } of scores) {
    byAssessment.set(assessmentId, [...(byAssessment.get(assessmentId) ?? []), { domain, score }]);
  }
  return { items: rows.map((row) => toAssessment(row, byAssessment.get(row.id) ?? [])), nextCursor: page.nextCursor };
}

/** Per domain of the case's most used instrument: the first score, the latest and the change. */
export async function progress(tx: Tx, actor: Actor, caseId: string): Promise<AssessmentProgress> {
  await loadCaseFor(tx, actor, caseId);
  const rows = await repo.progress(tx, actor.organisationId, caseId);
  return {
    instrumentId: rows[0]?.instrument_id ?? null,
    domains: rows.map((row) => ({
      domain: row.domain,
      first: row.first === null ? null : Number(row.first),
      latest: row.latest === null ? null : Number(row.latest),
      change: row.change === null ? null : Number(row.change),
    })),
  };
}
