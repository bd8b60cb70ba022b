import { zodResolver } from '@hookform/resolvers/zod';
import { type Case, CaseReopen, type CaseStage, CaseTransition, closureReasons } from '@percee/shared';
import { use, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { Field } from '../../../components/field';
import { FormActions, SuccessNotice } from '../../../components/form-parts';
import { IllegalMoveAlert } from '../../../components/illegal-move-alert';
import { StaleNotice } from '../../../components/stale-notice';
import { isProblem } from '../../../lib/api-client';
import { isStaleError } from '../../../lib/errors';
import { emptyToNull, emptyToUndefined, useServerForm, zodErrorOptions } from '../../../lib/forms';
import { useFormat } from '../../../lib/i18n/format';
import { illegalTransitionOf } from '../../../lib/problems';
import { can } from '../../../lib/roles';
import { MeContext } from '../../../lib/session';
import { useReloadCase, useReopenCase, useTransitionCase } from '../api';

type Notice =
  | { kind: 'moved'; stage: CaseStage }
  | { kind: 'illegal'; from: CaseStage | null; allowedMoves: CaseStage[] }
  | { kind: 'stale' };

/** The label of the button that moves a case from `from` to `to`. */
function useMoveLabel() {
  const { t } = useTranslation();
  return (from: CaseStage, to: CaseStage) => {
    if (to === 'exit') return t('cases.transition.toExit');
    if (from === 'evaluation' && to === 'assessment') return t('cases.transition.reassess');
    return t('cases.transition.moveTo', { stage: t(`enums.stage.${to}`) });
  };
}

/**
 * The moves the case may make from its stage (`allowedMoves` from the API, never computed here):
 * one button each; a short form asks for a note, and for the closure reason when leaving.
 */
export function TransitionPanel({ caseItem }: { caseItem: Case }) {
  const { t } = useTranslation();
  const format = useFormat();
  const moveLabel = useMoveLabel();
  const reload = useReloadCase(caseItem.id);
  const [target, setTarget] = useState<CaseStage | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const stageName = (stage: CaseStage) => t(`enums.stage.${stage}`);

  return (
    <div className="transition-panel">
      <SuccessNotice>
        {notice?.kind === 'moved' && t('cases.transition.moved', { stage: stageName(notice.stage) })}
      </SuccessNotice>
      {notice?.kind === 'illegal' && (
        <IllegalMoveAlert
          title={t('cases.transition.illegalTitle')}
          reason={
            notice.from
              ? t('cases.transition.illegalFrom', { stage: stageName(notice.from) })
              : t('cases.transition.illegal')
          }
          allowed={
            notice.allowedMoves.length > 0
              ? t('cases.transition.allowedMoves', { moves: notice.allowedMoves.map(stageName).join(', ') })
              : t('cases.transition.noMoves')
          }
        />
      )}
      {notice?.kind === 'stale' && (
        <StaleNotice
          onReload={() => {
            setNotice(null);
            void reload();
          }}
        />
      )}

      {caseItem.stage === 'exit' ? (
        <p>
          {caseItem.closedAt
            ? t('cases.transition.closedOn', { date: format.date(caseItem.closedAt) })
            : t('cases.transition.closed')}
          {caseItem.closureReason && <> {t(`enums.closureReason.${caseItem.closureReason}`)}.</>}
        </p>
      ) : caseItem.allowedMoves.length === 0 ? (
        <p className="muted">{t('cases.transition.noMoves')}</p>
      ) : (
        <fieldset className="button-row">
          <legend className="visually-hidden">{t('cases.transition.actions')}</legend>
          {caseItem.allowedMoves.map((to) => (
            <button
              key={to}
              type="button"
              className={`button${to === 'exit' ? '' : ' button--primary'}`}
              aria-expanded={target === to}
              onClick={() => {
                setNotice(null);
                setTarget(target === to ? null : to);
              }}
            >
              {moveLabel(caseItem.stage, to)}
            </button>
          ))}
        </fieldset>
      )}

      {caseItem.closedAt && <ReopenCase caseItem={caseItem} />}

      {target && caseItem.stage !== 'exit' && (
        <TransitionForm
          key={target}
          caseItem={caseItem}
          to={target}
          title={moveLabel(caseItem.stage, target)}
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

interface TransitionFormProps {
  caseItem: Case;
  to: CaseStage;
  title: string;
  onCancel: () => void;
  onDone: (notice: Notice) => void;
}

function TransitionForm({ caseItem, to, title, onCancel, onDone }: TransitionFormProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const transition = useTransitionCase();
  const {
    register,
    formState: { errors, isSubmitting },
    onSubmit,
    formError,
  } = useServerForm(
    {
      resolver: zodResolver(CaseTransition, zodErrorOptions),
      defaultValues: { to, note: null, closureReason: undefined },
    },
    {
      serverFields: ['closureReason', 'note'],
      submit: async (move) => {
        const moved = await transition.mutateAsync({ current: caseItem, move });
        onDone({ kind: 'moved', stage: moved.stage });
      },
      onProblem: (error) => {
        const illegal = illegalTransitionOf(error);
        if (illegal) {
          onDone({ kind: 'illegal', ...illegal });
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

  // The shared schema's refinement carries an English message: say it in the interface language.
  const closureError =
    errors.closureReason?.type === 'custom' ? t('cases.transition.closureRequired') : errors.closureReason?.message;

  return (
    <form className="form card card--inset" onSubmit={onSubmit} noValidate aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      {formError && <Alert tone="error">{formError}</Alert>}
      {to === 'exit' && (
        <Field label={t('cases.transition.closureReason')} error={closureError} required>
          {(control) => (
            <select {...control} {...register('closureReason', { setValueAs: emptyToUndefined })}>
              <option value="">{t('common.choose')}</option>
              {closureReasons.map((reason) => (
                <option key={reason} value={reason}>
                  {t(`enums.closureReason.${reason}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label={t('cases.transition.note')} hint={t('cases.transition.noteHint')} error={errors.note?.message}>
        {(control) => <textarea {...control} {...register('note', { setValueAs: emptyToNull })} rows={3} />}
      </Field>
      <FormActions submitting={isSubmitting} label={t('cases.transition.confirm')} onCancel={onCancel} />
    </form>
  );
}

/** A coordinator reopens a closed case, with a reason, within the period an admin set. */
function ReopenCase({ caseItem }: { caseItem: Case }) {
  const { t } = useTranslation();
  const me = use(MeContext);
  const reopen = useReopenCase();
  const [open, setOpen] = useState(false);
  const {
    register,
    onSubmit,
    formError,
    formState: { errors, isSubmitting },
  } = useServerForm(
    { resolver: zodResolver(CaseReopen, zodErrorOptions), defaultValues: { reason: '' } },
    {
      serverFields: ['reason'],
      submit: async (values) => {
        await reopen.mutateAsync({ current: caseItem, reason: values.reason });
        setOpen(false);
      },
      onProblem: (error) => {
        if (isProblem(error, 'reopen-period-over')) {
          const days = (error as { extensions: Record<string, unknown> }).extensions.reopenDays;
          return t('corrections.reopenOver', { days: typeof days === 'number' ? days : '?' });
        }
        if (isStaleError(error)) return t('errors.stale');
        return undefined;
      },
    },
  );
  if (!me || !can(me.role, 'case.reopen')) return null;
  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('corrections.reopen')}
      </button>
    );
  }
  return (
    <form className="form card" onSubmit={onSubmit} noValidate aria-label={t('corrections.reopen')}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <Field label={t('corrections.reason')} hint={t('corrections.reasonHint')} error={errors.reason?.message} required>
        {(control) => <textarea {...control} rows={2} {...register('reason')} />}
      </Field>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : t('corrections.reopenSave')}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
