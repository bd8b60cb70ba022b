import { stringify } from 'csv-stringify/sync';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';

export type CsvCell = string | number | boolean | null;

/**
 * CSV that opens cleanly in Excel: UTF-8 with a byte-order mark, semicolons by default (European
 * Excel), and cells that look like formulas (=, +, -, @, tab, CR) neutralised by csv-stringify.
 */
export function toCsv(header: string[], rows: CsvCell[][], delimiter: 'semicolon' | 'comma' = 'semicolon') {
  const body = stringify([header, ...rows.map((row) => row.map((cell) => cell ?? ''))], {
    delimiter: delimiter === 'comma' ? ',' : ';',
    escape_formulas: true,
    record_delimiter: 'windows',
    cast: { boolean: (value) => (value ? 'true' : 'false') },
  });
  return `\uFEFF${body}`;
}

/** The 200 response of a CSV export in a route schema. */
export const csvResponse = (description: string) => ({
  description,
  content: { 'text/csv': { schema: z.string() } },
});

/** Sends a CSV export as an attachment (a Buffer bypasses the JSON serializer). */
export function sendCsv(
  reply: FastifyReply,
  fileName: string,
  header: string[],
  rows: CsvCell[][],
  delimiter: 'semicolon' | 'comma' = 'semicolon',
) {
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .send(Buffer.from(toCsv(header, rows, delimiter), 'utf8') as unknown as string);
}

/** Follows a keyset-paginated list to the end (at most `max` rows): what an export of the list holds. */
export async function allPages<T>(
  fetch: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
  max = 50_000,
): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetch(cursor);
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && all.length < max);
  return all;
}
