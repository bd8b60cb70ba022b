import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { HouseholdCreate, type ImportReport, ReferralCreate } from '@percee/shared';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/tenant.js';
import { CsvError, CsvParser } from '../../lib/csv-parse.js';
import { HttpProblem } from '../../lib/problem.js';
import { audit } from '../../plugins/audit.js';
import { assertHouseholdRole, createHousehold } from '../households/service.js';
import { createReferral } from '../referrals/service.js';

export type ImportKind = 'households' | 'referrals';
type RowError = ImportReport['rows'][number]['errors'][number];
interface SourceRow {
  row: number;
  value: unknown;
  errors: RowError[];
}

export const STREAMED_TYPES = ['text/csv', 'application/x-ndjson', 'application/jsonl'];

const SCHEMAS = { households: HouseholdCreate, referrals: ReferralCreate } as const;
/** CSV cells are text: these fields (by their last path segment) are read as booleans. */
const BOOLEAN_FIELDS = new Set(['personAgreed', 'confirmNotDuplicate']);
const TRUE = new Set(['true', 'yes', 'y', '1', 'oui', 'ja', 'vrai', 'x']);
const FALSE = new Set(['false', 'no', 'n', '0', 'non', 'nee', 'faux']);
const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'prototype', 'constructor']);

const tooLarge = (detail: string) => new HttpProblem(413, 'too-large', 'Content Too Large', detail);

/** Sets `value` at a dotted path (`members.0.firstName`), creating objects and arrays on the way. */
function setPath(target: Record<string, unknown>, path: string[], value: unknown) {
  let node: Record<string, unknown> | unknown[] = target;
  path.forEach((segment, index) => {
    const last = index === path.length - 1;
    const nextIsIndex = /^\d+$/.test(path[index + 1] ?? '');
    const container = node as Record<string, unknown>;
    if (last) {
      container[segment] = value;
      return;
    }
    container[segment] ??= nextIsIndex ? [] : {};
    node = container[segment] as Record<string, unknown>;
  });
}

function cellValue(path: string[], cell: string): unknown {
  const field = path.at(-1) as string;
  if (!BOOLEAN_FIELDS.has(field)) return cell;
  const lower = cell.trim().toLowerCase();
  if (TRUE.has(lower)) return true;
  if (FALSE.has(lower)) return false;
  return cell;
}

/** A column header is a field path; a bad one is reported on every row rather than guessed at. */
function columnPath(header: string): string[] | null {
  const path = header.trim().split('.');
  const valid = path.every(
    (segment) =>
      segment !== '' && !FORBIDDEN_SEGMENTS.has(segment) && (!/^\d+$/.test(segment) || Number(segment) < 100),
  );
  return valid ? path : null;
}

function recordToRow(header: string[], record: string[], row: number): SourceRow {
  const value: Record<string, unknown> = {};
  const errors: RowError[] = [];
  if (record.length > header.length) {
    errors.push({ path: '', message: `${record.length} cells for ${header.length} columns`, code: 'too_many_cells' });
  }
  header.forEach((column, index) => {
    const cell = record[index] ?? '';
    if (cell === '') return;
    const path = columnPath(column);
    if (!path) {
      errors.push({ path: column, message: 'Not a field path', code: 'bad_column' });
      return;
    }
    setPath(value, path, cellValue(path, cell));
  });
  return { row, value, errors };
}

/**
 * Reads an import body as it streams in: CSV (first line: field paths such as `members.0.lastName`)
 * or JSON lines, one object per line; or a JSON array (already parsed, within the route's body limit).
 * Stops with 413 past `maxBytes` or `maxRows`. Returns the rows and the SHA-256 of the raw body.
 */
