import type { ComponentProps, ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert } from './alert';
import { Field } from './field';

/**
 * The success message of a form or panel, in a live region that is always there (so that screen
 * readers announce the message when it appears). Nothing shows while `children` is empty or false.
 */
export function SuccessNotice({ children }: { children: ReactNode }) {
  return (
    <div aria-live="polite">
      {children ? (
        <Alert tone="success" live={false}>
          {children}
        </Alert>
      ) : null}
    </div>
  );
}

/** A form's notices: its success message (see `SuccessNotice`) and its form-level error. */
export function FormNotices({ saved, error }: { saved: ReactNode; error: ReactNode }) {
  return (
    <>
      <SuccessNotice>{saved}</SuccessNotice>
      {error && <Alert tone="error">{error}</Alert>}
    </>
  );
}

/** A form's buttons: submit (showing "saving" while it runs) and, when the form can be left, cancel. */
export function FormActions({
  submitting,
  label,
  onCancel,
}: {
  submitting: boolean;
  label: ReactNode;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="submit" className="button button--primary" disabled={submitting}>
        {submitting ? t('common.saving') : label}
      </button>
      {onCancel && (
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      )}
    </div>
  );
}

export interface SelectOption {
  value: string;
  label: ReactNode;
}

/** A labelled select bound to a form field, with "choose…" first (no value). */
export function SelectField({
  label,
  error,
  required = false,
  hint,
  registration,
  options,
}: {
  label: ReactNode;
  error?: string | undefined;
  required?: boolean;
  hint?: ReactNode;
  /** `register(name)` of the form field. */
  registration: UseFormRegisterReturn;
  options: readonly SelectOption[];
}) {
  const { t } = useTranslation();
  return (
    <Field label={label} error={error} required={required} hint={hint}>
      {(control) => (
        <select {...control} {...registration}>
          <option value="">{t('common.choose')}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A message that reports how an action went. */
export interface Notice {
  tone: 'success' | 'error';
  text: ReactNode;
}

/**
 * The live region of a page's notices: always there, so that a notice is announced when it appears.
 * `children` are further messages announced in the same region.
 */
export function NoticeRegion({ notice, children }: { notice: Notice | null; children?: ReactNode }) {
  return (
    <div aria-live="polite">
      {notice && (
        <Alert tone={notice.tone} live={false}>
          {notice.text}
        </Alert>
      )}
      {children}
    </div>
  );
}

/**
 * An e-mail address input: the e-mail keyboard, no automatic capital or spelling fix. Takes the
 * field's control props and `register(name)` (its ref too) like an `<input>`.
 */
export function EmailInput({ autoComplete = 'off', ...props }: Omit<ComponentProps<'input'>, 'type'>) {
  return (
    <input
      {...props}
      type="email"
      inputMode="email"
      autoComplete={autoComplete}
      autoCapitalize="none"
      spellCheck={false}
    />
  );
}
