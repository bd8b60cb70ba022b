import { zodResolver } from '@hookform/resolvers/zod';
import { householdRoles, type Person, PersonUpdate, residenceStatuses } from '@percee/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { Field } from '../../../components/field';
import { FormActions } from '../../../components/form-parts';
import { StaleNotice } from '../../../components/stale-notice';
import { localDate } from '../../../lib/dates';
import { isStaleError } from '../../../lib/errors';
import { emptyToNull, useServerForm, zodErrorOptions } from '../../../lib/forms';
import { can } from '../../../lib/roles';
import { useMe } from '../../../lib/session';
import { useReloadHousehold, useUpdateMember } from '../api';

const FIELDS = [
  'firstName',
  'lastName',
  'birthDate',
  'role',
  'residenceStatus',
  'phone',
  'email',
  'joinedOn',
  'leftOn',
  'reason',
] as const;

interface MemberEditFormProps {
  householdId: string;
  person: Person;
  onSaved: (person: Person) => void;
  onCancel: () => void;
}

/**
 * Correct a member (a new phone number, a move out, a spelling), on the version that was read
 * (If-Match). The reason is required: the earlier version stays in the member's history.
 */
export function MemberEditForm({ householdId, person, onSaved, onCancel }: MemberEditFormProps) {
  const { t } = useTranslation();
  const me = useMe();
  const contact = can(me.role, 'household.contactDetails');
  const update = useUpdateMember(householdId);
  const reload = useReloadHousehold(householdId);
  const [stale, setStale] = useState(false);
  const {
    register,
    formState: { errors, isSubmitting },
    onSubmit,
    formError,
  } = useServerForm(
    {
      resolver: zodResolver(PersonUpdate, zodErrorOptions),
      defaultValues: {
        firstName: person.firstName,
        lastName: person.lastName,
        birthDate: person.birthDate,
        role: person.role,
        residenceStatus: person.residenceStatus,
        joinedOn: person.joinedOn,
        leftOn: person.leftOn,
        ...(contact ? { phone: person.phone, email: person.email } : {}),
        reason: '',
      },
    },
    {
      serverFields: FIELDS,
      submit: async (changes) => {
        onSaved(await update.mutateAsync({ person, changes }));
      },
      onProblem: (error) => {
        if (isStaleError(error)) {
          setStale(true);
          return null;
        }
        return undefined;
      },
    },
  );
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
      {stale && (
        <StaleNotice
          onReload={() => {
            setStale(false);
            void reload();
            onCancel();
          }}
        />
      )}
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="form-grid">
        <Field label={t('people.firstName')} error={errors.firstName?.message} required>
          {(c) => <input {...c} {...register('firstName')} type="text" autoComplete="off" />}
        </Field>
        <Field label={t('people.lastName')} error={errors.lastName?.message} required>
          {(c) => <input {...c} {...register('lastName')} type="text" autoComplete="off" />}
        </Field>
        <Field label={t('people.birthDate')} error={errors.birthDate?.message}>
          {(c) => (
            <input {...c} {...register('birthDate', { setValueAs: emptyToNull })} type="date" max={localDate()} />
          )}
        </Field>
        <Field label={t('family.relationship')} error={errors.role?.message} required>
          {(c) => (
            <select {...c} {...register('role')}>
              {householdRoles.map((role) => (
                <option key={role} value={role}>
                  {t(`enums.householdRole.${role}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('people.residenceStatus')} error={errors.residenceStatus?.message} required>
          {(c) => (
            <select {...c} {...register('residenceStatus')}>
              {residenceStatuses.map((status) => (
                <option key={status} value={status}>
                  {t(`enums.residenceStatus.${status}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {contact && (
          <>
            <Field label={t('people.phone')} error={errors.phone?.message}>
              {(c) => (
                <input {...c} {...register('phone', { setValueAs: emptyToNull })} type="tel" autoComplete="off" />
              )}
            </Field>
            <Field label={t('people.email')} error={errors.email?.message}>
              {(c) => (
                <input
                  {...c}
                  {...register('email', { setValueAs: emptyToNull })}
                  type="email"
                  inputMode="email"
                  autoComplete="off"
                  autoCapitalize="none"
                  spellCheck={false}
                />
              )}
            </Field>
          </>
        )}
        <Field label={t('family.joinedOn')} hint={t('family.joinedOnHint')} error={errors.joinedOn?.message}>
          {(c) => <input {...c} {...register('joinedOn', { setValueAs: emptyToNull })} type="date" />}
        </Field>
        <Field label={t('family.leftOn')} hint={t('family.leftOnHint')} error={errors.leftOn?.message}>
          {(c) => <input {...c} {...register('leftOn', { setValueAs: emptyToNull })} type="date" />}
        </Field>
      </div>
      <Field label={t('family.reason')} hint={t('family.reasonHint')} error={errors.reason?.message} required>
        {(c) => <textarea {...c} {...register('reason')} rows={2} />}
      </Field>
      <FormActions submitting={isSubmitting} label={t('family.save')} onCancel={onCancel} />
    </form>
  );
}
