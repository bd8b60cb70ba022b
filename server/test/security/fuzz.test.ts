import type { Role } from '@percee/shared';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../app.js';
import { insertCase, insertProgram } from '../fixtures.js';

/*
 * Fuzzing every operation of the OpenAPI document (issue 7.7). For each operation, as a signed-in user
 * of a role it admits, fast-check sends generated bodies, query strings, path parameters and headers,
 * valid (drawn from the documented schemas) and invalid (anything). Every answer must be documented for
 * that operation (status, and a body matching its schema, checked with Ajv), never a 500; a refused
 * write (4xx) leaves every table's row count unchanged. Bounded: a fixed seed, a few runs per operation.
 */

const SEED = 7_007;
const RUNS = Number(process.env.FUZZ_RUNS ?? 6);

/*
 * Edge values (issue 16.5, 16.7), mixed into the "valid" values of every field of every operation:
 * text PostgreSQL cannot store or that is not Unicode (NUL, lone surrogates, U+FFFD from invalid
 * UTF-8), dates outside the 1900-2100 window (years 0, 1, 50, 99, 9999), and amounts at and beyond
 * their bounds (the schema's maximum, 2^31, 2^53).
 */
const EDGE_TEXT = ['\u0000', 'Dupont\u0000', '\ud83d', 'a\udc00b', 'caf\ufffd', '\u0000\ud800\ufffd'];
const EDGE_DATES = ['0000-01-01', '0001-01-01', '0050-06-15', '0099-12-31', '1899-12-31', '2101-01-01', '9999-12-31'];
const edgeText = fc
  .tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...EDGE_TEXT), fc.string({ maxLength: 8 }))
  .map((parts) => parts.join(''));
const edgeIntegers = (maximum: number | undefined) =>
  fc.constantFrom(
    ...[maximum, 2 ** 31 - 1, 2 ** 31, Number.MAX_SAFE_INTEGER, -(2 ** 31)].filter(
      (value): value is number => value !== undefined,
    ),
  );
/** Mostly the ordinary values, sometimes an edge one. */
const withEdges = <T>(ordinary: fc.Arbitrary<T>, edge: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 7, arbitrary: ordinary }, { weight: 1, arbitrary: edge });

type Json = Record<string, unknown>;
type Schema = Json & { $ref?: string };
interface Operation {
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema }[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: Schema }> };
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
  security?: unknown[];
}

const ROLES: Role[] = ['admin', 'coordinator', 'case_worker', 'partner', 'analyst'];

