import { zodResolver } from '@hookform/resolvers/zod';
import {
  type AccompanimentType,
  type Case,
  type Program,
  type Referral,
  ReferralAccept,
  type TeamMember,
  takesAnotherCase,
} from '@percee/shared';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Alert } from '../../../components/alert';
import { type CaseloadFull, CaseloadFullNotice } from '../../../components/caseload-full';
import { Field, FieldError } from '../../../components/field';
import { PageLoader } from '../../../components/page-loader';
import { QueryError } from '../../../components/query-error';
import { useServerForm, zodErrorOptions } from '../../../lib/forms';
import { i18n } from '../../../lib/i18n';
import { caseloadFullOf } from '../../../lib/problems';
import { programsQueryOptions, teamQueryOptions } from '../../../lib/reference-data';
import { overridesCaseload } from '../../../lib/roles';
import { useMe } from '../../../lib/session';
import { useAcceptReferral } from '../api';

/**
 * Inputs → the API's `ReferralAccept`. The eligibility checklist is a list of `{code, met}` rows
 * (codes may contain dots, which form paths cannot), sent as `{code: met}`; every criterion must be met.
 */
const AcceptInput = z
  .object({
    programId: z.string(),
    primaryWorkerId: z.string(),
    accompanimentType: z.string(),
    eligibility: z.array(z.object({ code: z.string(), met: z.boolean() })),
    caseloadOverrideReason: z.string(),
    note: z.string(),
  })
  .superRefine((values, context) => {
    values.eligibility.forEach((criterion, index) => {
      if (!criterion.met) {
        context.addIssue({
          code: 'custom',
          path: ['eligibility', index, 'met'],
          message: i18n.t('referrals.accept.criterionNotMet'),
        });
      }
    });
  })
  .transform(
    (values): ReferralAccept => ({
      programId: values.programId,
      primaryWorkerId: values.primaryWorkerId,
      accompanimentType: values.accompanimentType as AccompanimentType, // checked by ReferralAccept below
      eligibility: Object.fromEntries(values.eligibility.map((criterion) => [criterion.code, criterion.met])),
      caseloadOverrideReason: values.caseloadOverrideReason.trim() === '' ? undefined : values.caseloadOverrideReason,
      note: values.note.trim() === '' ? undefined : values.note,
    }),
  )
  .pipe(ReferralAccept);

/** The choices that depend on the program: its accompaniment types and eligibility checklist. */
function programDefaults(program: Program | undefined) {
  return {
    accompanimentType: program?.accompanimentTypes.length === 1 ? (program.accompanimentTypes[0] ?? '') : '',
    eligibility: (program?.eligibilityChecklist ?? []).map((criterion) => ({ code: criterion.code, met: false })),
  };
}

interface AcceptPanelProps {
  referral: Referral;
  onAccepted: (result: { referral: Referral; case: Case }) => void;
  onCancel: () => void;
}

/** Loads the programs and the team, then shows the acceptance form. */
export function AcceptPanel(props: AcceptPanelProps) {
  const programs = useQuery(programsQueryOptions());
  const team = useQuery(teamQueryOptions());
  if (programs.isPending || team.isPending) return <PageLoader />;
  if (programs.isError) return <QueryError error={programs.error} onRetry={() => void programs.refetch()} />;
  if (team.isError) return <QueryError error={team.error} onRetry={() => void team.refetch()} />;
  return <AcceptForm {...props} programs={programs.data} team={team.data} />;
}

interface AcceptFormProps extends AcceptPanelProps {
  programs: Program[];
  team: TeamMember[];
}

/**
 * Accept a referral: program, primary worker (with their open cases), accompaniment type of the
 * program, its eligibility checklist. A worker at their caseload limit needs a coordinator's reason.
 */
