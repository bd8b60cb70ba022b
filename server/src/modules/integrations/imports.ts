import { createHash, type Hash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  HouseholdCreate,
  type ImportJob,
  type ImportReport,
  type importRowOutcomes,
  ReferralCreate,
} from '@percee/shared';
import { type CsvError, type Options as CsvParseOptions, parse as csvParse } from 'csv-parse';
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { API_PREFIX } from '../../api-prefix.js';
import type { Config } from '../../config.js';
import type { Db, Tx } from '../../db/client.js';
import type { importJobRows } from '../../db/schema.js';
import { type Actor, inTenant, NO_USER } from '../../db/tenant.js';
import type { CsvCell } from '../../lib/csv.js';
import { HttpProblem, notFound } from '../../lib/problem.js';
import { dbNow } from '../../lib/sql.js';
import { audit } from '../../platform/audit.js';
import { assertHouseholdRole, createHousehold } from '../households/index.js';
import { createReferral } from '../referrals/index.js';
import {
  claimJob,
  findJob,
  finished,
  forgetJobValues,
  insertJob,
  insertJobRows,
  type JobKey,
  type JobRow,
  leaseFor,
  markNotWritten,
  oldestDueJob,
  recordOutcomes,
  recordWritten,
  reportRows,
  rowsToValidate,
  rowsToWrite,
  setJob,
  updateJob,
  uploaderActive,
} from './repo.js';

export type ImportKind = 'households' | 'referrals';
type RowError = ImportReport['rows'][number]['errors'][number];
type Outcome = (typeof importRowOutcomes)[number];
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
/** Staged rows per INSERT while an upload streams in. */
const STAGE_ROWS = 200;

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

function detectDelimiter(headerLine: string): ';' | ',' {
  const count = (d: string) => headerLine.split(d).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** The raw body's chunks, counted against the byte limit and hashed on the way. */
async function* limitedChunks(body: Readable, maxBytes: number, hash: Hash) {
  let bytes = 0;
  // Stopping early (413) must not destroy the request: that closes the socket on unread bytes and the
  // client may lose the answer. The rest is discarded after the answer (plugins/linger.ts).
  for await (const chunk of body.iterator({ destroyOnReturn: false })) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    bytes += buffer.length;
    if (bytes > maxBytes) throw tooLarge(`At most ${maxBytes} bytes per import; split the file`);
    hash.update(buffer);
    yield buffer;
  }
}

/**
 * CSV records as they stream in, parsed by csv-parse (RFC 4180: quoted delimiters, doubled quotes, line
 * breaks in quotes, CRLF, BOM, blank lines skipped). The delimiter, `;` or `,`, is the more frequent one
 * in the header line. A malformed record is skipped by the parser and comes out as an error in its place,
 * so every record keeps its number.
 */
async function* csvRecords(chunks: AsyncGenerator<Buffer>): AsyncGenerator<{ record?: string[]; error?: RowError }> {
  const head: Buffer[] = [];
  let headText = '';
  for (;;) {
    if (headText.includes('\n')) break;
    const next = await chunks.next();
    if (next.done) break;
    head.push(next.value);
    headText += next.value.toString('utf8');
  }
  const delimiter = detectDelimiter(headText.replace(/^\uFEFF/, '').split('\n')[0] ?? '');
  const skipped: { error: RowError }[] = [];
  let records = 0;
  let lastSkip = { line: 0, records: -1 };
  const options: CsvParseOptions<{ record: string[]; skippedBefore: number }, string[]> = {
    delimiter,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    // Only the code and line: the parser's message may quote the cell.
    on_skip: (error: CsvError | undefined) => {
      // The parser may report one bad record twice (same line, nothing parsed in between): one row.
      const line = Number(error?.lines ?? -1);
      if (line === lastSkip.line && lastSkip.records === records) return undefined;
      lastSkip = { line, records };
      skipped.push({
        error: {
          path: '',
          message: `Malformed CSV record (${error?.code ?? 'CSV_ERROR'}) ending at line ${error?.lines ?? '?'}`,
          code: 'bad_csv',
        },
      });
      return undefined;
    },
    // Each record carries how many were skipped before it, so the errors come out in their place.
    on_record: (record: string[]) => {
      records++;
      return { record, skippedBefore: skipped.length };
    },
  };
  // The typings know on_record only as a map to the same record type.
  const parser = csvParse(options as unknown as CsvParseOptions);
  async function* replay() {
    yield* head;
    yield* chunks;
  }
  const feeding = pipeline(Readable.from(replay()), parser);
  let emittedSkips = 0;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; skippedBefore: number }>) {
      while (emittedSkips < item.skippedBefore) yield { error: skipped[emittedSkips++]?.error };
      yield { record: item.record };
    }
    await feeding;
    while (emittedSkips < skipped.length) yield { error: skipped[emittedSkips++]?.error };
  } finally {
    // A 413 thrown while reading stops the pipeline; wait for it so nothing is left running.
    await feeding.catch(() => undefined);
  }
}

