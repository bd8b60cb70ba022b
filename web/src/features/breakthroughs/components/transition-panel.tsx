import { zodResolver } from '@hookform/resolvers/zod';
import {
  type Breakthrough,
  type BreakthroughStatus,
  BreakthroughTransition,
  breakthroughStatuses,
  isCoordinatorMove,
} from '@percee/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { Field } from '../../../components/field';
import { FormActions, SuccessNotice } from '../../../components/form-parts';
import { IllegalMoveAlert } from '../../../components/illegal-move-alert';
import { StaleNotice } from '../../../components/stale-notice';
import { ApiError } from '../../../lib/api-client';
import { localDate } from '../../../lib/dates';
import { isStaleError } from '../../../lib/errors';
import { emptyToUndefined, useServerForm, zodErrorOptions } from '../../../lib/forms';
import { illegalMoveOf } from '../../../lib/problems';
import { useReloadBreakthrough, useTransitionBreakthrough } from '../api';

type Notice =
  | { kind: 'moved'; status: BreakthroughStatus }
  | { kind: 'illegal'; from: BreakthroughStatus | null; allowedMoves: BreakthroughStatus[] }
  | { kind: 'forbidden'; to: BreakthroughStatus }
  | { kind: 'stale' };

type MoveLabelKey = 'approve' | 'reject' | 'startWithoutSignOff' | 'start' | 'achieve' | 'abandon';

/** What a move is called: approving and rejecting are the coordinators' sign-off. */
export function moveKey(from: BreakthroughStatus, to: BreakthroughStatus): MoveLabelKey {
  if (from === 'proposed' && to === 'approved') return 'approve';
  if (from === 'proposed' && to === 'abandoned') return 'reject';
  if (from === 'proposed' && to === 'in_progress') return 'startWithoutSignOff';
  if (to === 'in_progress') return 'start';
  if (to === 'achieved') return 'achieve';
  return 'abandon';
}

interface TransitionPanelProps {
  breakthrough: Breakthrough;
  /** Whether the person may approve and reject (coordinators); others do not see those moves. */
  signsOff: boolean;
  /** Only offer these moves (the approval queue offers the sign-off only). */
  only?: readonly BreakthroughStatus[];
  /** Called after a move; when given, the caller says it happened (e.g. the item leaves a queue). */
  onMoved?: (moved: Breakthrough) => void;
}

/**
 * The moves a breakthrough may make (`allowedMoves` from the API, never computed here), each with a
 * short form: a comment (required to reject or abandon), and the date of the achievement.
 */
export function TransitionPanel({ breakthrough, signsOff, only, onMoved }: TransitionPanelProps) {
  const { t } = useTranslation();
  const reload = useReloadBreakthrough();
  const [target, setTarget] = useState<BreakthroughStatus | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const statusName = (status: BreakthroughStatus) => t(`enums.breakthroughStatus.${status}`);

  const moves = breakthrough.allowedMoves.filter(
    (to) => (signsOff || !isCoordinatorMove(breakthrough.status, to)) && (!only || only.includes(to)),
  );
  const awaitsSignOff = !signsOff && breakthrough.status === 'proposed' && breakthrough.needsApproval && !only;

  return (
    <div className="transition-panel">
      <SuccessNotice>
        {notice?.kind === 'moved' && t('transition.moved', { status: statusName(notice.status) })}
      </SuccessNotice>
      {notice?.kind === 'illegal' && (
        <IllegalMoveAlert
          title={t('transition.illegalTitle')}
          reason={
            notice.from ? t('transition.illegalFrom', { status: statusName(notice.from) }) : t('transition.illegal')
          }
          allowed={
            notice.allowedMoves.length > 0
              ? t('transition.allowedMoves', { moves: notice.allowedMoves.map(statusName).join(', ') })
              : t('transition.noMoves')
          }
        >
          {onMoved && (
            <button type="button" className="button button--small" onClick={() => void reload(breakthrough)}>
              {t('transition.refresh')}
            </button>
          )}
        </IllegalMoveAlert>
      )}
      {notice?.kind === 'forbidden' && (
        <Alert tone="error" title={t('transition.forbiddenTitle')}>
          <p>{t(notice.to === 'approved' ? 'transition.forbiddenApprove' : 'transition.forbiddenReject')}</p>
        </Alert>
      )}
      {notice?.kind === 'stale' && (
        <StaleNotice
          onReload={() => {
            setNotice(null);
            void reload(breakthrough);
          }}
        />
      )}

      {awaitsSignOff && <p className="muted">{t('transition.awaitingSignOff')}</p>}
      {moves.length === 0 ? (
        !awaitsSignOff && <p className="muted">{t('transition.noMoves')}</p>
      ) : (
        <fieldset className="button-row">
          <legend className="visually-hidden">{t('transition.actions', { title: breakthrough.title })}</legend>
          {moves.map((to) => (
            <button
              key={to}
              type="button"
              className={`button${to === 'abandoned' ? '' : ' button--primary'}`}
              aria-expanded={target === to}
              onClick={() => {
                setNotice(null);
                setTarget(target === to ? null : to);
              }}
            >
              {t(`transition.moves.${moveKey(breakthrough.status, to)}`)}
            </button>
          ))}
        </fieldset>
      )}

      {target && (
        <TransitionForm
          key={target}
          breakthrough={breakthrough}
          to={target}
          onCancel={() => setTarget(null)}
          onDone={(result, moved) => {
            setTarget(null);
            if (moved && onMoved) onMoved(moved);
            else setNotice(result);
            // On a page the buttons follow the real status at once; in a queue the item may leave the
            // list, so the person reads why first and refreshes it.
            if (result.kind === 'illegal' && !onMoved) void reload(breakthrough);
          }}
        />
      )}
    </div>
  );
}