export async function readImport(request: FastifyRequest, limits: { maxRows: number; maxBytes: number }) {
  const rows: SourceRow[] = [];
  const hash = createHash('sha256');
  const tooMany = () => tooLarge(`At most ${limits.maxRows} rows per import; split the file`);
  const body = request.body;
  if (Array.isArray(body)) {
    if (body.length > limits.maxRows) throw tooMany();
    hash.update(JSON.stringify(body));
    body.forEach((value, index) => {
      rows.push({ row: index + 1, value, errors: [] });
    });
    return { rows, hash: hash.digest('hex') };
  }
  if (!body || typeof (body as Readable).on !== 'function') {
    throw new HttpProblem(400, 'bad-request', 'Bad Request', 'Send CSV, JSON lines, or a JSON array of rows');
  }
  const csv = (request.headers['content-type'] ?? '').toLowerCase().startsWith('text/csv');
  const decoder = new TextDecoder('utf-8');
  const parser = new CsvParser();
  let header: string[] | undefined;
  let pendingLine = '';
  let bytes = 0;
  let lineNumber = 0;
  const takeRecords = (records: string[][]) => {
    for (const record of records) {
      if (!header) {
        header = record.map((cell) => cell.trim());
        continue;
      }
      if (rows.length >= limits.maxRows) throw tooMany();
      rows.push(recordToRow(header, record, rows.length + 1));
    }
  };
  const takeLines = (text: string, final: boolean) => {
    const lines = (pendingLine + text).split('\n');
    pendingLine = final ? '' : (lines.pop() ?? '');
    for (const line of lines) {
      lineNumber++;
      if (line.trim() === '') continue;
      if (rows.length >= limits.maxRows) throw tooMany();
      const row = rows.length + 1;
      try {
        rows.push({ row, value: JSON.parse(line), errors: [] });
      } catch {
        rows.push({
          row,
          value: null,
          errors: [{ path: '', message: `Line ${lineNumber} is not JSON`, code: 'json' }],
        });
      }
    }
  };
  try {
    for await (const chunk of body as Readable) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      bytes += buffer.length;
      if (bytes > limits.maxBytes) throw tooLarge(`At most ${limits.maxBytes} bytes per import; split the file`);
      hash.update(buffer);
      const text = decoder.decode(buffer, { stream: true });
      if (csv) takeRecords(parser.push(text));
      else takeLines(text, false);
    }
    const rest = decoder.decode();
    if (csv) takeRecords([...parser.push(rest), ...parser.end()]);
    else takeLines(rest, true);
  } catch (error) {
    if (error instanceof CsvError) throw new HttpProblem(400, 'bad-csv', 'Bad Request', error.message);
    throw error;
  }
  return { rows, hash: hash.digest('hex') };
}

function zodErrors(error: z.ZodError): RowError[] {
  return error.issues.flatMap((issue): RowError[] => {
    const at = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...at, key].join('.'), message: 'Unknown field', code: issue.code }));
    }
    return [{ path: at.join('.'), message: issue.message, code: issue.code }];
  });
}

/** A service's refusal of one row, as row errors (field paths without the `body.` prefix). */
function problemErrors(problem: HttpProblem): RowError[] {
  const duplicates = (problem.extra.duplicates ?? []) as { reference: string; reason: string }[];
  if (duplicates.length > 0) {
    return [
      {
        path: '',
        message: `Possible duplicate of ${duplicates.map((d) => `${d.reference} (${d.reason})`).join(', ')}; set confirmNotDuplicate after checking`,
        code: problem.slug,
      },
    ];
  }
  if (problem.extra.errors?.length) {
    return problem.extra.errors.map((error) => ({
      path: error.path.replace(/^body\.?/, ''),
      message: error.message,
      code: problem.slug,
    }));
  }
  return [{ path: '', message: problem.detail ?? problem.title, code: problem.slug }];
}

/**
 * Validates every row with the shared schema, then creates each valid one through the same service
 * as the single-item route, in a savepoint, so a refused row (duplicate, unknown program...) is
 * reported without stopping the others. The caller's transaction makes it all or nothing: it commits
 * only if every row is fine, and a dry run is the same work rolled back.
 */
export async function runImport(
  tx: Tx,
  actor: Actor,
  kind: ImportKind,
  source: SourceRow[],
  dryRun: boolean,
): Promise<ImportReport> {
  if (kind === 'households') assertHouseholdRole(actor);
  const schema = SCHEMAS[kind];
  const rows: ImportReport['rows'] = [];
  for (const item of source) {
    const errors = [...item.errors];
    const parsed = schema.safeParse(item.value);
    if (!parsed.success) errors.push(...zodErrors(parsed.error));
    if (errors.length > 0 || !parsed.success) {
      rows.push({ row: item.row, ok: false, errors });
      continue;
    }
    try {
      const created = await tx.transaction(async (sp) =>
        kind === 'households'
          ? createHousehold(sp, actor, parsed.data as z.output<typeof HouseholdCreate>)
          : createReferral(sp, actor, parsed.data as z.output<typeof ReferralCreate>),
      );
      const reference = 'reference' in created ? (created.reference as string) : undefined;
      rows.push({
        row: item.row,
        ok: true,
        ...(dryRun ? {} : { id: created.id, ...(reference ? { reference } : {}) }),
        errors: [],
      });
    } catch (error) {
      if (!(error instanceof HttpProblem) || error.status >= 500) throw error;
      rows.push({ row: item.row, ok: false, errors: problemErrors(error) });
    }
  }
  const invalid = rows.filter((row) => !row.ok).length;
  const report: ImportReport = {
    dryRun,
    ok: invalid === 0,
    total: rows.length,
    valid: rows.length - invalid,
    invalid,
    rows,
  };
  if (!dryRun && report.ok) {
    await audit(tx, actor, { action: `import.${kind}`, entityType: kind, changes: { rows: rows.length } });
  }
  return report;
}

/** Thrown to roll a dry run back once its report is made. */
export class DryRunRollback extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run');
  }
}