export function AcceptForm({ referral, programs, team, onAccepted, onCancel }: AcceptFormProps) {
  const { t } = useTranslation();
  const me = useMe();
  const accept = useAcceptReferral();
  const [full, setFull] = useState<CaseloadFull | null>(null);
  const initialProgram =
    programs.find((program) => program.id === referral.programId) ?? (programs.length === 1 ? programs[0] : undefined);
  const {
    register,
    control,
    onSubmit,
    formError,
    setValue,
    watch,
    formState: { errors, isSubmitting },
  } = useServerForm(
    {
      resolver: zodResolver(AcceptInput, zodErrorOptions),
      defaultValues: {
        programId: initialProgram?.id ?? '',
        primaryWorkerId: '',
        ...programDefaults(initialProgram),
        caseloadOverrideReason: '',
        note: '',
      },
    },
    {
      serverFields: ['programId', 'primaryWorkerId', 'accompanimentType', 'caseloadOverrideReason', 'note'],
      submit: async (decision, form) => {
        if (overriding && !decision.caseloadOverrideReason) {
          form.setError(
            'caseloadOverrideReason',
            { type: 'required', message: t('validation.required') },
            { shouldFocus: true },
          );
          return;
        }
        onAccepted(
          await accept.mutateAsync({
            id: referral.id,
            decision: overriding ? decision : { ...decision, caseloadOverrideReason: undefined },
          }),
        );
      },
      onProblem: (error, form) => {
        const caseloadFull = caseloadFullOf(error);
        if (!caseloadFull) return undefined;
        setFull({ workerId: form.getValues('primaryWorkerId'), ...caseloadFull });
        return null;
      },
    },
  );
  const { fields: criteria, replace: replaceCriteria } = useFieldArray({
    control,
    name: 'eligibility',
    keyName: 'key',
  });
  const programId = watch('programId');
  const program = programs.find((candidate) => candidate.id === programId);

  // Another program, other choices: reset them once its options are on screen (a select cannot show a
  // value it has no option for yet).
  const shownProgramId = useRef(programId);
  useEffect(() => {
    if (shownProgramId.current === programId) return;
    shownProgramId.current = programId;
    const defaults = programDefaults(programs.find((candidate) => candidate.id === programId));
    setValue('accompanimentType', defaults.accompanimentType);
    replaceCriteria(defaults.eligibility);
  }, [programId, programs, setValue, replaceCriteria]);
  const workerId = watch('primaryWorkerId');
  const isFull = full !== null && full.workerId === workerId;
  const overriding = isFull && overridesCaseload(me.role);

  const workerName = (id: string) => team.find((member) => member.id === id)?.displayName ?? t('common.colleague');

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
      {formError && <Alert tone="error">{formError}</Alert>}
      {!referral.personAgreed && <Alert tone="warning">{t('referrals.accept.noAgreement')}</Alert>}
      <div className="form-grid">
        <Field label={t('referrals.fields.program')} error={errors.programId?.message} required>
          {(c) => (
            <select {...c} {...register('programId')}>
              <option value="">{t('common.choose')}</option>
              {programs.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t('referrals.accept.worker')}
          hint={program ? t('referrals.accept.caseloadLimit', { limit: program.caseloadLimit }) : undefined}
          error={errors.primaryWorkerId?.message}
          required
        >
          {(c) => (
            <select {...c} {...register('primaryWorkerId')}>
              <option value="">{t('common.choose')}</option>
              {team.map((member) => (
                <option key={member.id} value={member.id}>
                  {t('referrals.accept.workerOption', { name: member.displayName, number: member.openCases })}
                  {program && !takesAnotherCase(member.openCases, program.caseloadLimit)
                    ? ` · ${t('referrals.accept.atLimit')}`
                    : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('referrals.accept.accompanimentType')} error={errors.accompanimentType?.message} required>
          {(c) => (
            <select {...c} {...register('accompanimentType')} disabled={!program}>
              <option value="">{t('common.choose')}</option>
              {(program?.accompanimentTypes ?? []).map((type) => (
                <option key={type} value={type}>
                  {t(`enums.accompanimentType.${type}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>

      {program && (
        <fieldset className="checkbox-list">
          <legend className="field__label">{t('referrals.accept.eligibility')}</legend>
          {criteria.length === 0 ? (
            <p className="muted">{t('referrals.accept.noCriteria')}</p>
          ) : (
            <p className="field__hint">{t('referrals.accept.eligibilityHint')}</p>
          )}
          {criteria.map((criterion, index) => {
            const label = program.eligibilityChecklist.find((item) => item.code === criterion.code)?.label;
            const error = errors.eligibility?.[index]?.met?.message;
            const errorId = `${referral.id}-criterion-${index}-error`;
            return (
              <div key={criterion.key} className="checkbox-item">
                <label className="checkbox">
                  <input
                    type="checkbox"
                    {...register(`eligibility.${index}.met`)}
                    aria-invalid={Boolean(error)}
                    aria-describedby={error ? errorId : undefined}
                  />
                  <span>{label ?? criterion.code}</span>
                </label>
                <FieldError id={errorId} error={error} />
              </div>
            );
          })}
        </fieldset>
      )}

      {isFull && (
        <CaseloadFullNotice
          full={full}
          workerName={workerName(full.workerId)}
          overriding={overriding}
          reason={register('caseloadOverrideReason')}
          reasonError={errors.caseloadOverrideReason?.message}
        />
      )}

      <Field label={t('referrals.accept.note')} error={errors.note?.message}>
        {(c) => <textarea {...c} {...register('note')} rows={2} />}
      </Field>

      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting
            ? t('common.saving')
            : overriding
              ? t('caseloadFull.assignAnyway')
              : t('referrals.accept.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
