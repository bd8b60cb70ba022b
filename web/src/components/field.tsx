import { type ReactElement, type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  'aria-required': boolean | undefined;
}

interface FieldProps {
  label: ReactNode;
  /** Helper text shown under the label. */
  hint?: ReactNode;
  /** Validation or server message for this field. */
  error?: string | undefined;
  required?: boolean;
  className?: string;
  /** Render the control (input, select…) with the accessibility attributes provided. */
  children: (control: FieldControlProps) => ReactElement;
}

/**
 * A labelled form field: the label is tied to the control, hint and error are announced through
 * aria-describedby, and the control is flagged with aria-invalid when the field has an error.
 */
export function Field({ label, hint, error, required = false, className, children }: FieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const controlId = `${id}-control`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;

  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={controlId}>
        {label}
        {!required && <span className="field__optional"> ({t('common.optional')})</span>}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({
        id: controlId,
        'aria-invalid': Boolean(error),
        'aria-describedby': describedBy,
        'aria-required': required || undefined,
      })}
      <FieldErrorSlot id={errorId} error={error} />
    </div>
  );
}

/** A field's error message, tied to its control by `id` (aria-describedby). */
export function FieldError({ id, error }: { id: string | undefined; error: string | undefined }) {
  if (!error) return null;
  return (
    <p className="field__error" id={id}>
      <span aria-hidden="true">⚠ </span>
      {error}
    </p>
  );
}

/** The place under a control where its error appears, announced when it does. */
export function FieldErrorSlot({ id, error }: { id: string | undefined; error: string | undefined }) {
  return (
    <div className="field__error-slot" aria-live="polite">
      <FieldError id={id} error={error} />
    </div>
  );
}
