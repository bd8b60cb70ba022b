import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultLanguage, intlLocales, isLanguage, type Language } from './index';

export interface Formatters {
  language: Language;
  /** A calendar date, e.g. « 3 mars 2025 ». Accepts an ISO instant, an ISO date (`2025-03-04`) or a Date. */
  date: (value: string | Date) => string;
  /** Date and time, e.g. « 3 mars 2025, 14:05 ». */
  dateTime: (value: string | Date) => string;
  number: (value: number) => string;
  /** A wait expressed in seconds, rounded up to minutes beyond 90 s: « 30 secondes », « 2 minutes ». */
  duration: (seconds: number) => string;
  /** A number of days: « 1 jour », « 3 dagen ». */
  days: (count: number) => string;
  /** A number of minutes: « 45 min ». */
  minutes: (count: number) => string;
  /** An amount held in integer cents, in euros: « 1 234,56 € ». */
  euros: (cents: number) => string;
  /** Whole euros, for chart axes: « 12 k€ » style compact amounts. */
  compactEuros: (cents: number) => string;
  /** A calendar month `YYYY-MM`: « mars 2025 ». */
  month: (yearMonth: string) => string;
  /** A short calendar month `YYYY-MM`: « mars 25 » (chart axes). */
  shortMonth: (yearMonth: string) => string;
  /** A decimal figure (means, averages), at most `digits` decimals. */
  decimal: (value: number, digits?: number) => string;
  /** A whole percentage: « 75 % ». */
  percent: (value: number) => string;
}

export function createFormatters(language: Language): Formatters {
  const locale = intlLocales[language];
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const numberFormat = new Intl.NumberFormat(locale);
  const seconds = new Intl.NumberFormat(locale, { style: 'unit', unit: 'second', unitDisplay: 'long' });
  const minutes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' });
  const shortMinutes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' });
  const days = new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' });
  const euros = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  const compactEuros = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' });
  const shortMonthFormat = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit' });
  const decimals = new Map<number, Intl.NumberFormat>();
  const decimalFormat = (digits: number) => {
    let format = decimals.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
      decimals.set(digits, format);
    }
    return format;
  };
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const monthDate = (yearMonth: string) => new Date(`${yearMonth}-01T00:00:00`);
  // A calendar date (`2025-03-04`) is a day where the person is, not midnight UTC.
  const toDate = (value: string | Date) =>
    typeof value !== 'string' ? value : new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00` : value);
  return {
    language,
    date: (value) => dateFormat.format(toDate(value)),
    dateTime: (value) => dateTimeFormat.format(toDate(value)),
    number: (value) => numberFormat.format(value),
    duration: (value) => {
      const s = Math.max(1, Math.ceil(value));
      return s > 90 ? minutes.format(Math.ceil(s / 60)) : seconds.format(s);
    },
    days: (count) => days.format(count),
    minutes: (count) => shortMinutes.format(count),
    // Display only: the division happens after all arithmetic was done on integer cents.
    euros: (cents) => euros.format(cents / 100),
    compactEuros: (cents) => compactEuros.format(cents / 100),
    month: (yearMonth) => monthFormat.format(monthDate(yearMonth)),
    shortMonth: (yearMonth) => shortMonthFormat.format(monthDate(yearMonth)),
    decimal: (value, digits = 1) => decimalFormat(digits).format(value),
    percent: (value) => percent.format(value / 100),
  };
}

/** Intl formatters for the current interface language; re-created when the language changes. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage;
  return useMemo(() => createFormatters(language), [language]);
}
