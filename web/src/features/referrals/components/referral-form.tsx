import { zodResolver } from '@hookform/resolvers/zod';
import {
  type DuplicateCandidate,
  householdRoles,
  type Referral,
  ReferralCreate,
  residenceStatuses,
} from '@percee/shared';
import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { Controller, type Path, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Alert } from '../../../components/alert';
import { ChoiceGroup } from '../../../components/choice-group';
import { Field } from '../../../components/field';
import { FormActions } from '../../../components/form-parts';
import { type ProblemDraft, ProblemsEditor } from '../../../components/problems-editor';
import { localDate } from '../../../lib/dates';
import { blankToNull, useServerForm, zodErrorOptions } from '../../../lib/forms';
import { duplicatesOf } from '../../../lib/problems';
import { programOptionsQueryOptions } from '../../../lib/reference-data';
import { worksOnCases } from '../../../lib/roles';
import { useMe } from '../../../lib/session';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { type DuplicateCheckBody, duplicateCheckQueryOptions, useCreateReferral } from '../api';
import { DuplicateWarning } from './duplicate-warning';
import { HouseholdPicker, type PickedHousehold } from './household-picker';

type HouseholdRole = (typeof householdRoles)[number];
type ResidenceStatus = (typeof residenceStatuses)[number];

export const MAX_MEMBERS = 20;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What the inputs hold, turned into the API's `ReferralCreate` (an existing household by id, or a
 * new household) and validated by the shared schema; paths such as `household.members.0.lastName`
 * are the same in the form and in the API's errors.
 */
const ReferralInput = z
  .object({
    mode: z.enum(['existing', 'new']),
    householdId: z.string(),
    household: z.object({
      members: z.array(
        z.object({
          firstName: z.string(),
          lastName: z.string(),
          birthDate: z.string(),
          role: z.string(),
          residenceStatus: z.string(),
        }),
      ),
      address: z.string(),
      postalCode: z.string(),
      municipality: z.string(),
      problems: z.array(z.custom<ProblemDraft>()),
    }),
    referrerService: z.string(),
    referrerContact: z.string(),
    reason: z.string(),
    personAgreed: z.boolean(),
    programId: z.string(),
  })
  .transform(
    (values): ReferralCreate => ({
      referrerService: values.referrerService,
      referrerContact: blankToNull(values.referrerContact),
      reason: values.reason,
      personAgreed: values.personAgreed,
      programId: values.programId || null,
      ...(values.mode === 'existing'
        ? { householdId: values.householdId }
        : {
            household: {
              members: values.household.members.map((member) => ({
                firstName: member.firstName,
                lastName: member.lastName,
                birthDate: member.birthDate || null,
                // Both checked by ReferralCreate below.
                role: member.role as HouseholdRole,
                residenceStatus: member.residenceStatus as ResidenceStatus,
              })),
              address: blankToNull(values.household.address),
              postalCode: blankToNull(values.household.postalCode),
              municipality: blankToNull(values.household.municipality),
              problems: values.household.problems,
            },
          }),
    }),
  )
  .pipe(ReferralCreate);

type ReferralValues = z.input<typeof ReferralInput>;

const newMember = (role: HouseholdRole) => ({
  firstName: '',
  lastName: '',
  birthDate: '',
  role,
  residenceStatus: 'unknown',
});

/** A server error path that is a field of this form. */
const isFormField = (field: string): field is Path<ReferralValues> =>
  /^(householdId|referrerService|referrerContact|reason|personAgreed|programId)$/.test(field) ||
  /^household\.(address|postalCode|municipality|members\.\d+\.\w+|problems\.\d+\.\w+)$/.test(field);

/** The question asked to the API while typing: complete names (with birth dates) and the address. */
function duplicateQuestion(values: ReferralValues['household']): DuplicateCheckBody {
  return {
    members: values.members
      .filter((member) => member.firstName.trim() && member.lastName.trim())
      .map((member) => ({
        firstName: member.firstName.trim(),
        lastName: member.lastName.trim(),
        birthDate: DATE.test(member.birthDate) ? member.birthDate : null,
      })),
    address: values.address.trim() || null,
    postalCode: values.postalCode.trim() || null,
  };
}

interface ReferralFormProps {
  /** Refer this existing household (from its page). */
  initialHousehold?: PickedHousehold | null;
  onCreated: (referral: Referral) => void;
  onCancel: () => void;
}

/**
 * The referral form any service may fill in: the household (an existing one, or a new one with its
 * members, address and problems), who refers, why, and whether the person agreed. While a new
 * household is typed, households it may duplicate are shown; if the API still finds some, the person
 * either refers the existing household or confirms it is a different one.
 */