describe('fuzzing every operation', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let doc: { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };
  let headersOf: Record<Role, Record<string, string>>;
  let realIds: string[];
  let tables: string[];
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
  addFormats(ajv);

  beforeAll(async () => {
    ctx = await startTestApp();
    const org = await createTestOrganisation(ctx.database, 'Fuzz', ROLES);
    const program = await insertProgram(ctx.database, org.organisationId);
    const created = await insertCase(ctx.database, org.organisationId, {
      programId: program.id,
      primaryWorkerId: org.byRole.case_worker.id,
    });
    realIds = [
      org.organisationId,
      program.id,
      org.byRole.case_worker.id,
      ...Object.values(created as Json).filter(
        (value): value is string => typeof value === 'string' && /^[0-9a-f-]{36}$/.test(value),
      ),
    ];
    headersOf = Object.fromEntries(
      await Promise.all(ROLES.map(async (role) => [role, (await signIn(ctx.app, org.byRole[role].email)).headers])),
    ) as Record<Role, Record<string, string>>;
    doc = ctx.app.swagger() as unknown as typeof doc;
    ajv.addSchema({ $id: 'urn:percee:openapi', $defs: {}, components: doc.components } as object);
    const rows = await ctx.database.db.execute(
      sql`select tablename from pg_tables where schemaname = 'public' order by tablename`,
    );
    tables = (rows as unknown as { rows: { tablename: string }[] }).rows.map((row) => row.tablename);
  });
  afterAll(() => ctx?.close());

  const resolve = (schema: Schema | undefined): Schema => {
    let current = schema ?? {};
    for (let i = 0; current.$ref && i < 10; i++) {
      current = doc.components.schemas[current.$ref.replace('#/components/schemas/', '')] ?? {};
    }
    return current;
  };

  /** Values the schema admits (mostly): what a correct client would send. */
  function valid(schema: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
    const s = resolve(schema);
    if (depth > 5) return fc.constant(null);
    if ('const' in s) return fc.constant(s.const);
    if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
    const variants = (s.anyOf ?? s.oneOf) as Schema[] | undefined;
    if (variants?.length) return fc.oneof(...variants.map((v) => valid(v, depth + 1)));
    if (Array.isArray(s.allOf) && s.allOf.length) return valid(s.allOf[0] as Schema, depth + 1);
    const type = Array.isArray(s.type)
      ? (s.type as string[]).find((t) => t !== 'null')
      : (s.type as string | undefined);
    switch (type) {
      case 'object': {
        const properties = (s.properties ?? {}) as Record<string, Schema>;
        const required = (s.required ?? []) as string[];
        const model: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [key, property] of Object.entries(properties)) model[key] = valid(property, depth + 1);
        return fc.record(model, { requiredKeys: required.filter((key) => key in properties) });
      }
      case 'array':
        return fc.array(valid(s.items as Schema, depth + 1), {
          minLength: (s.minItems as number) ?? 0,
          maxLength: Math.min((s.maxItems as number) ?? 3, 3),
        });
      case 'integer':
        return withEdges(
          fc.integer({
            min: (s.minimum as number) ?? -1000,
            max: Math.min((s.maximum as number) ?? 100_000, 2 ** 31 - 1),
          }),
          edgeIntegers(s.maximum as number | undefined),
        );
      case 'number':
        return fc.double({ min: (s.minimum as number) ?? -1000, max: (s.maximum as number) ?? 100_000, noNaN: true });
      case 'boolean':
        return fc.boolean();
      case 'string': {
        switch (s.format) {
          case 'uuid':
            return fc.oneof(fc.uuid(), fc.constantFrom(...realIds));
          case 'date':
            return withEdges(
              fc
                .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
                .map((d) => d.toISOString().slice(0, 10)),
              fc.constantFrom(...EDGE_DATES),
            );
          case 'date-time':
            return withEdges(
              fc
                .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
                .map((d) => d.toISOString()),
              fc.constantFrom(...EDGE_DATES.map((date) => `${date}T00:00:00Z`)),
            );
          case 'email':
            return fc.emailAddress();
          default: {
            // Patterned strings (cursors, keys, hashes) are generated from their pattern; others stay short,
            // but never shorter than their minimum length.
            if (typeof s.pattern === 'string') return fc.stringMatching(new RegExp(s.pattern));
            const minLength = (s.minLength as number) ?? 0;
            return withEdges(
              fc.string({
                minLength,
                maxLength: Math.max(minLength, Math.min((s.maxLength as number) ?? 40, 40)),
              }),
              edgeText,
            );
          }
        }
      }
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  }

  /** Valid most of the time, anything otherwise (wrong types, unknown fields, huge and odd strings). */
  const anyOrValid = (schema: Schema | undefined) =>
    fc.oneof(
      { weight: 3, arbitrary: valid(schema) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
      { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
    );

  const asText = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));

  async function rowCounts(): Promise<Record<string, number>> {
    const selects = tables.map((table) => `(select count(*) from "${table}")::int as "${table}"`).join(', ');
    const result = await ctx.database.db.execute(sql.raw(`select ${selects}`));
    return (result as unknown as { rows: Record<string, number>[] }).rows[0] as Record<string, number>;
  }

  /** The first role that is not refused by the operation's role check. */
  async function roleFor(method: string, url: string): Promise<Role> {
    for (const role of ROLES) {
      const response = await ctx.app.inject({ method: method as 'GET', url, headers: headersOf[role] });
      if (response.statusCode !== 403) return role;
    }
    return 'admin';
  }

  /** What was seen, so the run cannot pass by checking nothing. */
  const seen = { requests: 0, success: 0, validatedBodies: 0, statuses: {} as Record<string, number> };

  function checkAnswer(
    label: string,
    operation: Operation,
    response: { statusCode: number; headers: Record<string, unknown>; body: string },
  ) {
    const status = String(response.statusCode);
    seen.requests++;
    seen.statuses[status] = (seen.statuses[status] ?? 0) + 1;
    if (response.statusCode < 300) seen.success++;
    expect(response.statusCode, `${label} answered 500: ${response.body}`).not.toBe(500);
    const documented = operation.responses[status] ?? operation.responses.default;
    expect(documented, `${label}: status ${status} is not documented (${response.body.slice(0, 300)})`).toBeDefined();
    const type = String(response.headers['content-type'] ?? '');
    if (!response.body || !type.includes('json')) return;
    const media = documented?.content?.[type.split(';')[0] as string] ?? Object.values(documented?.content ?? {})[0];
    if (!media?.schema) return;
    const schema = JSON.parse(
      JSON.stringify(media.schema).replaceAll('"#/components/', '"urn:percee:openapi#/components/'),
    );
    const validate = ajv.compile(schema);
    const body = JSON.parse(response.body);
    seen.validatedBodies++;
    expect(
      validate(body),
      `${label} ${status}: body does not match its schema: ${ajv.errorsText(validate.errors)}`,
    ).toBe(true);
  }

  it('answers every generated request as documented, never 500, and refused writes change nothing', async () => {
    const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })),
    );
    expect(operations.length).toBeGreaterThan(80);
    for (const { path, method, operation } of operations) {
      const label = `${method} ${path}`;
      const params = operation.parameters ?? [];
      const samplePath = path.replace(/\{[^}]+\}/g, () => realIds[1] as string);
      const role = await roleFor(method, samplePath);
      const bodyMedia = Object.entries(operation.requestBody?.content ?? {})[0];
      const pathArbs = Object.fromEntries(
        params
          .filter((p) => p.in === 'path')
          .map((p) => [p.name, fc.oneof(valid(p.schema), fc.string({ minLength: 1, maxLength: 20 }))]),
      );
      const queryArbs = Object.fromEntries(
        params.filter((p) => p.in === 'query').map((p) => [p.name, anyOrValid(p.schema)]),
      );
      const headerArbs = Object.fromEntries(
        params
          .filter((p) => p.in === 'header')
          .map((p) => [p.name, fc.oneof(valid(p.schema), fc.string({ maxLength: 80 }))]),
      );
      const request = fc.record({
        path: fc.record(pathArbs),
        query: fc.record(queryArbs, { requiredKeys: [] }),
        headers: fc.record(headerArbs, { requiredKeys: [] }),
        body: bodyMedia ? fc.option(anyOrValid(bodyMedia[1].schema), { nil: undefined }) : fc.constant(undefined),
      });
      await fc.assert(
        fc.asyncProperty(request, async (input) => {
          const url = path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(asText(input.path[name])));
          const query = new URLSearchParams(
            Object.entries(input.query).map(([key, value]) => [key, asText(value)] as [string, string]),
          ).toString();
          const headers: Record<string, string> = { ...headersOf[role] };
          for (const [name, value] of Object.entries(input.headers)) {
            const text = asText(value).replace(/[^\x20-\x7e]/g, '');
            if (text) headers[name] = text;
          }
          let payload: string | undefined;
          if (input.body !== undefined && bodyMedia) {
            const [contentType] = bodyMedia;
            headers['content-type'] = contentType;
            payload =
              contentType === 'application/x-www-form-urlencoded' && input.body && typeof input.body === 'object'
                ? new URLSearchParams(
                    Object.entries(input.body).map(([k, v]) => [k, asText(v)] as [string, string]),
                  ).toString()
                : contentType.includes('json')
                  ? JSON.stringify(input.body)
                  : asText(input.body);
          }
          const writes = method !== 'GET';
          // An accepted import goes on in the background and writes its audit rows later: let it finish,
          // so what the next refused write is checked against is settled.
          if (writes) await ctx.app.importRunner.idle();
          const before = writes ? await rowCounts() : null;
          const response = await ctx.app.inject({
            method: method as 'GET',
            url: query ? `${url}?${query}` : url,
            headers,
            ...(payload !== undefined ? { payload } : {}),
          });
          checkAnswer(`${label} as ${role}`, operation, response);
          if (before && response.statusCode >= 400 && response.statusCode < 500) {
            expect(await rowCounts(), `${label} ${response.statusCode} changed rows`).toEqual(before);
          }
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
    }
    if (process.env.FUZZ_STATS) console.info(JSON.stringify(seen));
    expect(seen.requests).toBeGreaterThanOrEqual(operations.length * RUNS);
    expect(seen.success).toBeGreaterThan(operations.length / 4);
    expect(seen.validatedBodies).toBeGreaterThan(seen.requests / 2);
  }, 300_000);
});
