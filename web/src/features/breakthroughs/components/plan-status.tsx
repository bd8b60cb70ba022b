import { zodResolver } from '@hookform/resolvers/zod';
import { type Plan, type PlanStatus, PlanTransition, planStatuses } from '@percee/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { Field } from '../../../components/field';
import { FormActions, SuccessNotice } from '../../../components/form-parts';
import { IllegalMoveAlert } from '../../../components/illegal-move-alert';
import { StaleNotice } from '../../../components/stale-notice';
import { isProblem } from '../../../lib/api-client';
import { isStaleError } from '../../../lib/errors';
import { emptyToNull, useServerForm, zodErrorOptions } from '../../../lib/forms';
import { useFormat } from '../../../lib/i18n/format';
import { illegalMoveOf } from '../../../lib/problems';
import { useReloadPlan, useTransitionPlan } from '../api';
import { PlanStatusBadge } from './badges';

type Notice =
  | { kind: 'moved'; status: PlanStatus }
  | { kind: 'illegal'; from: PlanStatus | null; allowedMoves: PlanStatus[] }
  | { kind: 'openBreakthroughs' }
  | { kind: 'stale' };

/** The plan's status, and the moves it may make: activate (agreed with the household), complete. */
export function PlanStatusPanel({ plan, caseClosed }: { plan: Plan; caseClosed: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reload = useReloadPlan(plan.caseId);
  const [target, setTarget] = useState<PlanStatus | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const statusName = (status: PlanStatus) => t(`enums.planStatus.${status}`);

  return (
    <div className="transition-panel">
      <p className="badge-row">
        <PlanStatusBadge status={plan.status} />
      </p>
      <dl className="meta meta--inline">
        <div>
          <dt>{t('plan.createdAt')}</dt>
          <dd>
            <time dateTime={plan.createdAt}>{format.date(plan.createdAt)}</time>
          </dd>
        </div>
        {plan.activatedAt && (
          <div>
            <dt>{t('plan.activatedAt')}</dt>
            <dd>
              <time dateTime={plan.activatedAt}>{format.date(plan.activatedAt)}</time>
            </dd>
          </div>
        )}
        {plan.completedAt && (
          <div>
            <dt>{t('plan.completedAt')}</dt>
            <dd>
              <time dateTime={plan.completedAt}>{format.date(plan.completedAt)}</time>
            </dd>
          </div>
        )}
      </dl>
      <SuccessNotice>
        {notice?.kind === 'moved' && t('plan.moved', { status: statusName(notice.status) })}
      </SuccessNotice>
      {notice?.kind === 'illegal' && (
        <IllegalMoveAlert
          title={t('plan.illegalTitle')}
          reason={notice.from ? t('plan.illegalFrom', { status: statusName(notice.from) }) : t('plan.illegal')}
          allowed={
            notice.allowedMoves.length > 0
              ? t('plan.allowedMoves', { moves: notice.allowedMoves.map(statusName).join(', ') })
              : undefined
          }
        />
      )}
      {notice?.kind === 'openBreakthroughs' && (
        <Alert tone="error">{t('breakthroughs.problems.open-breakthroughs')}</Alert>
      )}
      {notice?.kind === 'stale' && (
        <StaleNotice
          onReload={() => {
            setNotice(null);
            void reload();
          }}
        />
      )}
      {!caseClosed && plan.allowedMoves.length > 0 && (
        <fieldset className="button-row">
          <legend className="visually-hidden">{t('plan.actions')}</legend>
          {plan.allowedMoves.map((to) => (
            <button
              key={to}
              type="button"
              className="button button--primary"
              aria-expanded={target === to}
              onClick={() => {
                setNotice(null);
                setTarget(target === to ? null : to);
              }}
            >
              {t(`plan.moves.${to}`)}
            </button>
          ))}
        </fieldset>
      )}
      {target && (
        <PlanTransitionForm
          key={target}
          plan={plan}
          to={target}
          onCancel={() => setTarget(null)}
          onDone={(result) => {
            setTarget(null);
            setNotice(result);
            if (result.kind === 'illegal') void reload();
          }}
        />
      )}
    </div>
  );
}

interface PlanTransitionFormProps {
  plan: Plan;
  to: PlanStatus;
  onCancel: () => void;
  onDone: (notice: Notice) => void;
}

function PlanTransitionForm({ plan, to, onCancel, onDone }: PlanTransitionFormProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const transition = useTransitionPlan();
  const {
    register,
    formState: { errors, isSubmitting },
    onSubmit,
    formError,
  } = useServerForm(
    {
      resolver: zodResolver(PlanTransition, zodErrorOptions),
      defaultValues: { to, note: null },
    },
    {
      serverFields: ['note'],
      submit: async (move) => {
        const moved = await transition.mutateAsync({ current: plan, move });
        onDone({ kind: 'moved', status: moved.status });
      },
      onProblem: (error) => {
        const illegal = illegalMoveOf(error, planStatuses);
        if (illegal) {
          onDone({ kind: 'illegal', ...illegal });
          return null;
        }
        if (isProblem(error, 'open-breakthroughs')) {
          onDone({ kind: 'openBreakthroughs' });
          return null;
        }
        if (isStaleError(error)) {
          onDone({ kind: 'stale' });
          return null;
        }
        return undefined;
      },
    },
  );

  return (
    <form className="form card card--inset" onSubmit={onSubmit} noValidate aria-labelledby={titleId}>
      <h3 id={titleId}>{t(`plan.moves.${to}`)}</h3>
      <p>{t(`plan.moveHints.${to}`)}</p>
      {formError && <Alert tone="error">{formError}</Alert>}
      <Field label={t('plan.note')} hint={t('plan.noteHint')} error={errors.note?.message}>
        {(control) => <textarea {...control} {...register('note', { setValueAs: emptyToNull })} rows={3} />}
      </Field>
      <FormActions submitting={isSubmitting} label={t('plan.confirm')} onCancel={onCancel} />
    </form>
  );
}