export function ReferralForm({ initialHousehold = null, onCreated, onCancel }: ReferralFormProps) {
  const { t } = useTranslation();
  const me = useMe();
  const canSearch = worksOnCases(me.role);
  const createReferral = useCreateReferral();
  const programs = useQuery(programOptionsQueryOptions());
  const [picked, setPicked] = useState<PickedHousehold | null>(initialHousehold);
  const [blocked, setBlocked] = useState<DuplicateCandidate[] | null>(null);
  const confirmNotDuplicate = useRef(false);
  const membersList = useRef<HTMLOListElement>(null);
  const agreedHintId = useId();

  const {
    register,
    control,
    onSubmit,
    formError,
    setValue,
    clearErrors,
    watch,
    formState: { errors, isSubmitting },
  } = useServerForm<ReferralValues, unknown, ReferralCreate>(
    {
      resolver: zodResolver(ReferralInput, zodErrorOptions),
      defaultValues: {
        mode: initialHousehold ? 'existing' : 'new',
        householdId: initialHousehold?.id ?? '',
        household: {
          members: [newMember('applicant')],
          address: '',
          postalCode: '',
          municipality: '',
          problems: [],
        },
        referrerService: '',
        referrerContact: '',
        reason: '',
        personAgreed: false,
        programId: '',
      },
    },
    {
      serverFields: isFormField,
      submit: async (referral) => {
        const body =
          confirmNotDuplicate.current && referral.household
            ? { ...referral, household: { ...referral.household, confirmNotDuplicate: true } }
            : referral;
        onCreated(await createReferral.mutateAsync(body));
      },
      onProblem: (error) => {
        const candidates = duplicatesOf(error);
        if (!candidates) return undefined;
        setBlocked(candidates);
        return null;
      },
    },
  );
  const members = useFieldArray({ control, name: 'household.members' });
  const mode = watch('mode');
  const household = watch('household');

  // Live duplicate warning: ask once typing pauses, only for a new household with something to compare.
  const question = duplicateQuestion(household);
  const debouncedQuestion = useDebouncedValue(JSON.stringify(question), 500);
  const asked = JSON.parse(debouncedQuestion) as DuplicateCheckBody;
  const duplicates = useQuery({
    ...duplicateCheckQueryOptions(asked),
    enabled: mode === 'new' && blocked === null && ((asked.members?.length ?? 0) > 0 || Boolean(asked.address)),
  });

  const pick = (household: PickedHousehold | null) => {
    setPicked(household);
    setValue('householdId', household?.id ?? '');
    if (household) clearErrors('householdId');
    // Partners cannot search households: without a picked one, they describe a new household.
    if (!household && !canSearch) setValue('mode', 'new');
  };

  const referExisting = (candidate: DuplicateCandidate) => {
    setBlocked(null);
    setValue('mode', 'existing');
    pick({ id: candidate.householdId, label: candidate.reference });
  };

  // The confirmation holds for the one submission the duplicate warning's button starts.
  const submitNotDuplicate = async () => {
    confirmNotDuplicate.current = true;
    try {
      await onSubmit();
    } finally {
      confirmNotDuplicate.current = false;
    }
  };

  const addMember = () => {
    members.append(newMember('child'), { shouldFocus: false });
    requestAnimationFrame(() => membersList.current?.querySelector<HTMLElement>('li:last-child input')?.focus());
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
      {formError && <Alert tone="error">{formError}</Alert>}

      <fieldset className="form-section">
        <legend>{t('referrals.form.household')}</legend>
        {(canSearch || mode === 'existing') && (
          <ChoiceGroup
            legend={t('referrals.form.householdMode')}
            choices={[
              { value: 'existing', label: t('referrals.form.existingHousehold') },
              { value: 'new', label: t('referrals.form.newHousehold') },
            ]}
            registration={register('mode', { onChange: () => setBlocked(null) })}
            required
          />
        )}

        {mode === 'existing' ? (
          <HouseholdPicker
            value={picked}
            onChange={pick}
            error={errors.householdId ? t('referrals.form.householdRequired') : undefined}
          />
        ) : (
          <>
            <h3 className="form-section__title">{t('referrals.form.members')}</h3>
            <ol className="repeater__list" ref={membersList}>
              {members.fields.map((member, index) => {
                const memberErrors = errors.household?.members?.[index];
                return (
                  <li key={member.id} className="repeater__item">
                    <fieldset className="repeater__fieldset">
                      <legend className="repeater__legend">{t('referrals.form.person', { number: index + 1 })}</legend>
                      <div className="form-grid form-grid--compact">
                        <Field label={t('people.firstName')} error={memberErrors?.firstName?.message} required>
                          {(c) => (
                            <input
                              {...c}
                              {...register(`household.members.${index}.firstName`)}
                              type="text"
                              autoComplete="off"
                            />
                          )}
                        </Field>
                        <Field label={t('people.lastName')} error={memberErrors?.lastName?.message} required>
                          {(c) => (
                            <input
                              {...c}
                              {...register(`household.members.${index}.lastName`)}
                              type="text"
                              autoComplete="off"
                            />
                          )}
                        </Field>
                        <Field label={t('people.birthDate')} error={memberErrors?.birthDate?.message}>
                          {(c) => (
                            <input
                              {...c}
                              {...register(`household.members.${index}.birthDate`)}
                              type="date"
                              max={localDate()}
                            />
                          )}
                        </Field>
                        <Field label={t('people.role')} error={memberErrors?.role?.message} required>
                          {(c) => (
                            <select {...c} {...register(`household.members.${index}.role`)}>
                              {householdRoles.map((role) => (
                                <option key={role} value={role}>
                                  {t(`enums.householdRole.${role}`)}
                                </option>
                              ))}
                            </select>
                          )}
                        </Field>
                        <Field
                          label={t('people.residenceStatus')}
                          error={memberErrors?.residenceStatus?.message}
                          required
                        >
                          {(c) => (
                            <select {...c} {...register(`household.members.${index}.residenceStatus`)}>
                              {residenceStatuses.map((status) => (
                                <option key={status} value={status}>
                                  {t(`enums.residenceStatus.${status}`)}
                                </option>
                              ))}
                            </select>
                          )}
                        </Field>
                      </div>
                      {members.fields.length > 1 && (
                        <button type="button" className="button button--small" onClick={() => members.remove(index)}>
                          {t('referrals.form.removePerson', { number: index + 1 })}
                        </button>
                      )}
                    </fieldset>
                  </li>
                );
              })}
            </ol>
            <p>
              <button
                type="button"
                className="button button--small"
                onClick={addMember}
                disabled={members.fields.length >= MAX_MEMBERS}
              >
                {t('referrals.form.addPerson')}
              </button>
            </p>
            {errors.household?.members?.root?.message && (
              <p className="field__error">{errors.household.members.root.message}</p>
            )}

            <h3 className="form-section__title">{t('households.fields.address')}</h3>
            <div className="form-grid">
              <Field label={t('households.fields.street')} error={errors.household?.address?.message}>
                {(c) => <input {...c} {...register('household.address')} type="text" autoComplete="off" />}
              </Field>
              <Field label={t('households.fields.postalCode')} error={errors.household?.postalCode?.message}>
                {(c) => (
                  <input
                    {...c}
                    {...register('household.postalCode')}
                    type="text"
                    inputMode="numeric"
                    autoComplete="off"
                  />
                )}
              </Field>
              <Field label={t('households.fields.municipality')} error={errors.household?.municipality?.message}>
                {(c) => <input {...c} {...register('household.municipality')} type="text" autoComplete="off" />}
              </Field>
            </div>

            <div aria-live="polite">
              {blocked === null && duplicates.data && (
                <DuplicateWarning candidates={duplicates.data} onUseExisting={referExisting} />
              )}
            </div>

            <h3 className="form-section__title">{t('households.fields.problems')}</h3>
            <Controller
              control={control}
              name="household.problems"
              render={({ field }) => (
                <ProblemsEditor
                  value={field.value}
                  onChange={field.onChange}
                  errorOf={(index, name) => errors.household?.problems?.[index]?.[name]?.message}
                />
              )}
            />
          </>
        )}
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('referrals.form.referral')}</legend>
        <div className="form-grid">
          <Field label={t('referrals.fields.referrerService')} error={errors.referrerService?.message} required>
            {(c) => <input {...c} {...register('referrerService')} type="text" autoComplete="organization" />}
          </Field>
          <Field
            label={t('referrals.fields.referrerContact')}
            hint={t('referrals.form.referrerContactHint')}
            error={errors.referrerContact?.message}
          >
            {(c) => <input {...c} {...register('referrerContact')} type="text" />}
          </Field>
          <Field label={t('referrals.fields.program')} error={errors.programId?.message}>
            {(c) => (
              <select {...c} {...register('programId')}>
                <option value="">{t('referrals.form.programUnknown')}</option>
                {(programs.data ?? []).map((program) => (
                  <option key={program.id} value={program.id}>
                    {program.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field
          label={t('referrals.fields.reason')}
          hint={t('referrals.form.reasonHint')}
          error={errors.reason?.message}
          required
        >
          {(c) => <textarea {...c} {...register('reason')} rows={4} />}
        </Field>
        <div className="checkbox-item">
          <label className="checkbox">
            <input type="checkbox" {...register('personAgreed')} aria-describedby={agreedHintId} />
            <span>{t('referrals.fields.personAgreed')}</span>
          </label>
          <p className="field__hint" id={agreedHintId}>
            {t('referrals.form.personAgreedHint')}
          </p>
        </div>
      </fieldset>

      {blocked && (
        <DuplicateWarning
          candidates={blocked}
          onUseExisting={referExisting}
          confirming={isSubmitting}
          onConfirmNotDuplicate={() => void submitNotDuplicate()}
        />
      )}

      <FormActions submitting={isSubmitting} label={t('referrals.form.submit')} onCancel={onCancel} />
    </form>
  );
}
