import { zodResolver } from '@hookform/resolvers/zod';
import { deadlockKinds, type Plan, PlanCreate, type ProblemDomain, problemDomains } from '@percee/shared';
import { useRef } from 'react';
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
      <fieldset className="form-section">
        <legend>{t('plan.goals')}</legend>
        <p className="field__hint">{t('plan.goalsHint')}</p>
        {goals.fields.length === 0 && <p className="muted">{t('plan.noGoals')}</p>}
        <ol className="repeater__list" ref={goalsList}>
          {goals.fields.map((field, index) => (
            <li key={field.id} className="repeater__item">
              <fieldset className="repeater__fieldset">
                <legend className="repeater__legend">{t('plan.goal', { number: index + 1 })}</legend>
                <div className="form-grid form-grid--compact">
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
                </div>
                <button type="button" className="button button--small" onClick={() => goals.remove(index)}>
                  {t('plan.removeGoal', { number: index + 1 })}
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
        <p>
          <button
            type="button"
            className="button button--small"
            onClick={addGoal}
            disabled={goals.fields.length >= MAX_ITEMS}
          >
            {t('plan.addGoal')}
          </button>
        </p>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('plan.deadlocks')}</legend>
        <p className="field__hint">{t('plan.deadlocksHint')}</p>
        {deadlocks.fields.length === 0 && <p className="muted">{t('plan.noDeadlocks')}</p>}
        <ol className="repeater__list" ref={deadlocksList}>
          {deadlocks.fields.map((field, index) => (
            <li key={field.id} className="repeater__item">
              <fieldset className="repeater__fieldset">
                <legend className="repeater__legend">{t('plan.deadlock', { number: index + 1 })}</legend>
                <div className="form-grid form-grid--compact">
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
                </div>
                <button type="button" className="button button--small" onClick={() => deadlocks.remove(index)}>
                  {t('plan.removeDeadlock', { number: index + 1 })}
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
        <p>
          <button
            type="button"
            className="button button--small"
            onClick={addDeadlock}
            disabled={deadlocks.fields.length >= MAX_ITEMS}
          >
            {t('plan.addDeadlock')}
          </button>
        </p>
      </fieldset>

      <FormActions submitting={isSubmitting} label={t('plan.save')} onCancel={onCancel} />
    </form>
  );
}
