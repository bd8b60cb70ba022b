import { zodResolver } from '@hookform/resolvers/zod';
import { deadlockKinds, type Plan, PlanCreate, type ProblemDomain, problemDomains } from '@percee/shared';
import { type ReactNode, type RefObject, useRef } from 'react';
import { type Path, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { Field } from '../../../components/field';
import { FormActions } from '../../../components/form-parts';
import { isProblem } from '../../../lib/api-client';
import { isStaleError } from '../../../lib/errors';
import { useServerForm, zodErrorOptions } from '../../../lib/forms';
import { useUpdatePlan } from '../api';

const MAX_ITEMS = 50;
const PLAN_FIELD = /^(goals|deadlocks)\.\d+\.(domain|text|kind|description)$/;

/** The goals by life domain and the deadlocks of a plan, as read. */
export function PlanContent({ plan }: { plan: Pick<Plan, 'goals' | 'deadlocks'> }) {
  const { t } = useTranslation();
  return (
    <div className="two-columns">
      <div>
        <h3>{t('plan.goals')}</h3>
        {plan.goals.length === 0 ? (
          <p className="muted">{t('plan.noGoals')}</p>
        ) : (
          <ul className="plain-list">
            {plan.goals.map((goal, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: goals are positional
              <li key={index}>
                <span className="badge badge--neutral">{t(`enums.problemDomain.${goal.domain}`)}</span>{' '}
                <span className="prewrap">{goal.text}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3>{t('plan.deadlocks')}</h3>
        {plan.deadlocks.length === 0 ? (
          <p className="muted">{t('plan.noDeadlocks')}</p>
        ) : (
          <ul className="plain-list">
            {plan.deadlocks.map((deadlock, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: deadlocks are positional
              <li key={index}>
                <span className="badge badge--warning">{t(`enums.deadlockKind.${deadlock.kind}`)}</span>{' '}
                <span className="prewrap">{deadlock.description}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

interface PlanEditorProps {
  plan: Plan;
  onSaved: () => void;
  onCancel: () => void;
  onStale: () => void;
}

/** Revise the goals (one per life domain or more) and the deadlocks keeping the household stuck. */
export function PlanEditor({ plan, onSaved, onCancel, onStale }: PlanEditorProps) {
  const { t } = useTranslation();
  const update = useUpdatePlan();
  const goalsList = useRef<HTMLOListElement>(null);
  const deadlocksList = useRef<HTMLOListElement>(null);
  const {
    register,
    control,
    getValues,
    formState: { errors, isSubmitting },
    onSubmit,
    formError,
  } = useServerForm(
    {
      resolver: zodResolver(PlanCreate, zodErrorOptions),
      defaultValues: { goals: plan.goals, deadlocks: plan.deadlocks },
    },
    {
      serverFields: (field): field is Path<PlanCreate> => PLAN_FIELD.test(field),
      submit: async (changes) => {
        await update.mutateAsync({ current: plan, changes });
        onSaved();
      },
      onProblem: (error) => {
        if (isStaleError(error)) {
          onStale();
          return null;
        }
        if (isProblem(error, 'plan-completed')) return t('breakthroughs.problems.plan-completed');
        return undefined;
      },
    },
  );
  const goals = useFieldArray({ control, name: 'goals' });
  const deadlocks = useFieldArray({ control, name: 'deadlocks' });

  const focusLast = (list: HTMLOListElement | null) =>
    requestAnimationFrame(() => list?.querySelector<HTMLElement>('li:last-child select')?.focus());

  const addGoal = () => {
    const used = new Set((getValues('goals') ?? []).map((goal) => goal.domain));
    const domain: ProblemDomain = problemDomains.find((candidate) => !used.has(candidate)) ?? 'debt';
    goals.append({ domain, text: '' }, { shouldFocus: false });
    focusLast(goalsList.current);
  };
  const addDeadlock = () => {
    deadlocks.append({ kind: 'rule', description: '' }, { shouldFocus: false });
    focusLast(deadlocksList.current);
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <RepeaterSection
        legend={t('plan.goals')}
        hint={t('plan.goalsHint')}
        empty={t('plan.noGoals')}
        listRef={goalsList}
        keys={goals.fields.map((field) => field.id)}
        itemLegend={(number) => t('plan.goal', { number })}
        removeLabel={(number) => t('plan.removeGoal', { number })}
        onRemove={goals.remove}
        addLabel={t('plan.addGoal')}
        onAdd={addGoal}
      >
        {(index) => (
          <>
            <Field label={t('plan.domain')} error={errors.goals?.[index]?.domain?.message} required>
              {(control) => (
                <select {...control} {...register(`goals.${index}.domain`)}>
                  {problemDomains.map((domain) => (
                    <option key={domain} value={domain}>
                      {t(`enums.problemDomain.${domain}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('plan.goalText')} error={errors.goals?.[index]?.text?.message} required>
              {(control) => <textarea {...control} {...register(`goals.${index}.text`)} rows={2} />}
            </Field>
          </>
        )}
      </RepeaterSection>

      <RepeaterSection
        legend={t('plan.deadlocks')}
        hint={t('plan.deadlocksHint')}
        empty={t('plan.noDeadlocks')}
        listRef={deadlocksList}
        keys={deadlocks.fields.map((field) => field.id)}
        itemLegend={(number) => t('plan.deadlock', { number })}
        removeLabel={(number) => t('plan.removeDeadlock', { number })}
        onRemove={deadlocks.remove}
        addLabel={t('plan.addDeadlock')}
        onAdd={addDeadlock}
      >
        {(index) => (
          <>
            <Field label={t('plan.deadlockKind')} error={errors.deadlocks?.[index]?.kind?.message} required>
              {(control) => (
                <select {...control} {...register(`deadlocks.${index}.kind`)}>
                  {deadlockKinds.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`enums.deadlockKind.${kind}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              label={t('plan.deadlockDescription')}
              error={errors.deadlocks?.[index]?.description?.message}
              required
            >
              {(control) => <textarea {...control} {...register(`deadlocks.${index}.description`)} rows={2} />}
            </Field>
          </>
        )}
      </RepeaterSection>

      <FormActions submitting={isSubmitting} label={t('plan.save')} onCancel={onCancel} />
    </form>
  );
}

interface RepeaterSectionProps {
  legend: string;
  hint: string;
  empty: string;
  listRef: RefObject<HTMLOListElement | null>;
  /** The rows' identities (react-hook-form field ids). */
  keys: readonly string[];
  itemLegend: (number: number) => string;
  removeLabel: (number: number) => string;
  onRemove: (index: number) => void;
  addLabel: string;
  onAdd: () => void;
  /** A row's fields. */
  children: (index: number) => ReactNode;
}

/** A section of numbered rows (goals, deadlocks), each with its remove button, and "add" (up to MAX_ITEMS). */
function RepeaterSection(props: RepeaterSectionProps) {
  const { keys } = props;
  return (
    <fieldset className="form-section">
      <legend>{props.legend}</legend>
      <p className="field__hint">{props.hint}</p>
      {keys.length === 0 && <p className="muted">{props.empty}</p>}
      <ol className="repeater__list" ref={props.listRef}>
        {keys.map((key, index) => (
          <li key={key} className="repeater__item">
            <fieldset className="repeater__fieldset">
              <legend className="repeater__legend">{props.itemLegend(index + 1)}</legend>
              <div className="form-grid form-grid--compact">{props.children(index)}</div>
              <button type="button" className="button button--small" onClick={() => props.onRemove(index)}>
                {props.removeLabel(index + 1)}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <p>
        <button
          type="button"
          className="button button--small"
          onClick={props.onAdd}
          disabled={keys.length >= MAX_ITEMS}
        >
          {props.addLabel}
        </button>
      </p>
    </fieldset>
  );
}
