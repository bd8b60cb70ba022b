import { zodResolver } from '@hookform/resolvers/zod';
import { type Locale, locales, Password, type Role, roles, type User, UserCreate, UserUpdate } from '@percee/shared';
import { type QueryKey, type UseQueryOptions, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import {
  type FieldError,
  type FieldValues,
  type Path,
  type UseFormRegister,
  type UseFormRegisterReturn,
  useWatch,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { Field, type FieldControlProps } from '../../../components/field';
import { EmailInput, FormActions } from '../../../components/form-parts';
import { ApiError } from '../../../lib/api-client';
import { blankToNull, emptyToNull, emptyToUndefined, useServerForm, zodErrorOptions } from '../../../lib/forms';
import { partnerServicesQueryOptions } from '../../../lib/reference-data';
import { sitesQueryOptions, useCreateUser, useUpdateUser } from '../api';

const PASSWORD_MIN_LENGTH = Password.minLength ?? 12;

/** The shared `Password` schema carries its own (English) message: translate it here. */
function usePasswordError(error: FieldError | undefined): string | undefined {
  const { t } = useTranslation();
  if (!error) return undefined;
  return error.type === 'too_small'
    ? t('validation.passwordTooShort', { minimum: PASSWORD_MIN_LENGTH })
    : error.message;
}

function RoleOptions() {
  const { t } = useTranslation();
  return roles.map((role: Role) => (
    <option key={role} value={role}>
      {t(`roles.${role}`)}
    </option>
  ));
}

function LocaleOptions() {
  const { t } = useTranslation();
  return locales.map((locale: Locale) => (
    <option key={locale} value={locale}>
      {t(`locales.${locale}`)}
    </option>
  ));
}

/**
 * Active records, plus the current one even if it was deactivated since. The registered select is
 * only mounted once the records are known, so that react-hook-form can select the current value.
 */
function ActiveRecordSelect<T extends { id: string; name: string; active: boolean }, K extends QueryKey>({
  control,
  registration,
  query,
  currentId,
  noneLabel,
  optionLabel = (record) => record.name,
}: {
  control: FieldControlProps;
  registration: UseFormRegisterReturn;
  /** The records' list, read only once the select is shown. */
  query: UseQueryOptions<T[], Error, T[], K>;
  currentId: string | null | undefined;
  noneLabel: string;
  optionLabel?: (record: T) => string;
}) {
  const { t } = useTranslation();
  const records = useQuery(query);
  if (records.isPending) {
    return (
      <select {...control} disabled aria-busy="true">
        <option>{t('common.loading')}</option>
      </select>
    );
  }
  const options = (records.data ?? []).filter((record) => record.active || record.id === currentId);
  return (
    <select {...control} {...registration}>
      <option value="">{noneLabel}</option>
      {options.map((record) => (
        <option key={record.id} value={record.id}>
          {optionLabel(record)}
        </option>
      ))}
    </select>
  );
}

/** Field errors of the fields both user forms share. */
interface AccountFieldErrors {
  displayName?: string | undefined;
  role?: string | undefined;
  workPhone?: string | undefined;
  locale?: string | undefined;
  siteId?: string | undefined;
  partnerServiceId?: string | undefined;
}

/**
 * The fields the create and edit forms share: name, role, language, site and (partner accounts
 * only) partner service. `afterName` goes between the name and the role (the e-mail at creation).
 */
function AccountFields({
  fields,
  errors,
  role,
  current,
  afterName,
}: {
  fields: Record<keyof AccountFieldErrors, UseFormRegisterReturn>;
  errors: AccountFieldErrors;
  role: Role | undefined;
  /** The edited user's site and service, listed even if deactivated since. */
  current?: { siteId: string | null; partnerServiceId: string | null };
  afterName?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t('admin.users.fields.displayName')} error={errors.displayName} required>
        {(control) => <input {...control} {...fields.displayName} type="text" autoComplete="off" />}
      </Field>
      {afterName}
      <Field label={t('admin.users.fields.role')} error={errors.role} required>
        {(control) => (
          <select {...control} {...fields.role}>
            <RoleOptions />
          </select>
        )}
      </Field>
      <Field label={t('partnerUpdates.workPhone')} error={errors.workPhone}>
        {(control) => <input {...control} {...fields.workPhone} type="tel" autoComplete="off" />}
      </Field>
      <Field label={t('admin.users.fields.locale')} error={errors.locale} required>
        {(control) => (
          <select {...control} {...fields.locale}>
            <LocaleOptions />
          </select>
        )}
      </Field>
      <Field label={t('admin.users.fields.site')} error={errors.siteId}>
        {(control) => (
          <ActiveRecordSelect
            control={control}
            registration={fields.siteId}
            query={sitesQueryOptions()}
            currentId={current?.siteId}
            noneLabel={t('admin.users.fields.noSite')}
          />
        )}
      </Field>
      {role === 'partner' && (
        // For partner accounts: the partner service they work for (they see the cases it is involved in).
        <Field
          label={t('admin.users.fields.partnerService')}
          hint={t('admin.users.partnerServiceHint')}
          error={errors.partnerServiceId}
        >
          {(control) => (
            <ActiveRecordSelect
              control={control}
              registration={fields.partnerServiceId}
              query={partnerServicesQueryOptions()}
              currentId={current?.partnerServiceId}
              noneLabel={t('admin.users.fields.noPartnerService')}
              optionLabel={(service) =>
                service.active ? service.name : t('admin.users.fields.inactiveService', { name: service.name })
              }
            />
          )}
        </Field>
      )}
    </>
  );
}

type AccountField = keyof AccountFieldErrors;

/** Both forms register the shared fields the same way (no site or service is sent as `null`). */
function accountFields<T extends FieldValues>(
  register: UseFormRegister<T>,
): Record<AccountField, UseFormRegisterReturn> {
  // The two forms' values both have these fields (UserCreate and UserUpdate), which TypeScript cannot see here.
  const field = (name: AccountField) => name as Path<T>;
  return {
    displayName: register(field('displayName')),
    role: register(field('role')),
    workPhone: register(field('workPhone'), { setValueAs: (value: string | null) => blankToNull(value ?? '') }),
    locale: register(field('locale')),
    siteId: register(field('siteId'), { setValueAs: emptyToNull }),
    partnerServiceId: register(field('partnerServiceId'), { setValueAs: emptyToNull }),
  };
}

function accountErrors(errors: Partial<Record<AccountField, { message?: string | undefined }>>): AccountFieldErrors {
  return {
    displayName: errors.displayName?.message,
    role: errors.role?.message,
    workPhone: errors.workPhone?.message,
    locale: errors.locale?.message,
    siteId: errors.siteId?.message,
    partnerServiceId: errors.partnerServiceId?.message,
  };
}

/** Only partner accounts belong to a partner service: every other role is sent without one. */
const withPartnerService = <T extends { role?: Role | undefined; partnerServiceId?: string | null | undefined }>(
  values: T,
  role: Role,
): T => ({ ...values, partnerServiceId: role === 'partner' ? (values.partnerServiceId ?? null) : null });

interface UserCreateFormProps {
  onSaved: (user: User) => void;
  onCancel: () => void;
}

export function UserCreateForm({ onSaved, onCancel }: UserCreateFormProps) {
  const { t } = useTranslation();
  const createUser = useCreateUser();
  const {
    register,
    onSubmit,
    formError,
    control: formControl,
    formState: { errors, isSubmitting },
  } = useServerForm(
    {
      resolver: zodResolver(UserCreate, zodErrorOptions),
      defaultValues: {
        displayName: '',
        email: '',
        role: 'case_worker',
        locale: 'fr',
        siteId: null,
        workPhone: null,
        partnerServiceId: null,
        password: '',
      },
    },
    {
      serverFields: ['displayName', 'email', 'role', 'locale', 'siteId', 'workPhone', 'partnerServiceId', 'password'],
      submit: async (values) => onSaved(await createUser.mutateAsync(withPartnerService(values, values.role))),
      onProblem: (error, form) => {
        if (!(error instanceof ApiError && error.status === 409)) return undefined;
        form.setError('email', { type: 'server', message: t('admin.users.emailTaken') }, { shouldFocus: true });
        return t('validation.summary');
      },
    },
  );
  const role = useWatch({ control: formControl, name: 'role' });
  const passwordError = usePasswordError(errors.password);

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="form-grid">
        <AccountFields
          fields={accountFields(register)}
          errors={accountErrors(errors)}
          role={role}
          afterName={
            <Field label={t('admin.users.fields.email')} error={errors.email?.message} required>
              {(control) => <EmailInput {...control} {...register('email')} />}
            </Field>
          }
        />
        <Field
          label={t('admin.users.fields.password')}
          hint={t('admin.users.passwordHint', { minimum: PASSWORD_MIN_LENGTH })}
          error={passwordError}
          required
        >
          {(control) => <input {...control} {...register('password')} type="password" autoComplete="new-password" />}
        </Field>
      </div>
      <FormActions submitting={isSubmitting} label={t('common.create')} onCancel={onCancel} />
    </form>
  );
}

