import { zodResolver } from '@hookform/resolvers/zod';
import {
  type ActionActor,
  AgreementCreate,
  actionActors,
  agreementMethods,
  type Case,
  type LifeDomain,
  lifeDomains,
  type Objective,
  ObjectiveCreate,
  ObjectiveEvaluationCreate,
  type ObjectiveOutcome,
  OPEN_OBJECTIVE_STATUSES,
  objectiveOutcomes,
  SATISFACTION_MAX,
  SATISFACTION_MIN,
} from '@percee/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { type Path, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Alert } from '../../../components/alert';
import { Field } from '../../../components/field';
import { LoadMore } from '../../../components/load-more';
import { PageLoader } from '../../../components/page-loader';
import { QueryError } from '../../../components/query-error';
import { isProblem } from '../../../lib/api-client';
import { localDate } from '../../../lib/dates';
import { blankToNull, useServerForm, zodErrorOptions } from '../../../lib/forms';
import { i18n } from '../../../lib/i18n';
import { useFormat } from '../../../lib/i18n/format';
import { useKeysetList } from '../../../lib/keyset';
import { partnerServicesQueryOptions } from '../../../lib/reference-data';
import {
  objectivesQueryOptions,
  useCreateObjective,
  useEvaluateObjectives,
  useRecordAgreement,
  useUpdateObjective,
} from '../objectives-api';

const isOpen = (objective: Objective) => OPEN_OBJECTIVE_STATUSES.includes(objective.status);

/** Objectives are agreed while planning and adjusted while the plan is carried out (as the API says). */
const SETTING_STAGES: readonly Case['stage'][] = ['planning', 'monitoring'];

interface ObjectiveValues {
  domain: string;
  text: string;
  dueOn: string;
  actions: { description: string; by: string; partnerServiceId: string }[];
}

/** Inputs (text) → the API's `ObjectiveCreate`: empty means none; a partner is named only for a partner's action. */
const ObjectiveInput = z
  .object({
    domain: z.string(),
    text: z.string(),
    dueOn: z.string(),
    actions: z.array(z.object({ description: z.string(), by: z.string(), partnerServiceId: z.string() })),
  })
  .transform(
    (values): ObjectiveCreate => ({
      domain: values.domain as LifeDomain, // checked by ObjectiveCreate below
      text: values.text,
      dueOn: values.dueOn === '' ? null : values.dueOn,
      actions: values.actions.map((action) => ({
        description: action.description,
        by: action.by as ActionActor,
        partnerServiceId: action.by === 'partner' && action.partnerServiceId !== '' ? action.partnerServiceId : null,
      })),
    }),
  )
  .pipe(ObjectiveCreate);

const OBJECTIVE_FIELD = /^(domain|text|dueOn|actions\.\d+\.(description|by|partnerServiceId))$/;
const isObjectiveField = (field: string): field is Path<ObjectiveValues> => OBJECTIVE_FIELD.test(field);

const valuesOf = (objective?: Objective): ObjectiveValues => ({
  domain: objective?.domain ?? '',
  text: objective?.text ?? '',
  dueOn: objective?.dueOn ?? '',
  actions: (objective?.actions ?? []).map((action) => ({
    description: action.description,
    by: action.by,
    partnerServiceId: action.partnerServiceId ?? '',
  })),
});

/**
 * The objectives agreed with the person (any method): each with its life domain, actions (who does
 * what), due date, the person's agreement and its last outcome; forms to add, edit, record the
 * agreement, and evaluate them with the person in the evaluation stage.
 */