/** JSON lines, one object per line; a line that is not JSON is a row error. */
async function* jsonLines(chunks: AsyncGenerator<Buffer>): AsyncGenerator<{ value?: unknown; error?: RowError }> {
  const decoder = new TextDecoder('utf-8');
  let pending = '';
  let lineNumber = 0;
  function* lines(text: string, final: boolean) {
    const parts = (pending + text).split('\n');
    pending = final ? '' : (parts.pop() ?? '');
    for (const line of parts) {
      lineNumber++;
      if (line.trim() === '') continue;
      try {
        yield { value: JSON.parse(line) as unknown };
      } catch {
        yield { error: { path: '', message: `Line ${lineNumber} is not JSON`, code: 'json' } };
      }
    }
  }
  for await (const chunk of chunks) yield* lines(decoder.decode(chunk, { stream: true }), false);
  yield* lines(decoder.decode(), true);
}

/**
 * The rows of an import body as it streams in: CSV (first line: field paths such as `members.0.lastName`)
 * or JSON lines; or a JSON array (parsed by the route, within its body limit). Stops with 413 past
 * `maxBytes` or `maxRows`. `hash` sees the raw bytes (the Idempotency-Key request hash).
 */
async function* sourceRows(
  request: FastifyRequest,
  limits: { maxRows: number; maxBytes: number },
  hash: Hash,
): AsyncGenerator<SourceRow> {
  const tooMany = () => tooLarge(`At most ${limits.maxRows} rows per import; split the file`);
  const body = request.body;
  if (Array.isArray(body)) {
    if (body.length > limits.maxRows) throw tooMany();
    hash.update(JSON.stringify(body));
    for (const [index, value] of body.entries()) yield { row: index + 1, value, errors: [] };
    return;
  }
  if (!body || typeof (body as Readable).on !== 'function') {
    throw new HttpProblem(400, 'bad-request', 'Bad Request', 'Send CSV, JSON lines, or a JSON array of rows');
  }
  const chunks = limitedChunks(body as Readable, limits.maxBytes, hash);
  let row = 0;
  const next = () => {
    if (row >= limits.maxRows) throw tooMany();
    return ++row;
  };
  if ((request.headers['content-type'] ?? '').toLowerCase().startsWith('text/csv')) {
    let header: string[] | undefined;
    for await (const item of csvRecords(chunks)) {
      if (item.record && !header) {
        header = item.record.map((cell) => cell.trim());
        continue;
      }
      const number = next();
      if (item.record && header) yield recordToRow(header, item.record, number);
      else yield { row: number, value: null, errors: item.error ? [item.error] : [] };
    }
    return;
  }
  for await (const item of jsonLines(chunks)) {
    const number = next();
    yield { row: number, value: item.value ?? null, errors: item.error ? [item.error] : [] };
  }
}

