import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate, lastCalendarYear, lastTwelveMonths, localDate } from '../lib/dates';

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterSelect {
  name: string;
  label: string;
  value: string;
  options: readonly FilterOption[];
}

export interface Period {
  from: string;
  to: string;
}

/** Why a period cannot be used, or null when it can. */
export function periodProblem(period: Period): 'invalidFrom' | 'invalidTo' | 'order' | null {
  if (!isIsoDate(period.from)) return 'invalidFrom';
  if (!isIsoDate(period.to)) return 'invalidTo';
  return period.from <= period.to ? null : 'order';
}

/** The period in the URL (`from`, `to`), or `fallback`. */
export function periodFrom(params: URLSearchParams, fallback: Period): Period {
  return { from: params.get('from') ?? fallback.from, to: params.get('to') ?? fallback.to };
}

interface ReportFiltersProps {
  /** The accessible name of the filter form. */
  label: string;
  period: Period;
  onPeriod: (period: Period) => void;
  selects: readonly FilterSelect[];
  onSelect: (name: string, value: string) => void;
  children?: ReactNode;
}

/**
 * The period and filters of a report. Changes apply at once (the page reads them from the URL, so a
 * filtered report can be bookmarked); presets set common periods in one click.
 */
export function ReportFilters({ label, period, onPeriod, selects, onSelect, children }: ReportFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const problem = periodProblem(period);
  const thisYear = `${new Date().getFullYear()}-01-01`;
  const presets: { key: 'lastYear' | 'last12Months' | 'thisYear'; period: Period }[] = [
    { key: 'lastYear', period: lastCalendarYear() },
    { key: 'last12Months', period: lastTwelveMonths() },
    { key: 'thisYear', period: { from: thisYear, to: localDate() } },
  ];
  const fromError = problem === 'invalidFrom' ? t('reportFilters.invalidDate') : undefined;
  const toError =
    problem === 'invalidTo'
      ? t('reportFilters.invalidDate')
      : problem === 'order'
        ? t('reportFilters.order')
        : undefined;

  return (
    <form className="report-filters no-print" aria-label={label} onSubmit={(event) => event.preventDefault()}>
      <fieldset className="report-filters__period">
        <legend className="field__label">{t('reportFilters.period')}</legend>
        <div className="filters">
          <div className={`field${fromError ? ' field--invalid' : ''}`}>
            <label className="field__label" htmlFor={`${id}-from`}>
              {t('reportFilters.from')}
            </label>
            <input
              id={`${id}-from`}
              type="date"
              value={period.from}
              aria-invalid={Boolean(fromError)}
              aria-describedby={fromError ? `${id}-from-error` : undefined}
              onChange={(event) => onPeriod({ ...period, from: event.target.value })}
            />
            <div className="field__error-slot" aria-live="polite">
              {fromError && (
                <p className="field__error" id={`${id}-from-error`}>
                  <span aria-hidden="true">⚠ </span>
                  {fromError}
                </p>
              )}
            </div>
          </div>
          <div className={`field${toError ? ' field--invalid' : ''}`}>
            <label className="field__label" htmlFor={`${id}-to`}>
              {t('reportFilters.to')}
            </label>
            <input
              id={`${id}-to`}
              type="date"
              value={period.to}
              aria-invalid={Boolean(toError)}
              aria-describedby={toError ? `${id}-to-error` : undefined}
              onChange={(event) => onPeriod({ ...period, to: event.target.value })}
            />
            <div className="field__error-slot" aria-live="polite">
              {toError && (
                <p className="field__error" id={`${id}-to-error`}>
                  <span aria-hidden="true">⚠ </span>
                  {toError}
                </p>
              )}
            </div>
          </div>
        </div>
        <div className="button-row">
          {presets.map((preset) => (
            <button
              key={preset.key}
              type="button"
              className="button button--small"
              aria-pressed={preset.period.from === period.from && preset.period.to === period.to}
              onClick={() => onPeriod(preset.period)}
            >
              {t(`reportFilters.presets.${preset.key}`)}
            </button>
          ))}
        </div>
      </fieldset>
      {selects.length > 0 && (
        <div className="filters">
          {selects.map((select) => (
            <div key={select.name} className="field">
              <label className="field__label" htmlFor={`${id}-${select.name}`}>
                {select.label}
              </label>
              <select
                id={`${id}-${select.name}`}
                value={select.value}
                onChange={(event) => onSelect(select.name, event.target.value)}
              >
                <option value="">{t('reportFilters.all')}</option>
                {select.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </div>
          ))}
          {children}
        </div>
      )}
    </form>
  );
}
