import {
  AssessmentCreate,
  type AssessmentInstrument,
  type AssessmentProgress,
  type Case,
  type CaseStage,
} from '@percee/shared';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ChoiceGroup } from '../../../components/choice-group';
import { Field } from '../../../components/field';
import { FormActions } from '../../../components/form-parts';
import { LoadMore } from '../../../components/load-more';
import { PageLoader } from '../../../components/page-loader';
import { QueryError } from '../../../components/query-error';
import { dateTimeLocalToIso, toDateTimeLocal } from '../../../lib/dates';
import { blankToNull } from '../../../lib/forms';
import { useFormat } from '../../../lib/i18n/format';
import { useKeysetList } from '../../../lib/keyset';
import { assessmentsQueryOptions, instrumentsQueryOptions, progressQueryOptions, useCreateAssessment } from '../api';
import { JournalFormNotices, useJournalForm } from './journal-form';

/** Assessments are recorded while the case is in one of these stages (the API answers 409 otherwise). */
export const ASSESSING_STAGES: readonly CaseStage[] = ['assessment', 'evaluation'];

/** An instrument label in the interface language (instruments are data: labels are per language). */
export function labelIn(labels: Record<string, string>, language: string, fallback: string): string {
  return labels[language] ?? labels.fr ?? Object.values(labels)[0] ?? fallback;
}

/** Inputs (text), turned into the API's `AssessmentCreate`; domains left blank are not scored. */
const AssessmentInput = z
  .object({
    instrumentId: z.string(),
    assessedAt: z.string(),
    scores: z.array(z.object({ domain: z.string(), score: z.string().nullable() })),
    note: z.string(),
  })
  .transform(
    (values): AssessmentCreate => ({
      instrumentId: values.instrumentId,
      assessedAt: dateTimeLocalToIso(values.assessedAt),
      scores: values.scores.flatMap(({ domain, score }) => (score ? [{ domain, score: Number(score) }] : [])),
      note: blankToNull(values.note),
    }),
  )
  .pipe(AssessmentCreate);