/** Drains an upload only to hash it: a replayed Idempotency-Key compares bodies without staging them. */
export async function hashUpload(request: FastifyRequest, limits: { maxRows: number; maxBytes: number }) {
  const hash = createHash('sha256');
  for await (const _ of sourceRows(request, limits, hash)) {
    // counted and hashed only
  }
  return hash.digest('hex');
}

/**
 * Creates the job and stages every row of the upload as it streams in (a few hundred rows in memory
 * at a time), in the request's transaction: an upload cut short (413, a dropped connection) leaves no job.
 */
export async function stageImport(
  tx: Tx,
  actor: Actor,
  kind: ImportKind,
  dryRun: boolean,
  request: FastifyRequest,
  limits: { maxRows: number; maxBytes: number },
) {
  if (kind === 'households') assertHouseholdRole(actor);
  const hash = createHash('sha256');
  const jobId = await insertJob(tx, {
    organisationId: actor.organisationId,
    kind,
    dryRun,
    actorUserId: actor.kind === 'client' ? null : actor.userId,
    actorClientId: actor.kind === 'client' ? (actor.clientId ?? null) : null,
    actorRole: actor.role,
    total: 0,
  });
  let batch: (typeof importJobRows.$inferInsert)[] = [];
  let total = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await insertJobRows(tx, batch);
    batch = [];
  };
  for await (const source of sourceRows(request, limits, hash)) {
    total = source.row;
    batch.push({
      organisationId: actor.organisationId,
      jobId,
      row: source.row,
      value: source.value as object,
      errors: source.errors,
      // A row that could not be read is invalid before any check.
      outcome: source.errors.length > 0 ? 'invalid' : 'pending',
    });
    if (batch.length >= STAGE_ROWS) await flush();
  }
  await flush();
  const job = await updateJob(tx, { organisationId: actor.organisationId, id: jobId }, { total });
  return { job: job as JobRow, hash: hash.digest('hex') };
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export function jobView(job: JobRow): ImportJob {
  const self = `${API_PREFIX}/imports/${job.id}`;
  return {
    id: job.id,
    kind: job.kind,
    dryRun: job.dryRun,
    status: job.status,
    total: job.total,
    validated: job.validatedThrough,
    valid: job.valid,
    invalid: job.invalid,
    written: job.written,
    error: job.error,
    createdAt: iso(job.createdAt) as string,
    startedAt: iso(job.startedAt),
    finishedAt: iso(job.finishedAt),
    links: { self, report: `${self}/report` },
  };
}

/** The job, for its uploader only (a user, or the machine client); anyone else gets 404. */
async function ownJob(tx: Tx, actor: Actor, id: string, lock = false) {
  const job = await findJob(tx, { organisationId: actor.organisationId, id }, lock);
  const mine =
    job &&
    (actor.kind === 'client'
      ? job.actorClientId === actor.clientId
      : job.actorUserId === actor.userId && job.actorClientId === null);
  if (!mine) throw notFound('Import job');
  return job;
}

export async function getJob(tx: Tx, actor: Actor, id: string) {
  return jobView(await ownJob(tx, actor, id));
}

/** Stops a queued or running job before its next batch. Batches already written stay written. */
export async function cancelJob(tx: Tx, actor: Actor, id: string) {
  const job = await ownJob(tx, actor, id, true);
  if (job.status !== 'queued' && job.status !== 'running') {
    throw new HttpProblem(409, 'import-finished', 'Conflict', `This import job has already ${job.status}`);
  }
  const cancelled = await updateJob(
    tx,
    { organisationId: actor.organisationId, id },
    { status: 'cancelled', finishedAt: dbNow(), updatedAt: dbNow(), leaseToken: null, leaseUntil: null },
  );
  await forgetJobValues(tx, job);
  await audit(tx, actor, { action: `import.${job.kind}.cancel`, entityType: 'import_job', entityId: id });
  return jobView(cancelled as JobRow);
}

type ReportRow = Pick<typeof importJobRows.$inferSelect, 'row' | 'outcome' | 'errors' | 'resourceId' | 'reference'>;

