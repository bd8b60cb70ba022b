import { zodResolver } from '@hookform/resolvers/zod';
import { LoginRequest, type Me } from '@percee/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { Field } from '../../../components/field';
import { EmailInput } from '../../../components/form-parts';
import { ApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/errors';
import { useServerForm, zodErrorOptions } from '../../../lib/forms';
import { useFormat } from '../../../lib/i18n/format';
import { useSecondFactor, useSignIn } from '../api';

interface SignInFormProps {
  onSignedIn?: (me: Me) => void;
}

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const signIn = useSignIn();
  const [showPassword, setShowPassword] = useState(false);
  const [challenge, setChallenge] = useState<string | null>(null);
  const {
    register,
    onSubmit,
    formError,
    formState: { errors, isSubmitting },
  } = useServerForm(
    {
      resolver: zodResolver(LoginRequest, zodErrorOptions),
      defaultValues: { email: '', password: '' },
    },
    {
      serverFields: ['email', 'password'],
      submit: async (credentials) => {
        const outcome = await signIn.mutateAsync(credentials);
        if ('challenge' in outcome) setChallenge(outcome.challenge);
        else onSignedIn?.(outcome.me);
      },
      onProblem: (error) => {
        if (error instanceof ApiError && error.status === 401) return t('auth.signIn.invalidCredentials');
        if (error instanceof ApiError && error.status === 429) {
          return error.retryAfter !== undefined
            ? t('auth.signIn.tooManyAttempts', { wait: format.duration(error.retryAfter) })
            : t('auth.signIn.tooManyAttemptsSoon');
        }
        return undefined;
      },
    },
  );

  if (challenge) {
    return (
      <SecondFactorStep
        challenge={challenge}
        onSignedIn={onSignedIn}
        onRestart={() => {
          signIn.reset();
          setChallenge(null);
        }}
      />
    );
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
      {formError && <Alert tone="error">{formError}</Alert>}

      <Field label={t('auth.signIn.email')} error={errors.email?.message} required>
        {(control) => <EmailInput {...control} {...register('email')} autoComplete="username" />}
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

      <button type="submit" className="button button--primary button--block" disabled={isSubmitting}>
        {isSubmitting ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
      </button>
    </form>
  );
}

/** The second step of a two-factor sign-in: a six-digit code from the authenticator app, or a recovery code. */
function SecondFactorStep({
  challenge,
  onSignedIn,
  onRestart,
}: {
  challenge: string;
  onSignedIn?: ((me: Me) => void) | undefined;
  onRestart: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const secondFactor = useSecondFactor();
  const [useRecovery, setUseRecovery] = useState(false);
  const [value, setValue] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = value.trim();
    if (!useRecovery && !/^\d{6}$/.test(trimmed)) {
      setFieldError(t('auth.totp.codeFormat'));
      return;
    }
    if (useRecovery && trimmed.length === 0) {
      setFieldError(t('auth.totp.recoveryRequired'));
      return;
    }
    setFieldError(undefined);
    try {
      const me = await secondFactor.mutateAsync(
        useRecovery ? { challenge, recoveryCode: trimmed } : { challenge, code: trimmed },
      );
      onSignedIn?.(me);
    } catch {
      // Shown below.
    }
  };

  const failure = secondFactor.error;
  let failureMessage: string | null = null;
  if (failure instanceof ApiError && failure.status === 401) failureMessage = t('auth.totp.invalidCode');
  else if (failure instanceof ApiError && failure.status === 429) {
    failureMessage =
      failure.retryAfter !== undefined
        ? t('auth.signIn.tooManyAttempts', { wait: format.duration(failure.retryAfter) })
        : t('auth.signIn.tooManyAttemptsSoon');
  } else if (failure) failureMessage = errorMessage(failure, t);
  const busy = secondFactor.isPending;

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
      <p>{useRecovery ? t('auth.totp.recoveryIntro') : t('auth.totp.codeIntro')}</p>
      {failureMessage && <Alert tone="error">{failureMessage}</Alert>}
      <Field label={useRecovery ? t('auth.totp.recoveryCode') : t('auth.totp.code')} error={fieldError} required>
        {(control) => (
          <input
            {...control}
            name={useRecovery ? 'recoveryCode' : 'code'}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            inputMode={useRecovery ? 'text' : 'numeric'}
            autoComplete="one-time-code"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={useRecovery ? 32 : 6}
          />
        )}
      </Field>
      <button type="submit" className="button button--primary button--block" disabled={busy}>
        {busy ? t('auth.signIn.submitting') : t('auth.totp.verify')}
      </button>
      <button
        type="button"
        className="button button--ghost button--block"
        onClick={() => {
          setUseRecovery((recovery) => !recovery);
          setValue('');
          setFieldError(undefined);
          secondFactor.reset();
        }}
      >
        {useRecovery ? t('auth.totp.useCode') : t('auth.totp.useRecovery')}
      </button>
      <button type="button" className="button button--ghost button--block" onClick={onRestart}>
        {t('auth.totp.restart')}
      </button>
    </form>
  );
}
