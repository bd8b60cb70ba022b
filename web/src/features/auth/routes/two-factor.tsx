import type { TotpEnrolment } from '@percee/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { DocumentTitle } from '../../../components/document-title';
import { Field } from '../../../components/field';
import { ApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/errors';
import { useMe } from '../../../lib/session';
import { useConfirmTotpEnrolment, useReloadSession, useStartTotpEnrolment } from '../api';

/**
 * Two-factor sign-in (TOTP): enrol with an authenticator app. The secret is shown once, as text and
 * as an otpauth:// URI; a first valid code turns it on and shows the single-use recovery codes once.
 */
export default function TwoFactorRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const start = useStartTotpEnrolment();
  const confirm = useConfirmTotpEnrolment();
  const reload = useReloadSession();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | undefined>();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);

  const onConfirm = async (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{6}$/.test(code.trim())) {
      setCodeError(t('auth.totp.codeFormat'));
      return;
    }
    setCodeError(undefined);
    try {
      const result = await confirm.mutateAsync(code.trim());
      setEnrolment(null);
      setRecoveryCodes(result.recoveryCodes);
    } catch (error) {
      if (error instanceof ApiError && error.status === 400) setCodeError(t('auth.totp.invalidCode'));
    }
  };

  const confirmFailure =
    confirm.error && !(confirm.error instanceof ApiError && confirm.error.status === 400)
      ? errorMessage(confirm.error, t)
      : null;

  return (
    <section className="page" aria-labelledby="two-factor-title">
      <DocumentTitle page={t('auth.totp.title')} />
      <h1 id="two-factor-title">{t('auth.totp.title')}</h1>
      <p className="muted">{t('auth.totp.intro')}</p>
      {me.totp.required && !recoveryCodes && <Alert tone="warning">{t('auth.totp.requiredNotice')}</Alert>}

      {recoveryCodes ? (
        <div className="card">
          <Alert tone="success">{t('auth.totp.enabled')}</Alert>
          <h2>{t('auth.totp.recoveryTitle')}</h2>
          <p>{t('auth.totp.recoveryHelp')}</p>
          <ul className="recovery-codes" aria-label={t('auth.totp.recoveryTitle')}>
            {recoveryCodes.map((recovery) => (
              <li key={recovery}>
                <code>{recovery}</code>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button button--primary"
            disabled={reload.isPending}
            onClick={() => void reload.mutateAsync()}
          >
            {t('auth.totp.continue')}
          </button>
        </div>
      ) : me.totp.enabled ? (
        <div className="card">
          <Alert tone="success">{t('auth.totp.alreadyEnabled')}</Alert>
          <Link to="/">{t('auth.totp.backHome')}</Link>
        </div>
      ) : enrolment ? (
        <form className="card form" onSubmit={onConfirm} noValidate aria-busy={confirm.isPending}>
          <h2>{t('auth.totp.scanTitle')}</h2>
          <p>{t('auth.totp.scanHelp')}</p>
          <dl>
            <dt>{t('auth.totp.secret')}</dt>
            <dd>
              <code data-testid="totp-secret">{enrolment.secret}</code>
            </dd>
            <dt>{t('auth.totp.uri')}</dt>
            <dd>
              <a href={enrolment.otpauthUri}>
                <code style={{ wordBreak: 'break-all' }}>{enrolment.otpauthUri}</code>
              </a>
            </dd>
          </dl>
          {confirmFailure && <Alert tone="error">{confirmFailure}</Alert>}
          <Field label={t('auth.totp.code')} error={codeError} required>
            {(control) => (
              <input
                {...control}
                name="code"
                value={code}
                onChange={(event) => setCode(event.target.value)}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
              />
            )}
          </Field>
          <button type="submit" className="button button--primary" disabled={confirm.isPending}>
            {t('auth.totp.confirm')}
          </button>
        </form>
      ) : (
        <div className="card">
          {start.error && <Alert tone="error">{errorMessage(start.error, t)}</Alert>}
          <button
            type="button"
            className="button button--primary"
            disabled={start.isPending}
            onClick={async () => {
              try {
                setEnrolment(await start.mutateAsync());
              } catch {
                // Shown above.
              }
            }}
          >
            {t('auth.totp.start')}
          </button>
        </div>
      )}
    </section>
  );
}