/** Assessments of a case: the progress per domain, the history, and a new assessment when the stage allows. */
export function AssessmentsSection({ caseItem }: { caseItem: Case }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const selectId = useId();
  const instruments = useQuery(instrumentsQueryOptions());
  const assessments = useKeysetList(assessmentsQueryOptions(caseItem.id));
  const progress = useQuery(progressQueryOptions(caseItem.id));
  const [chosenId, setChosenId] = useState<string | null>(null);

  if (instruments.isPending) return <PageLoader />;
  if (instruments.isError) return <QueryError error={instruments.error} onRetry={() => void instruments.refetch()} />;

  const list = instruments.data;
  const byId = new Map(list.map((instrument) => [instrument.id, instrument]));
  const chosen = (chosenId && byId.get(chosenId)) || list[0];
  const canAssess = ASSESSING_STAGES.includes(caseItem.stage);
  const progressInstrument = progress.data?.instrumentId ? byId.get(progress.data.instrumentId) : undefined;
  const history = assessments.items;

  return (
    <div className="stack">
      {progress.isError ? (
        <QueryError error={progress.error} onRetry={() => void progress.refetch()} />
      ) : progress.data && progress.data.domains.length > 0 ? (
        <ProgressChart progress={progress.data} instrument={progressInstrument} />
      ) : progress.data ? (
        <p className="empty-state">{t('assessments.none')}</p>
      ) : null}

      {assessments.isError && <QueryError error={assessments.error} onRetry={() => void assessments.refetch()} />}
      {history.length > 0 && (
        <details className="disclosure">
          <summary>
            {t(assessments.hasNextPage ? 'assessments.historyMore' : 'assessments.history', {
              number: history.length,
            })}
          </summary>
          <ul className="plain-list">
            {history.map((assessment) => (
              <li key={assessment.id}>
                <time dateTime={assessment.assessedAt}>{format.dateTime(assessment.assessedAt)}</time>
                {' · '}
                {t(`enums.stage.${assessment.stage}`)}
                {' · '}
                {byId.get(assessment.instrumentId)?.name ?? ''}
                {assessment.note && <span className="cell-secondary">{assessment.note}</span>}
              </li>
            ))}
          </ul>
          <LoadMore {...assessments} />
        </details>
      )}

      {!canAssess ? (
        <p className="muted">
          {t('assessments.onlyInStages', {
            stages: ASSESSING_STAGES.map((stage) => t(`enums.stage.${stage}`)).join(', '),
          })}
        </p>
      ) : !chosen ? (
        <p className="muted">{t('assessments.noInstrument')}</p>
      ) : (
        <>
          {list.length > 1 && (
            <div className="field field--inline">
              <label className="field__label" htmlFor={selectId}>
                {t('assessments.fields.instrument')}
              </label>
              <select id={selectId} value={chosen.id} onChange={(event) => setChosenId(event.target.value)}>
                {list.map((instrument) => (
                  <option key={instrument.id} value={instrument.id}>
                    {instrument.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <NewAssessmentForm key={chosen.id} caseId={caseItem.id} instrument={chosen} language={i18n.language} />
        </>
      )}
    </div>
  );
}

function NewAssessmentForm({
  caseId,
  instrument,
  language,
}: {
  caseId: string;
  instrument: AssessmentInstrument;
  language: string;
}) {
  const { t } = useTranslation();
  const createAssessment = useCreateAssessment(caseId);
  const defaults = () => ({
    instrumentId: instrument.id,
    assessedAt: toDateTimeLocal(),
    scores: instrument.domains.map((domain) => ({ domain: domain.code, score: null })),
    note: '',
  });
  const {
    register,
    onSubmit,
    formError,
    draft,
    saved,
    formState: { errors, isSubmitting },
  } = useJournalForm({
    caseId,
    draft: { form: 'assessment', scope: `${caseId}:${instrument.id}` },
    schema: AssessmentInput,
    empty: defaults,
    serverFields: (field): field is 'assessedAt' | 'note' => field === 'assessedAt' || field === 'note',
    save: (assessment) => createAssessment.mutateAsync(assessment),
    movedOn: { slug: 'wrong-stage', message: t('assessments.wrongStage') },
  });
  const levels = [...instrument.levels].sort((a, b) => a.score - b.score);

  const scoresError = errors.scores?.root?.message ?? errors.scores?.message;

  return (
    <form className="form card" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
      <h3>{t('assessments.newTitle', { instrument: instrument.name })}</h3>
      <JournalFormNotices saved={saved} savedMessage={t('assessments.saved')} formError={formError} draft={draft} />
      <Field label={t('assessments.fields.assessedAt')} error={errors.assessedAt?.message} required>
        {(control) => <input {...control} {...register('assessedAt')} type="datetime-local" max={toDateTimeLocal()} />}
      </Field>
      <p className="field__hint">{t('assessments.scoresHint')}</p>
      {scoresError && (
        <p className="field__error" role="alert">
          {t('assessments.scoreAtLeastOne')}
        </p>
      )}
      <div className="assessment-grid">
        {instrument.domains.map((domain, index) => (
          <ChoiceGroup
            key={domain.code}
            className="choice-group--scale"
            legend={labelIn(domain.label, language, domain.code)}
            choices={levels.map((level) => ({
              value: String(level.score),
              label: String(level.score),
              description: labelIn(level.label, language, String(level.score)),
            }))}
            registration={register(`scores.${index}.score`)}
            error={errors.scores?.[index]?.score?.message}
          />
        ))}
      </div>
      <Field label={t('assessments.fields.note')} error={errors.note?.message}>
        {(control) => <textarea {...control} {...register('note')} rows={3} />}
      </Field>
      <FormActions submitting={isSubmitting} label={t('assessments.save')} />
    </form>
  );
}

/**
 * First versus latest score per domain, as plain CSS bars (no chart library) in a table, so that
 * the numbers are read out by screen readers and the change is shown with its sign, not by colour alone.
 */
export function ProgressChart({
  progress,
  instrument,
}: {
  progress: AssessmentProgress;
  instrument: AssessmentInstrument | undefined;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const scores = instrument?.levels.map((level) => level.score) ?? [];
  const maxScore = Math.max(5, ...scores, ...progress.domains.flatMap((d) => [d.first ?? 0, d.latest ?? 0]));
  const domainLabel = (code: string) => {
    const domain = instrument?.domains.find((candidate) => candidate.code === code);
    return domain ? labelIn(domain.label, i18n.language, code) : code;
  };
  const width = (score: number | null) => `${score === null ? 0 : Math.round((score / maxScore) * 100)}%`;
  const signed = (change: number) => (change > 0 ? `+${format.number(change)}` : format.number(change));

  return (
    <figure className="progress-chart" aria-labelledby={titleId}>
      <figcaption id={titleId}>
        <strong>{t('assessments.progress.title')}</strong>
        {instrument && <span className="muted progress-chart__instrument">{instrument.name}</span>}
        <span className="progress-chart__legend">
          <span className="legend-item">
            <span className="legend-swatch legend-swatch--first" aria-hidden="true" />
            {t('assessments.progress.first')}
          </span>
          <span className="legend-item">
            <span className="legend-swatch legend-swatch--latest" aria-hidden="true" />
            {t('assessments.progress.latest')}
          </span>
        </span>
      </figcaption>
      <table className="progress-chart__table">
        <thead className="visually-hidden">
          <tr>
            <th scope="col">{t('assessments.progress.domain')}</th>
            <th scope="col">{t('assessments.progress.scores')}</th>
            <th scope="col">{t('assessments.progress.change')}</th>
          </tr>
        </thead>
        <tbody>
          {progress.domains.map((row) => (
            <tr key={row.domain}>
              <th scope="row">{domainLabel(row.domain)}</th>
              <td>
                <div className="bar-line">
                  {row.first !== null && (
                    <span className="bar bar--first" style={{ width: width(row.first) }} aria-hidden="true" />
                  )}
                  <span className="bar__value">
                    <span aria-hidden="true">{row.first ?? '–'}</span>
                    <span className="visually-hidden">
                      {t('assessments.progress.firstValue', { score: row.first ?? '–' })}
                    </span>
                  </span>
                </div>
                <div className="bar-line">
                  {row.latest !== null && (
                    <span className="bar bar--latest" style={{ width: width(row.latest) }} aria-hidden="true" />
                  )}
                  <span className="bar__value">
                    <span aria-hidden="true">{row.latest ?? '–'}</span>
                    <span className="visually-hidden">
                      {t('assessments.progress.latestValue', { score: row.latest ?? '–' })}
                    </span>
                  </span>
                </div>
              </td>
              <td
                className={`progress-chart__change${
                  row.change === null ? '' : row.change > 0 ? ' is-better' : row.change < 0 ? ' is-worse' : ''
                }`}
              >
                {row.change === null ? '–' : signed(row.change)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
