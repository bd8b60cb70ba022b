import { type ProblemDomain, problemDomains, type Severity, severities } from '@percee/shared';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from './field';

/** A household problem as edited in a form (the shape of the shared `HouseholdProblemInput`). */
export interface ProblemDraft {
  domain: ProblemDomain;
  severity: Severity;
  since: string | null;
  note: string | null;
}

export const MAX_PROBLEMS = 12;

interface ProblemsEditorProps {
  value: readonly ProblemDraft[];
  onChange: (value: ProblemDraft[]) => void;
  /** The validation message of a row's field, if any. */
  errorOf?: (index: number, field: keyof ProblemDraft) => string | undefined;
}

/**
 * The problems of a household (debt, addiction, housing…) with their severity: a list of rows
 * that can be added and removed. Controlled, so it fits any form (`Controller` of react-hook-form).
 */
export function ProblemsEditor({ value, onChange, errorOf }: ProblemsEditorProps) {
  const { t } = useTranslation();
  const addButton = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLOListElement>(null);

  const update = (index: number, patch: Partial<ProblemDraft>) =>
    onChange(value.map((problem, i) => (i === index ? { ...problem, ...patch } : problem)));

  const add = () => {
    const used = new Set(value.map((problem) => problem.domain));
    const domain = problemDomains.find((candidate) => !used.has(candidate)) ?? problemDomains[0];
    onChange([...value, { domain, severity: 'medium', since: null, note: null }]);
    // Move focus to the new row, for keyboard and screen-reader users.
    requestAnimationFrame(() => list.current?.querySelector<HTMLElement>('li:last-child select')?.focus());
  };

  const remove = (index: number) => {
    onChange(value.filter((_, i) => i !== index));
    requestAnimationFrame(() => addButton.current?.focus());
  };

  return (
    <div className="repeater">
      {value.length === 0 && <p className="muted">{t('problems.none')}</p>}
      <ol className="repeater__list" ref={list}>
        {value.map((problem, index) => (
          // Rows have no identity of their own; the index is their identity while editing.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={index} className="repeater__item">
            <fieldset className="repeater__fieldset">
              <legend className="repeater__legend">{t('problems.item', { number: index + 1 })}</legend>
              <div className="form-grid form-grid--compact">
                <Field label={t('problems.domain')} error={errorOf?.(index, 'domain')} required>
                  {(control) => (
                    <select
                      {...control}
                      value={problem.domain}
                      onChange={(event) => update(index, { domain: event.target.value as ProblemDomain })}
                    >
                      {problemDomains.map((domain) => (
                        <option key={domain} value={domain}>
                          {t(`enums.problemDomain.${domain}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field label={t('problems.severity')} error={errorOf?.(index, 'severity')} required>
                  {(control) => (
                    <select
                      {...control}
                      value={problem.severity}
                      onChange={(event) => update(index, { severity: event.target.value as Severity })}
                    >
                      {severities.map((severity) => (
                        <option key={severity} value={severity}>
                          {t(`enums.severity.${severity}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field label={t('problems.since')} error={errorOf?.(index, 'since')}>
                  {(control) => (
                    <input
                      {...control}
                      type="date"
                      value={problem.since ?? ''}
                      onChange={(event) => update(index, { since: event.target.value || null })}
                    />
                  )}
                </Field>
                <Field label={t('problems.note')} error={errorOf?.(index, 'note')}>
                  {(control) => (
                    <input
                      {...control}
                      type="text"
                      value={problem.note ?? ''}
                      onChange={(event) =>
                        update(index, { note: event.target.value === '' ? null : event.target.value })
                      }
                    />
                  )}
                </Field>
              </div>
              <button type="button" className="button button--small" onClick={() => remove(index)}>
                {t('problems.remove', {
                  name: t(`enums.problemDomain.${problem.domain}`),
                })}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        ref={addButton}
        type="button"
        className="button button--small"
        onClick={add}
        disabled={value.length >= MAX_PROBLEMS}
      >
        {t('problems.add')}
      </button>
    </div>
  );
}