interface UserEditFormProps {
  user: User;
  onSaved: (user: User) => void;
  onCancel: () => void;
}

export function UserEditForm({ user, onSaved, onCancel }: UserEditFormProps) {
  const { t } = useTranslation();
  const updateUser = useUpdateUser();
  const {
    register,
    onSubmit,
    formError,
    control: formControl,
    formState: { errors, isSubmitting },
  } = useServerForm(
    {
      resolver: zodResolver(UserUpdate, zodErrorOptions),
      defaultValues: {
        displayName: user.displayName,
        role: user.role,
        locale: user.locale,
        siteId: user.siteId,
        workPhone: user.workPhone,
        partnerServiceId: user.partnerServiceId,
        password: undefined,
      },
    },
    {
      serverFields: ['displayName', 'role', 'locale', 'siteId', 'workPhone', 'partnerServiceId', 'password'],
      submit: async (values) =>
        onSaved(
          await updateUser.mutateAsync({ id: user.id, changes: withPartnerService(values, values.role ?? user.role) }),
        ),
    },
  );
  const role = useWatch({ control: formControl, name: 'role' });
  const passwordError = usePasswordError(errors.password);

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <dl className="meta">
        <dt>{t('admin.users.fields.email')}</dt>
        <dd>{user.email}</dd>
      </dl>
      <div className="form-grid">
        <AccountFields
          fields={accountFields(register)}
          errors={accountErrors(errors)}
          role={role}
          current={{ siteId: user.siteId, partnerServiceId: user.partnerServiceId }}
        />
        <Field
          label={t('admin.users.fields.newPassword')}
          hint={t('admin.users.newPasswordHint', { minimum: PASSWORD_MIN_LENGTH })}
          error={passwordError}
        >
          {(control) => (
            <input
              {...control}
              {...register('password', { setValueAs: emptyToUndefined })}
              type="password"
              autoComplete="new-password"
            />
          )}
        </Field>
      </div>
      <FormActions submitting={isSubmitting} label={t('common.save')} onCancel={onCancel} />
    </form>
  );
}