const rowResult = (row: ReportRow): ImportReport['rows'][number] => ({
  row: row.row,
  ok: row.outcome === 'valid' || row.outcome === 'written',
  outcome: row.outcome,
  ...(row.outcome === 'written' && row.resourceId ? { id: row.resourceId } : {}),
  ...(row.outcome === 'written' && row.reference ? { reference: row.reference } : {}),
  errors: row.errors,
});

/** The whole report as JSON (at most IMPORT_MAX_ROWS rows, a few hundred bytes each). */
export async function jobReport(tx: Tx, actor: Actor, id: string): Promise<ImportReport> {
  const job = await ownJob(tx, actor, id);
  const rows = (await reportRows(tx, job, 0, job.total + 1)).map(rowResult);
  return {
    jobId: job.id,
    status: job.status,
    dryRun: job.dryRun,
    ok: job.invalid === 0 && job.status === 'succeeded',
    total: job.total,
    valid: job.valid,
    invalid: job.invalid,
    written: job.written,
    rows,
  };
}

export const REPORT_CSV_HEADER = ['row', 'outcome', 'id', 'reference', 'path', 'code', 'message'];

const csvLines = (row: ReportRow): CsvCell[][] => {
  const result = rowResult(row);
  const base = [result.row, result.outcome, result.id ?? '', result.reference ?? ''];
  if (result.errors.length === 0) return [[...base, '', '', '']];
  return result.errors.map((error) => [...base, error.path, error.code ?? '', error.message]);
};

/** The report as CSV pages of rows (keyset on the row number): one line per error, or one per row without. */
export const reportCsvPages = {
  async first(tx: Tx, actor: Actor, id: string, pageSize: number) {
    const job = await ownJob(tx, actor, id);
    return reportCsvPages.page(await reportRows(tx, job, 0, pageSize), pageSize);
  },
  async next(tx: Tx, actor: Actor, id: string, after: number, pageSize: number) {
    const job = await ownJob(tx, actor, id);
    return reportCsvPages.page(await reportRows(tx, job, after, pageSize), pageSize);
  },
  page(rows: ReportRow[], pageSize: number) {
    return { items: rows.flatMap(csvLines), nextCursor: rows.length === pageSize ? (rows.at(-1)?.row ?? null) : null };
  },
};

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

/** One row through the shared schema and the same service as the single-item route, in a savepoint. */
async function tryRow(
  tx: Tx,
  actor: Actor,
  kind: ImportKind,
  value: unknown,
): Promise<{ ok: true; id: string; reference?: string } | { ok: false; errors: RowError[] }> {
  const parsed = SCHEMAS[kind].safeParse(value);
  if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error) };
  try {
    const created = await tx.transaction(async (sp) =>
      kind === 'households'
        ? createHousehold(sp, actor, parsed.data as z.output<typeof HouseholdCreate>)
        : createReferral(sp, actor, parsed.data as z.output<typeof ReferralCreate>),
    );
    const reference = 'reference' in created ? (created.reference as string) : undefined;
    return { ok: true, id: created.id, ...(reference ? { reference } : {}) };
  } catch (error) {
    if (!(error instanceof HttpProblem) || error.status >= 500) throw error;
    return { ok: false, errors: problemErrors(error) };
  }
}

class Rollback extends Error {
  constructor(readonly results: { row: number; outcome: Outcome; errors: RowError[] }[]) {
    super('trial');
  }
}
class RowRefused extends Error {
  constructor(
    readonly row: number,
    readonly errors: RowError[],
  ) {
    super('refused');
  }
}
class LeaseLost extends Error {}

type Settings = Config['integrations'];

/**
 * Runs import jobs in the server process, one batch per transaction. A job is claimed with a lease
 * that every batch renews; a job whose lease ran out (its process died or stopped) is claimed again
 * and resumes after its last committed batch. Phase 1 checks every row (each batch written in
 * savepoints, then rolled back: nothing stays, no reference number is used). A dry run ends there.
 * A commit goes on to phase 2 only if every row passed, and writes the rows batch by batch. It looks
 * for work after each upload (`kick`) and on a per-process job of the runner (platform/jobs.ts, every
 * IMPORT_WORKER_INTERVAL_MS): every process takes jobs, each job claimed by one.
 */
