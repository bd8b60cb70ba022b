import { Readable } from 'node:stream';
import { type Options, stringify as stringifier } from 'csv-stringify';
import { stringify } from 'csv-stringify/sync';
import { type SQLWrapper, sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Tx } from '../db/client.js';
import type { Actor } from '../db/tenant.js';
import { rowsOf } from './sql.js';

export type CsvCell = string | number | boolean | null;
export type CsvDelimiter = 'semicolon' | 'comma';

/**
 * CSV that opens cleanly in Excel: UTF-8 with a byte-order mark, semicolons by default (European
 * Excel), Windows line ends, and cells that look like formulas (=, +, -, @, tab, CR) neutralised by
 * csv-stringify. The same options for a whole file (toCsv) and a streamed one (streamCsv).
 */
const csvOptions = (delimiter: CsvDelimiter): Options => ({
  delimiter: delimiter === 'comma' ? ',' : ';',
  escape_formulas: true,
  record_delimiter: 'windows',
  cast: { boolean: (value) => (value ? 'true' : 'false') },
});

const cells = (row: CsvCell[]) => row.map((cell) => cell ?? '');

/** A whole CSV file in one string: for the small exports (a caseload, a report's figures). */
export function toCsv(header: string[], rows: CsvCell[][], delimiter: CsvDelimiter = 'semicolon') {
  return `\uFEFF${stringify([header, ...rows.map(cells)], csvOptions(delimiter))}`;
}

/** The 200 response of a CSV export in a route schema. */
export const csvResponse = (description: string) => ({
  description,
  content: { 'text/csv': { schema: z.string() } },
});

const attachment = (reply: FastifyReply, fileName: string) =>
  reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${fileName}"`);

/** Sends a small CSV export as an attachment (a Buffer bypasses the JSON serializer). */
export function sendCsv(
  reply: FastifyReply,
  fileName: string,
  header: string[],
  rows: CsvCell[][],
  delimiter: CsvDelimiter = 'semicolon',
) {
  return attachment(reply, fileName).send(Buffer.from(toCsv(header, rows, delimiter), 'utf8') as unknown as string);
}

/** Rows per page of a streamed export, and the most rows a capped export holds (EXPORT_* settings). */
export interface CsvExportLimits {
  pageSize: number;
  maxRows: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    csvExportLimits: CsvExportLimits;
  }
}

export interface ExportPage<T, C> {
  items: T[];
  nextCursor: C | null;
}

export interface CsvExport<T, C> {
  fileName: string;
  header: string[];
  toRow: (item: T) => CsvCell[];
  delimiter: CsvDelimiter;
  /**
   * The first transaction: checks access, records the export on the audit trail (with the rows it will
   * hold, at most `limits.maxRows`) and reads the first page. What it throws is still a problem+json
   * answer: nothing has been sent yet.
   */
  first: (tx: Tx, actor: Actor, limits: CsvExportLimits) => Promise<ExportPage<T, C>>;
  /** Every later page, each in a short transaction of its own. */
  next: (tx: Tx, actor: Actor, cursor: C, pageSize: number) => Promise<ExportPage<T, C>>;
  /** `false` for an export that holds every row however many (the audit trail); otherwise `maxRows` at most. */
  capped?: boolean;
}

/** Rows as CSV text through csv-stringify's stream (the callback form of its stream API). */
function csvText(records: CsvCell[][], delimiter: CsvDelimiter) {
  return new Promise<string>((resolve, reject) => {
    stringifier(records, csvOptions(delimiter), (error, text) => (error ? reject(error) : resolve(text)));
  });
}

/**
 * Streams a keyset-paginated list as a CSV attachment, one page at a time: each page becomes one chunk
 * of the reply, and the next page is read only when the reply wants more (backpressure), so the server
 * holds about one page of rows, and no database connection while a slow client downloads. A page that
 * fails after the first bytes were sent cuts the response short (the socket is destroyed, no final
 * chunk), so a broken download never looks like a complete file; it is logged.
 */
export async function streamCsv<T, C>(request: FastifyRequest, reply: FastifyReply, spec: CsvExport<T, C>) {
  const { pageSize, maxRows } = request.server.csvExportLimits;
  const limits = { pageSize, maxRows: spec.capped === false ? Number.POSITIVE_INFINITY : maxRows };
  const first = await request.inTenant((tx, actor) => spec.first(tx, actor, limits));

  // The page is a parameter, not a captured constant, so each page can be collected once written.
  async function* chunks(page: ExportPage<T, C>) {
    let sent = 0;
    for (let opening = true; ; opening = false) {
      const rows = page.items.slice(0, limits.maxRows - sent).map((item) => cells(spec.toRow(item)));
      yield opening
        ? `\uFEFF${await csvText([spec.header, ...rows], spec.delimiter)}`
        : await csvText(rows, spec.delimiter);
      sent += rows.length;
      const cursor = page.nextCursor;
      if (cursor === null || sent >= limits.maxRows) return;
      try {
        page = await request.inTenant((tx, actor) => spec.next(tx, actor, cursor, limits.pageSize));
      } catch (error) {
        request.log.error(
          { err: error, export: spec.fileName, rowsSent: sent },
          'CSV export failed after it began: the download is cut short',
        );
        // Fastify destroys the response of a stream that errors after its headers were sent.
        throw error;
      }
    }
  }

  return attachment(reply, spec.fileName).send(Readable.from(chunks(first), { objectMode: false }));
}

/**
 * How many rows a query returns, counting no further than `max`: the size of an export, recorded on
 * the audit trail before its first byte leaves.
 */
export async function countUpTo(tx: Tx, query: SQLWrapper, max: number): Promise<number> {
  const rows = Number.isFinite(max)
    ? sql`select 1 from ${query} as matching limit ${max}`
    : sql`select 1 from ${query} as matching`;
  const [row] = await rowsOf<{ n: number }>(tx, sql`select count(*)::int as n from (${rows}) as counted`);
  return row?.n ?? 0;
}

/**
 * Follows a keyset-paginated list to the end: for the small exports whose size is bounded by the domain
 * (a worker's open caseload), built whole; large ones stream (streamCsv).
 */
export async function allPages<T>(
  fetch: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetch(cursor);
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}
