import { type ReactNode, useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldErrorSlot } from './field';

export interface Choice {
  value: string;
  label: ReactNode;
  /** A second line under the label. */
  description?: ReactNode;
}

interface ChoiceGroupProps {
  legend: ReactNode;
  choices: readonly Choice[];
  /** `register(name)` of the form field (radio buttons share its name). */
  registration: UseFormRegisterReturn;
  error?: string | undefined;
  required?: boolean;
  hint?: ReactNode;
  className?: string;
}

/**
 * A radio group drawn as a row of large buttons: one click (or arrow keys) picks a value.
 * Native radios keep keyboard and screen-reader behaviour; the legend names the group.
 */
export function ChoiceGroup({
  legend,
  choices,
  registration,
  error,
  required = false,
  hint,
  className,
}: ChoiceGroupProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={['choice-group', error ? 'choice-group--invalid' : '', className ?? ''].filter(Boolean).join(' ')}
      aria-describedby={describedBy}
    >
      <legend className="field__label">
        {legend}
        {!required && <span className="field__optional"> ({t('common.optional')})</span>}
      </legend>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <div className="choice-group__options">
        {choices.map((choice) => (
          <label key={choice.value} className="choice">
            <input type="radio" value={choice.value} {...registration} />
            <span className="choice__label">{choice.label}</span>
            {choice.description && <span className="choice__description">{choice.description}</span>}
          </label>
        ))}
      </div>
      <FieldErrorSlot id={errorId} error={error} />
    </fieldset>
  );
}