export function ObjectivesSection({ caseItem }: { caseItem: Case }) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useKeysetList(objectivesQueryOptions(caseItem.id));
  const services = useQuery(partnerServicesQueryOptions());
  const [editing, setEditing] = useState<{ id: string; mode: 'edit' | 'agreement' } | null>(null);
  // Shown here, not in the form: an evaluation that closes the last open objectives removes the form.
  const [evaluated, setEvaluated] = useState(false);
  const closed = caseItem.closedAt !== null;
  const serviceName = (id: string | null) =>
    (id && services.data?.find((service) => service.id === id)?.name) || t('objectives.by.partner');
  const open = list.items.filter(isOpen);

  return (
    <div className="stack">
      {list.isPending ? (
        <PageLoader />
      ) : list.isError && list.items.length === 0 ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.items.length === 0 ? (
        <p className="empty-state">{t('objectives.empty')}</p>
      ) : (
        <ul className="stack objective-list">
          {list.items.map((objective) => (
            <li key={objective.id} className="card objective">
              <h3>
                {t(`objectives.domain.${objective.domain}`)}{' '}
                <span className={`badge ${isOpen(objective) ? 'badge--planned' : 'badge--inactive'}`}>
                  {t(`objectives.status.${objective.status}`)}
                </span>{' '}
                {objective.carriedOver && (
                  <span className="badge badge--neutral">
                    {t('objectives.carriedOver', { round: objective.setInRound })}
                  </span>
                )}
              </h3>
              <p>{objective.text}</p>
              <dl className="meta meta--inline">
                <div>
                  <dt>{t('objectives.fields.dueOn')}</dt>
                  <dd>
                    {objective.dueOn ? (
                      <time dateTime={objective.dueOn}>{format.date(objective.dueOn)}</time>
                    ) : (
                      t('objectives.noDueDate')
                    )}
                  </dd>
                </div>
                <div>
                  <dt>{t('objectives.agreement.title')}</dt>
                  <dd>
                    {objective.agreement
                      ? t('objectives.agreement.summary', {
                          date: format.date(objective.agreement.agreedOn),
                          method: t(`objectives.agreement.method.${objective.agreement.method}`),
                          name: objective.agreement.recordedBy.displayName,
                        })
                      : t('objectives.agreement.none')}
                  </dd>
                </div>
              </dl>
              {objective.actions.length > 0 && (
                <ul className="objective__actions">
                  {objective.actions.map((action, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: actions have no id; their order is their identity
                    <li key={index}>
                      <strong>
                        {action.by === 'partner'
                          ? serviceName(action.partnerServiceId)
                          : t(`objectives.by.${action.by}`)}
                      </strong>
                      {' — '}
                      {action.description}
                    </li>
                  ))}
                </ul>
              )}
              {objective.lastOutcome?.note && (
                <p className="muted">
                  {t('objectives.lastOutcomeNote', {
                    date: format.date(objective.lastOutcome.evaluatedAt),
                    note: objective.lastOutcome.note,
                  })}
                </p>
              )}
              {!closed && isOpen(objective) && (
                <p className="button-row">
                  <button
                    type="button"
                    className="button"
                    aria-expanded={editing?.id === objective.id && editing.mode === 'edit'}
                    onClick={() => setEditing({ id: objective.id, mode: 'edit' })}
                  >
                    {t('objectives.edit')}
                  </button>
                  <button
                    type="button"
                    className="button"
                    aria-expanded={editing?.id === objective.id && editing.mode === 'agreement'}
                    onClick={() => setEditing({ id: objective.id, mode: 'agreement' })}
                  >
                    {t('objectives.agreement.record')}
                  </button>
                </p>
              )}
              {editing?.id === objective.id &&
                (editing.mode === 'edit' ? (
                  <ObjectiveForm caseId={caseItem.id} current={objective} onDone={() => setEditing(null)} />
                ) : (
                  <AgreementForm current={objective} onDone={() => setEditing(null)} />
                ))}
            </li>
          ))}
        </ul>
      )}
      {list.isError && list.items.length > 0 && (
        <QueryError error={list.error} onRetry={() => void list.fetchNextPage()} />
      )}
      <LoadMore {...list} />
      {evaluated && <Alert tone="success">{t('objectives.evaluation.saved')}</Alert>}
      {!closed && caseItem.stage === 'evaluation' && open.length > 0 && (
        <EvaluationForm
          caseId={caseItem.id}
          objectives={open}
          onAttempt={() => setEvaluated(false)}
          onSaved={() => setEvaluated(true)}
        />
      )}
      {closed ? (
        <p className="muted">{t('objectives.closed')}</p>
      ) : SETTING_STAGES.includes(caseItem.stage) ? (
        <ObjectiveForm caseId={caseItem.id} />
      ) : (
        <p className="muted">{t('objectives.setInPlanning')}</p>
      )}
    </div>
  );
}