interface TransitionFormProps {
  breakthrough: Breakthrough;
  to: BreakthroughStatus;
  onCancel: () => void;
  onDone: (notice: Notice, moved?: Breakthrough) => void;
}

function TransitionForm({ breakthrough, to, onCancel, onDone }: TransitionFormProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const transition = useTransitionBreakthrough();
  const key = moveKey(breakthrough.status, to);
  const {
    register,
    formState: { errors, isSubmitting },
    onSubmit,
    formError,
  } = useServerForm(
    {
      resolver: zodResolver(BreakthroughTransition, zodErrorOptions),
      defaultValues: { to, comment: undefined, achievedOn: to === 'achieved' ? localDate() : undefined },
    },
    {
      serverFields: ['comment', 'achievedOn'],
      submit: async (move) => {
        const moved = await transition.mutateAsync({ current: breakthrough, move });
        onDone({ kind: 'moved', status: moved.status }, moved);
      },
      onProblem: (error) => {
        const illegal = illegalMoveOf(error, breakthroughStatuses);
        if (illegal) {
          onDone({ kind: 'illegal', ...illegal });
          return null;
        }
        if (isStaleError(error)) {
          onDone({ kind: 'stale' });
          return null;
        }
        if (error instanceof ApiError && error.status === 403) {
          onDone({ kind: 'forbidden', to });
          return null;
        }
        return undefined;
      },
    },
  );

  const reasonRequired = to === 'abandoned';
  // The shared schema's refinement carries an English message: say it in the interface language.
  const commentError = errors.comment?.type === 'custom' ? t('transition.reasonRequired') : errors.comment?.message;

  return (
    <form className="form card card--inset" onSubmit={onSubmit} noValidate aria-labelledby={titleId}>
      <h4 id={titleId}>
        {t('transition.formTitle', { move: t(`transition.moves.${key}`), title: breakthrough.title })}
      </h4>
      {formError && <Alert tone="error">{formError}</Alert>}
      {to === 'achieved' && (
        <Field
          label={t('transition.achievedOn')}
          hint={t('transition.achievedOnHint')}
          error={errors.achievedOn?.message}
          required
        >
          {(control) => (
            <input
              {...control}
              {...register('achievedOn')}
              type="date"
              min={breakthrough.proposedOn}
              max={localDate()}
            />
          )}
        </Field>
      )}
      <Field
        label={t(`transition.comment.${key}`)}
        hint={t(`transition.commentHint.${key}`)}
        error={commentError}
        required={reasonRequired}
      >
        {(control) => <textarea {...control} {...register('comment', { setValueAs: emptyToUndefined })} rows={3} />}
      </Field>
      <FormActions submitting={isSubmitting} label={t(`transition.confirm.${key}`)} onCancel={onCancel} />
    </form>
  );
}
