import { stringify } from 'csv-stringify/sync';

/**
 * CSV that opens cleanly in Excel: UTF-8 with a byte-order mark, semicolons by default (European
 * Excel), and cells that look like formulas (=, +, -, @, tab, CR) neutralised by csv-stringify.
 */
export function toCsv(
  header: string[],
  rows: (string | number | null)[][],
  delimiter: 'semicolon' | 'comma' = 'semicolon',
) {
  const body = stringify([header, ...rows.map((row) => row.map((cell) => cell ?? ''))], {
    delimiter: delimiter === 'comma' ? ',' : ';',
    escape_formulas: true,
    record_delimiter: 'windows',
  });
  return `\uFEFF${body}`;
}
