import { zodResolver } from '@hookform/resolvers/zod';
import { type Case, CaseAssignment, CoWorkers, type TeamMember } from '@percee/shared';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { type CaseloadFull, CaseloadFullNotice } from '../../../components/caseload-full';
import { Field } from '../../../components/field';
import { FormActions, SelectField, SuccessNotice } from '../../../components/form-parts';
import { StaleNotice } from '../../../components/stale-notice';
import { isProblem } from '../../../lib/api-client';
import { errorMessage, isStaleError } from '../../../lib/errors';
import { emptyToUndefined, useServerForm, zodErrorOptions } from '../../../lib/forms';
import { caseloadFullOf } from '../../../lib/problems';
import { teamQueryOptions } from '../../../lib/reference-data';
import { coordinates, overridesCaseload } from '../../../lib/roles';
import { useMe } from '../../../lib/session';
import { useAssignCase, useReloadCase, useSetCoWorkers } from '../api';

type Panel = 'coWorkers' | 'transfer' | null;

/** Who works on the case; coordinators also change the co-workers and transfer the case. */
export function TeamPanel({ caseItem }: { caseItem: Case }) {
  const { t } = useTranslation();
  const me = useMe();
  const team = useQuery(teamQueryOptions());
  const [panel, setPanel] = useState<Panel>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const names = new Map((team.data ?? []).map((member) => [member.id, member.displayName]));
  const canManage = coordinates(me.role) && caseItem.closedAt === null;

  const done = (message: string) => {
    setPanel(null);
    setNotice(message);
  };

  return (
    <div className="stack">
      <dl className="meta">
        <dt>{t('cases.fields.primaryWorker')}</dt>
        <dd>{caseItem.primaryWorker.displayName}</dd>
        <dt>{t('cases.fields.coWorkers')}</dt>
        <dd>
          {caseItem.coWorkerIds.length === 0
            ? t('cases.team.noCoWorkers')
            : caseItem.coWorkerIds.map((id) => names.get(id) ?? t('common.colleague')).join(', ')}
        </dd>
      </dl>
      <SuccessNotice>{notice}</SuccessNotice>
      {canManage && (
        <>
          <div className="button-row">
            <button
              type="button"
              className="button button--small"
              aria-expanded={panel === 'coWorkers'}
              onClick={() => {
                setNotice(null);
                setPanel(panel === 'coWorkers' ? null : 'coWorkers');
              }}
            >
              {t('cases.team.editCoWorkers')}
            </button>
            <button
              type="button"
              className="button button--small"
              aria-expanded={panel === 'transfer'}
              onClick={() => {
                setNotice(null);
                setPanel(panel === 'transfer' ? null : 'transfer');
              }}
            >
              {t('cases.team.transfer')}
            </button>
          </div>
          {team.isError && <Alert tone="error">{errorMessage(team.error, t)}</Alert>}
          {panel === 'coWorkers' && team.data && (
            <CoWorkersForm
              caseItem={caseItem}
              team={team.data}
              onCancel={() => setPanel(null)}
              onSaved={() => done(t('cases.team.coWorkersSaved'))}
            />
          )}
          {panel === 'transfer' && team.data && (
            <TransferForm
              caseItem={caseItem}
              team={team.data}
              onCancel={() => setPanel(null)}
              onSaved={(updated) => done(t('cases.team.transferred', { name: updated.primaryWorker.displayName }))}
            />
          )}
        </>
      )}
    </div>
  );
}

interface FormProps {
  caseItem: Case;
  team: TeamMember[];
  onCancel: () => void;
  onSaved: (updated: Case) => void;
}