/** A new objective, or changes to an open one (`current`). */
export function ObjectiveForm({
  caseId,
  current,
  onDone,
}: {
  caseId: string;
  current?: Objective;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const services = useQuery(partnerServicesQueryOptions());
  const create = useCreateObjective(caseId);
  const update = useUpdateObjective();
  const [saved, setSaved] = useState(false);
  const {
    register,
    control,
    watch,
    reset,
    onSubmit,
    formError,
    formState: { errors, isSubmitting },
  } = useServerForm<ObjectiveValues, unknown, ObjectiveCreate>(
    { resolver: zodResolver(ObjectiveInput, zodErrorOptions), defaultValues: valuesOf(current) },
    {
      serverFields: isObjectiveField,
      onAttempt: () => setSaved(false),
      submit: async ({ breakthroughId: _unchanged, ...values }) => {
        if (current) {
          await update.mutateAsync({ current, changes: values });
          onDone?.();
        } else {
          await create.mutateAsync(values);
          reset(valuesOf());
          setSaved(true);
        }
      },
      onProblem: (error) => {
        if (isProblem(error, 'wrong-stage')) return t('objectives.wrongStage');
        if (isProblem(error, 'stale')) return t('objectives.stale');
        if (isProblem(error, 'objective-closed') || isProblem(error, 'case-closed'))
          return t('objectives.noLongerOpen');
        return undefined;
      },
    },
  );
  const actions = useFieldArray({ control, name: 'actions' });
  const activeServices = (services.data ?? []).filter((service) => service.active);

  return (
    <form className="form card" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
      <h3>{current ? t('objectives.editTitle') : t('objectives.newTitle')}</h3>
      {saved && <Alert tone="success">{t('objectives.saved')}</Alert>}
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="form-grid">
        <Field label={t('objectives.fields.domain')} error={errors.domain?.message} required>
          {(field) => (
            <select {...field} {...register('domain')}>
              <option value="">{t('common.choose')}</option>
              {lifeDomains.map((domain) => (
                <option key={domain} value={domain}>
                  {t(`objectives.domain.${domain}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('objectives.fields.dueOn')} error={errors.dueOn?.message}>
          {(field) => <input {...field} {...register('dueOn')} type="date" />}
        </Field>
      </div>
      <Field label={t('objectives.fields.text')} hint={t('objectives.textHint')} error={errors.text?.message} required>
        {(field) => <textarea {...field} {...register('text')} rows={2} />}
      </Field>
      <fieldset className="stack">
        <legend>{t('objectives.fields.actions')}</legend>
        {actions.fields.map((action, index) => (
          <div key={action.id} className="form-grid">
            <Field
              label={t('objectives.fields.actionDescription', { number: index + 1 })}
              error={errors.actions?.[index]?.description?.message}
              required
            >
              {(field) => <input {...field} {...register(`actions.${index}.description`)} type="text" />}
            </Field>
            <Field label={t('objectives.fields.by')} error={errors.actions?.[index]?.by?.message} required>
              {(field) => (
                <select {...field} {...register(`actions.${index}.by`)}>
                  <option value="">{t('common.choose')}</option>
                  {actionActors.map((actor) => (
                    <option key={actor} value={actor}>
                      {t(`objectives.by.${actor}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {watch(`actions.${index}.by`) === 'partner' && (
              <Field
                label={t('objectives.fields.partnerService')}
                error={errors.actions?.[index]?.partnerServiceId?.message}
                required
              >
                {(field) => (
                  <select {...field} {...register(`actions.${index}.partnerServiceId`)}>
                    <option value="">{t('common.choose')}</option>
                    {activeServices.map((service) => (
                      <option key={service.id} value={service.id}>
                        {service.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
            <p className="form-actions">
              <button type="button" className="button" onClick={() => actions.remove(index)}>
                {t('objectives.removeAction', { number: index + 1 })}
              </button>
            </p>
          </div>
        ))}
        <p>
          <button
            type="button"
            className="button"
            onClick={() => actions.append({ description: '', by: '', partnerServiceId: '' })}
          >
            {t('objectives.addAction')}
          </button>
        </p>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : current ? t('common.save') : t('objectives.add')}
        </button>
        {onDone && (
          <button type="button" className="button" onClick={onDone}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

/** The person's agreement to an objective: when and how (signed or oral); the server records who. */
export function AgreementForm({ current, onDone }: { current: Objective; onDone: () => void }) {
  const { t } = useTranslation();
  const record = useRecordAgreement();
  const {
    register,
    onSubmit,
    formError,
    formState: { errors, isSubmitting },
  } = useServerForm(
    {
      resolver: zodResolver(AgreementCreate, zodErrorOptions),
      defaultValues: {
        agreedOn: current.agreement?.agreedOn ?? localDate(),
        method: current.agreement?.method ?? ('' as 'signed'),
      },
    },
    {
      serverFields: ['agreedOn', 'method'],
      submit: async (agreement) => {
        await record.mutateAsync({ current, agreement });
        onDone();
      },
      onProblem: (error) => (isProblem(error, 'stale') ? t('objectives.stale') : undefined),
    },
  );

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="form-grid">
        <Field label={t('objectives.agreement.agreedOn')} error={errors.agreedOn?.message} required>
          {(field) => <input {...field} {...register('agreedOn')} type="date" max={localDate()} />}
        </Field>
        <Field label={t('objectives.agreement.how')} error={errors.method?.message} required>
          {(field) => (
            <select {...field} {...register('method')}>
              <option value="">{t('common.choose')}</option>
              {agreementMethods.map((method) => (
                <option key={method} value={method}>
                  {t(`objectives.agreement.method.${method}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : t('objectives.agreement.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

interface EvaluationValues {
  satisfaction: string;
  note: string;
  outcomes: { objectiveId: string; outcome: string; note: string }[];
}

/** Inputs → `ObjectiveEvaluationCreate`: objectives left without an outcome are not evaluated this time. */
const EvaluationInput = z
  .object({
    satisfaction: z.string(),
    note: z.string(),
    outcomes: z.array(z.object({ objectiveId: z.string(), outcome: z.string(), note: z.string() })),
  })
  .transform((values, context): ObjectiveEvaluationCreate => {
    const outcomes = values.outcomes
      .filter((line) => line.outcome !== '')
      .map((line) => ({
        objectiveId: line.objectiveId,
        outcome: line.outcome as ObjectiveOutcome, // checked by ObjectiveEvaluationCreate below
        note: blankToNull(line.note),
      }));
    if (outcomes.length === 0) {
      context.addIssue({
        code: 'custom',
        path: ['outcomes', 0, 'outcome'],
        message: i18n.t('objectives.evaluation.chooseOne'),
      });
      return z.NEVER;
    }
    return {
      evaluatedAt: new Date().toISOString(),
      satisfaction: values.satisfaction === '' ? null : Number(values.satisfaction),
      note: blankToNull(values.note),
      outcomes,
    };
  })
  .pipe(ObjectiveEvaluationCreate);

const SATISFACTION_LEVELS = Array.from(
  { length: SATISFACTION_MAX - SATISFACTION_MIN + 1 },
  (_, index) => SATISFACTION_MIN + index,
);

/** The evaluation with the person: an outcome for each open objective, and their satisfaction. */
export function EvaluationForm({
  caseId,
  objectives,
  onAttempt,
  onSaved,
}: {
  caseId: string;
  objectives: readonly Objective[];
  onAttempt: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const evaluate = useEvaluateObjectives(caseId);
  const {
    register,
    onSubmit,
    formError,
    formState: { errors, isSubmitting },
  } = useServerForm<EvaluationValues, unknown, ObjectiveEvaluationCreate>(
    {
      resolver: zodResolver(EvaluationInput, zodErrorOptions),
      defaultValues: {
        satisfaction: '',
        note: '',
        outcomes: objectives.map((objective) => ({ objectiveId: objective.id, outcome: '', note: '' })),
      },
    },
    {
      serverFields: ['satisfaction', 'note'],
      onAttempt,
      submit: async (values) => {
        await evaluate.mutateAsync(values);
        onSaved();
      },
      onProblem: (error) => (isProblem(error, 'wrong-stage') ? t('objectives.wrongStage') : undefined),
    },
  );

  return (
    <form className="form card" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
      <h3>{t('objectives.evaluation.title')}</h3>
      {formError && <Alert tone="error">{formError}</Alert>}
      {objectives.map((objective, index) => (
        <fieldset key={objective.id} className="form-grid">
          <legend>
            {t(`objectives.domain.${objective.domain}`)}: {objective.text}
          </legend>
          <Field label={t('objectives.evaluation.outcome')} error={errors.outcomes?.[index]?.outcome?.message}>
            {(field) => (
              <select {...field} {...register(`outcomes.${index}.outcome`)}>
                <option value="">{t('objectives.evaluation.notNow')}</option>
                {objectiveOutcomes.map((outcome) => (
                  <option key={outcome} value={outcome}>
                    {t(`objectives.status.${outcome}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('objectives.evaluation.outcomeNote')} error={errors.outcomes?.[index]?.note?.message}>
            {(field) => <input {...field} {...register(`outcomes.${index}.note`)} type="text" />}
          </Field>
        </fieldset>
      ))}
      <div className="form-grid">
        <Field
          label={t('objectives.evaluation.satisfaction')}
          hint={t('objectives.evaluation.satisfactionHint')}
          error={errors.satisfaction?.message}
        >
          {(field) => (
            <select {...field} {...register('satisfaction')}>
              <option value="">{t('objectives.evaluation.notSaid')}</option>
              {SATISFACTION_LEVELS.map((level) => (
                <option key={level} value={String(level)}>
                  {t(`objectives.evaluation.level.${String(level) as '1'}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('objectives.evaluation.note')} error={errors.note?.message}>
          {(field) => <input {...field} {...register('note')} type="text" />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : t('objectives.evaluation.save')}
        </button>
      </div>
    </form>
  );
}