export class ImportRunner {
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;

  constructor(
    private readonly db: Db,
    private readonly settings: Settings,
    private readonly log: FastifyBaseLogger,
  ) {}

  start() {
    if (!this.stopped) return;
    this.stopped = false;
    this.kick();
  }

  async stop() {
    this.stopped = true;
    await this.running;
  }

  /** Looks for work now (after an upload), unless a round is already going (it will look again). */
  kick() {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error) => this.log.error({ err: error }, 'import round failed'))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Resolves when no round is running (tests). */
  async idle() {
    while (this.running) await this.running;
  }

  private async drain() {
    while (!this.stopped) {
      const claimed = await this.claim();
      if (!claimed) return;
      await this.run(claimed);
    }
  }

  /** The oldest queued job, or a running one whose lease ran out, claimed with a fresh lease. */
  async claim(): Promise<JobRow | null> {
    for (;;) {
      const due = await this.db.transaction(oldestDueJob);
      if (!due) return null;
      const token = randomUUID();
      const job = await inTenant(this.db, { organisationId: due.organisation_id }, (tx) =>
        claimJob(tx, due.organisation_id, due.id, token, this.settings.importLeaseSeconds),
      );
      // Another instance took it first: look again.
      if (job) return job;
    }
  }

  private actorOf(job: JobRow): Actor {
    return job.actorClientId
      ? {
          organisationId: job.organisationId,
          userId: NO_USER,
          role: job.actorRole,
          kind: 'client',
          clientId: job.actorClientId,
        }
      : { organisationId: job.organisationId, userId: job.actorUserId ?? NO_USER, role: job.actorRole, kind: 'user' };
  }

  /** Runs one claimed job batch by batch until it ends, is cancelled, or its lease is lost. */
  async run(claimed: JobRow) {
    const actor = this.actorOf(claimed);
    const token = claimed.leaseToken as string;
    try {
      while (!this.stopped) {
        const done = await inTenant(this.db, { organisationId: actor.organisationId, userId: actor.userId }, (tx) =>
          this.step(tx, actor, claimed.id, token),
        );
        if (done) return;
        // On PGlite every query resolves without I/O: without a timer between batches, the event loop
        // would not read a waiting request (a poll) until the whole job is over.
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      // Stopping (shutdown): hand the job back at once rather than after its lease.
      await inTenant(this.db, { organisationId: actor.organisationId }, (tx) =>
        setJob(tx, this.leased(actor, claimed.id, token), {
          status: 'queued',
          leaseToken: null,
          leaseUntil: null,
          updatedAt: dbNow(),
        }),
      );
    } catch (error) {
      if (error instanceof LeaseLost) return;
      if (error instanceof RowRefused) {
        await this.refuse(actor, claimed.id, token, error);
        return;
      }
      this.log.error({ err: error, importJob: claimed.id }, 'import job failed');
      await inTenant(this.db, { organisationId: actor.organisationId }, async (tx) => {
        const job = await updateJob(
          tx,
          this.leased(actor, claimed.id, token),
          finished('failed', 'An internal error stopped the import; the rows written so far stay written'),
        );
        if (job) await forgetJobValues(tx, job);
      }).catch((inner) => this.log.error({ err: inner }, 'import job could not be marked failed'));
    }
  }

  /** The job while this lease holds. */
  private leased(actor: Actor, id: string, token: string): JobKey {
    return { organisationId: actor.organisationId, id, token };
  }

  /** One batch in the open transaction; true when the job is over. */
  private async step(tx: Tx, actor: Actor, id: string, token: string): Promise<boolean> {
    // Locks the job: a cancel waits for the batch in progress, and the batch sees a cancel made before it.
    const job = await findJob(tx, this.leased(actor, id, token), true);
    if (!job) throw new LeaseLost();
    const where: JobKey = { organisationId: actor.organisationId, id };
    // The uploader may no longer act (account disabled, client revoked, role changed): the job stops.
    if (!(await uploaderActive(tx, job))) {
      await setJob(tx, where, finished('failed', 'The account or API client that sent this import can no longer act'));
      await forgetJobValues(tx, job);
      return true;
    }
    const batch = this.settings.importBatchRows;
    const renew = { leaseUntil: leaseFor(this.settings.importLeaseSeconds), updatedAt: dbNow() };

    if (job.validatedThrough < job.total) {
      const rows = await rowsToValidate(tx, job, job.validatedThrough, batch);
      let results: Rollback['results'] = [];
      try {
        await tx.transaction(async (trial) => {
          const out: Rollback['results'] = [];
          for (const item of rows) {
            if (item.outcome === 'invalid') {
              out.push({ row: item.row, outcome: 'invalid', errors: item.errors });
              continue;
            }
            const result = await tryRow(trial, actor, job.kind, item.value);
            out.push({
              row: item.row,
              outcome: result.ok ? 'valid' : 'invalid',
              errors: result.ok ? [] : result.errors,
            });
          }
          // The trial's writes (and the reference numbers they took) are rolled back.
          throw new Rollback(out);
        });
      } catch (error) {
        if (!(error instanceof Rollback)) throw error;
        results = error.results;
      }
      await recordOutcomes(tx, job, results);
      const valid = results.filter((r) => r.outcome === 'valid').length;
      await setJob(tx, where, {
        ...renew,
        validatedThrough: rows.at(-1)?.row ?? job.total,
        valid: job.valid + valid,
        invalid: job.invalid + results.length - valid,
      });
      return false;
    }

    if (job.dryRun || job.invalid > 0) {
      await setJob(
        tx,
        where,
        job.dryRun
          ? finished('succeeded')
          : finished('failed', `${job.invalid} of ${job.total} rows are invalid; nothing was imported`),
      );
      await forgetJobValues(tx, job);
      return true;
    }

    if (job.writtenThrough < job.total) {
      const rows = await rowsToWrite(tx, job, job.writtenThrough, batch);
      const written: { row: number; id: string; reference: string | null }[] = [];
      for (const item of rows) {
        const result = await tryRow(tx, actor, job.kind, item.value);
        // Refused now though it passed phase 1 (changed meanwhile, or a duplicate of an earlier batch):
        // the whole batch rolls back and the job stops.
        if (!result.ok) throw new RowRefused(item.row, result.errors);
        written.push({ row: item.row, id: result.id, reference: result.reference ?? null });
      }
      await recordWritten(tx, job, written);
      await setJob(tx, where, {
        ...renew,
        writtenThrough: rows.at(-1)?.row ?? job.total,
        written: job.written + written.length,
      });
      return false;
    }

    await setJob(tx, where, finished('succeeded'));
    await audit(tx, actor, {
      action: `import.${job.kind}`,
      entityType: 'import_job',
      entityId: id,
      changes: { rows: job.written },
    });
    return true;
  }

  /** A row refused while writing: its batch was rolled back; the job fails, earlier batches stay written. */
  private async refuse(actor: Actor, id: string, token: string, refused: RowRefused) {
    await inTenant(this.db, { organisationId: actor.organisationId }, async (tx) => {
      const current = await findJob(tx, this.leased(actor, id, token), true);
      if (!current) return;
      const job = await updateJob(
        tx,
        this.leased(actor, id, token),
        finished(
          'failed',
          `Row ${refused.row} was refused while writing: ${current.written} rows written before its batch stay written, the others were not written`,
        ),
      );
      if (!job) return;
      await markNotWritten(tx, job, refused);
      await forgetJobValues(tx, job);
      if (job.written > 0) {
        await audit(tx, actor, {
          action: `import.${job.kind}`,
          entityType: 'import_job',
          entityId: id,
          changes: { rows: job.written },
        });
      }
    });
  }
}