function CoWorkersForm({ caseItem, team, onCancel, onSaved }: FormProps) {
  const { t } = useTranslation();
  const legendId = useId();
  const setCoWorkers = useSetCoWorkers();
  const reload = useReloadCase(caseItem.id);
  const [stale, setStale] = useState(false);
  const {
    control,
    onSubmit,
    formError,
    formState: { errors, isSubmitting },
  } = useServerForm(
    {
      resolver: zodResolver(CoWorkers, zodErrorOptions),
      defaultValues: { userIds: caseItem.coWorkerIds },
    },
    {
      serverFields: ['userIds'],
      submit: async ({ userIds }) => onSaved(await setCoWorkers.mutateAsync({ current: caseItem, userIds })),
      // Someone else changed the case since it was read: reload rather than overwrite their list.
      onProblem: (error) => {
        if (!isStaleError(error)) return undefined;
        setStale(true);
        return null;
      },
    },
  );
  const candidates = team.filter((member) => member.id !== caseItem.primaryWorker.id);

  return (
    <form className="form card card--inset" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
      {stale && (
        <StaleNotice
          onReload={() => {
            setStale(false);
            void reload();
          }}
        />
      )}
      {formError && <Alert tone="error">{formError}</Alert>}
      <Controller
        control={control}
        name="userIds"
        render={({ field }) => (
          <fieldset className="checkbox-list" aria-labelledby={legendId}>
            <legend id={legendId} className="field__label">
              {t('cases.fields.coWorkers')}
            </legend>
            {candidates.length === 0 && <p className="muted">{t('cases.team.nobody')}</p>}
            {candidates.map((member) => (
              <label key={member.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={field.value.includes(member.id)}
                  onChange={(event) =>
                    field.onChange(
                      event.target.checked ? [...field.value, member.id] : field.value.filter((id) => id !== member.id),
                    )
                  }
                />
                <span>
                  {member.displayName}{' '}
                  <span className="muted">({t('cases.team.openCases', { number: member.openCases })})</span>
                </span>
              </label>
            ))}
            {errors.userIds?.message && <p className="field__error">{errors.userIds.message}</p>}
          </fieldset>
        )}
      />
      <FormActions submitting={isSubmitting} label={t('common.save')} onCancel={onCancel} />
    </form>
  );
}

function TransferForm({ caseItem, team, onCancel, onSaved }: FormProps) {
  const { t } = useTranslation();
  const me = useMe();
  const assign = useAssignCase();
  const reload = useReloadCase(caseItem.id);
  const [stale, setStale] = useState(false);
  const [full, setFull] = useState<CaseloadFull | null>(null);
  const {
    register,
    onSubmit,
    formError,
    watch,
    formState: { errors, isSubmitting },
  } = useServerForm(
    {
      resolver: zodResolver(CaseAssignment, zodErrorOptions),
      defaultValues: { primaryWorkerId: '', reason: '', caseloadOverrideReason: undefined },
    },
    {
      serverFields: ['primaryWorkerId', 'reason', 'caseloadOverrideReason'],
      submit: async (values, form) => {
        if (overriding && !values.caseloadOverrideReason) {
          form.setError(
            'caseloadOverrideReason',
            { type: 'required', message: t('validation.required') },
            { shouldFocus: true },
          );
          return;
        }
        const assignment = overriding ? values : { ...values, caseloadOverrideReason: undefined };
        onSaved(await assign.mutateAsync({ current: caseItem, assignment }));
      },
      onProblem: (error, form) => {
        const caseloadFull = caseloadFullOf(error);
        if (caseloadFull) {
          setFull({ workerId: form.getValues('primaryWorkerId'), ...caseloadFull });
          return null;
        }
        if (isStaleError(error)) {
          setStale(true);
          return null;
        }
        if (isProblem(error, 'same-worker')) return t('cases.team.sameWorker');
        return undefined;
      },
    },
  );
  const workerId = watch('primaryWorkerId');
  const isFull = full !== null && full.workerId === workerId;
  const overriding = isFull && overridesCaseload(me.role);
  const candidates = team.filter((member) => member.id !== caseItem.primaryWorker.id);

  const workerName = (id: string) => team.find((member) => member.id === id)?.displayName ?? t('common.colleague');

  return (
    <form className="form card card--inset" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
      {stale && (
        <StaleNotice
          onReload={() => {
            setStale(false);
            void reload();
          }}
        />
      )}
      {formError && <Alert tone="error">{formError}</Alert>}
      <SelectField
        label={t('cases.team.newWorker')}
        error={errors.primaryWorkerId?.message}
        required
        registration={register('primaryWorkerId')}
        options={candidates.map((member) => ({
          value: member.id,
          label: t('cases.team.workerOption', { name: member.displayName, number: member.openCases }),
        }))}
      />
      <Field label={t('cases.team.reason')} error={errors.reason?.message} required>
        {(control) => <textarea {...control} {...register('reason')} rows={2} />}
      </Field>
      {isFull && (
        <CaseloadFullNotice
          full={full}
          workerName={workerName(full.workerId)}
          overriding={overriding}
          reason={register('caseloadOverrideReason', { setValueAs: emptyToUndefined })}
          reasonError={errors.caseloadOverrideReason?.message}
        />
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting
            ? t('common.saving')
            : overriding
              ? t('caseloadFull.assignAnyway')
              : t('cases.team.confirmTransfer')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
