import { zodResolver } from '@hookform/resolvers/zod';
import { householdRoles, type Person, PersonInput, residenceStatuses } from '@percee/shared';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { Field } from '../../../components/field';
import { EmailInput, FormActions } from '../../../components/form-parts';
import { localDate } from '../../../lib/dates';
import { emptyToNull, useServerForm, zodErrorOptions } from '../../../lib/forms';
import { useAddMember } from '../api';

const FIELDS = ['firstName', 'lastName', 'birthDate', 'role', 'residenceStatus', 'phone', 'email', 'joinedOn'] as const;

interface AddMemberFormProps {
  householdId: string;
  onSaved: (person: Person) => void;
  onCancel: () => void;
}

/** Add a person to the household (a birth, someone moving in). */
export function AddMemberForm({ householdId, onSaved, onCancel }: AddMemberFormProps) {
  const { t } = useTranslation();
  const addMember = useAddMember(householdId);
  const {
    register,
    formState: { errors, isSubmitting },
    onSubmit,
    formError,
  } = useServerForm(
    {
      resolver: zodResolver(PersonInput, zodErrorOptions),
      defaultValues: {
        firstName: '',
        lastName: '',
        birthDate: null,
        role: 'child',
        residenceStatus: 'unknown',
        phone: null,
        email: null,
        joinedOn: null,
        leftOn: null,
      },
    },
    {
      serverFields: FIELDS,
      submit: async (person) => {
        onSaved(await addMember.mutateAsync(person));
      },
    },
  );

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
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
        <Field label={t('people.role')} error={errors.role?.message} required>
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
        <Field label={t('people.phone')} error={errors.phone?.message}>
          {(c) => <input {...c} {...register('phone', { setValueAs: emptyToNull })} type="tel" autoComplete="off" />}
        </Field>
        <Field label={t('people.email')} error={errors.email?.message}>
          {(c) => <EmailInput {...c} {...register('email', { setValueAs: emptyToNull })} />}
        </Field>
        <Field label={t('family.joinedOn')} hint={t('family.joinedOnHint')} error={errors.joinedOn?.message}>
          {(c) => <input {...c} {...register('joinedOn', { setValueAs: emptyToNull })} type="date" />}
        </Field>
      </div>
      <FormActions submitting={isSubmitting} label={t('households.addMember')} onCancel={onCancel} />
    </form>
  );
}
