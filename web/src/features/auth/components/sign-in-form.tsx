import { zodResolver } from '@hookform/resolvers/zod';
import { LoginRequest, type Me } from '@percee/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { Field } from '../../../components/field';
import { ApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/errors';
import { applyServerFieldErrors, zodErrorOptions } from '../../../lib/forms';
import { useFormat } from '../../../lib/i18n/format';
import { useSignIn } from '../api';

interface SignInFormProps {
  onSignedIn?: (me: Me) => void;
}

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const signIn = useSignIn();
  const [showPassword, setShowPassword] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(LoginRequest, zodErrorOptions),
    defaultValues: { email: '', password: '' },
  });

  const onSubmit = handleSubmit(async (credentials) => {
    try {
      const me = await signIn.mutateAsync(credentials);
      onSignedIn?.(me);
    } catch (error) {
      applyServerFieldErrors(error, setError, ['email', 'password']);
    }
  });

  const failure = signIn.error;
  let failureMessage: string | null = null;
  if (failure instanceof ApiError && failure.status === 401) {
    failureMessage = t('auth.signIn.invalidCredentials');
  } else if (failure instanceof ApiError && failure.status === 429) {
    failureMessage =
      failure.retryAfter !== undefined
        ? t('auth.signIn.tooManyAttempts', { wait: format.duration(failure.retryAfter) })
        : t('auth.signIn.tooManyAttemptsSoon');
  } else if (failure) {
    failureMessage = errorMessage(failure, t);
  }

  const busy = isSubmitting || signIn.isPending;

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
      {failureMessage && <Alert tone="error">{failureMessage}</Alert>}

      <Field label={t('auth.signIn.email')} error={errors.email?.message} required>
        {(control) => (
          <input
            {...control}
            {...register('email')}
            type="email"
            inputMode="email"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
          />
        )}
      </Field>

      <Field label={t('auth.signIn.password')} error={errors.password?.message} required>
        {(control) => (
          <div className="input-with-action">
            <input
              {...control}
              {...register('password')}
              type={showPassword ? 'text' : 'password'}
              autoComplete="current-password"
            />
            <button
              type="button"
              className="button button--ghost"
              aria-pressed={showPassword}
              aria-label={t('auth.signIn.showPasswordLabel')}
              onClick={() => setShowPassword((shown) => !shown)}
            >
              {t('auth.signIn.showPassword')}
            </button>
          </div>
        )}
      </Field>

      <button type="submit" className="button button--primary button--block" disabled={busy}>
        {busy ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
      </button>
    </form>
  );
}
