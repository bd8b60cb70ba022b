import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldErrorSlot } from '../../../components/field';
import { QueryError } from '../../../components/query-error';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { householdSearchQueryOptions } from '../api';

export interface PickedHousehold {
  id: string;
  label: string;
}

interface HouseholdPickerProps {
  value: PickedHousehold | null;
  onChange: (household: PickedHousehold | null) => void;
  error?: string | undefined;
}

/** Find an existing household by name, reference or address, and pick it. */
export function HouseholdPicker({ value, onChange, error }: HouseholdPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  const results = useQuery(householdSearchQueryOptions(q));
  const errorId = error ? `${id}-error` : undefined;

  if (value) {
    return (
      <div className="picked">
        <p className="picked__label" id={`${id}-picked`}>
          {t('referrals.form.pickedHousehold', { household: value.label })}
        </p>
        <button
          type="button"
          className="button button--small"
          aria-describedby={`${id}-picked`}
          onClick={() => onChange(null)}
        >
          {t('referrals.form.changeHousehold')}
        </button>
      </div>
    );
  }

  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {t('referrals.form.searchHousehold')}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {t('referrals.form.searchHouseholdHint')}
      </p>
      <input
        id={id}
        type="search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-describedby={[errorId, `${id}-hint`].filter(Boolean).join(' ')}
        aria-invalid={Boolean(error)}
        autoComplete="off"
        spellCheck={false}
      />
      <FieldErrorSlot id={errorId} error={error} />
      <div aria-live="polite" aria-busy={results.isFetching}>
        {results.isError ? (
          <QueryError error={results.error} />
        ) : results.data && q.length >= 2 ? (
          results.data.length === 0 ? (
            <p className="muted">{t('households.noResults', { q })}</p>
          ) : (
            <ul className="pick-list">
              {results.data.map((household) => (
                <li key={household.id}>
                  <button
                    type="button"
                    className="pick-list__option"
                    onClick={() =>
                      onChange({ id: household.id, label: `${household.displayName} (${household.reference})` })
                    }
                  >
                    <strong>{household.displayName}</strong> <span className="muted">{household.reference}</span>
                    {household.municipality && <span className="cell-secondary">{household.municipality}</span>}
                  </button>
                </li>
              ))}
            </ul>
          )
        ) : null}
      </div>
    </div>
  );
}
