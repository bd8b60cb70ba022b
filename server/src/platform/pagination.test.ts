import { beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../../scripts/openapi.js';

/*
 * Issue 8, "keyset pagination everywhere", checked on the OpenAPI document: every GET whose 200 JSON
 * body is a list (a bare array, or an object with an `items` array) takes `limit` and `cursor` and
 * answers `nextCursor`. A new list endpoint that returns its whole list fails here.
 */

/** Feeds read forward from a position (`after`), which is keyset too, rather than by cursor. */
const FEEDS: Record<string, string[]> = { 'GET /api/v1/events': ['after', 'limit'] };

type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  maximum?: number;
};
type Parameter = { $ref?: string; in: string; name: string; schema?: Schema };
type Operation = {
  parameters?: Parameter[];
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
};
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema>; parameters?: Record<string, Parameter> };
};

interface ListOperation {
  key: string;
  query: Map<string, Schema | undefined>;
  nextCursor: boolean;
}

/** Every GET operation whose 200 JSON body is a list, with its query parameters. */
function listOperations(doc: Document): ListOperation[] {
  const resolve = <T extends { $ref?: string }>(node: T | undefined, seen = 0): T | undefined => {
    if (!node?.$ref || seen > 20) return node;
    const [, , section, name] = node.$ref.split('/') as [string, string, 'schemas' | 'parameters', string];
    return resolve(doc.components?.[section]?.[name] as T | undefined, seen + 1);
  };
  const isArray = (schema: Schema | undefined) => {
    const type = resolve(schema)?.type;
    return type === 'array' || (Array.isArray(type) && type.includes('array'));
  };
  /** The object shapes a body may take (allOf merged, each anyOf/oneOf branch on its own). */
  const shapes = (schema: Schema | undefined): Schema[] => {
    const node = resolve(schema);
    if (!node) return [];
    const branches = [...(node.anyOf ?? []), ...(node.oneOf ?? [])];
    if (branches.length > 0) return branches.flatMap(shapes);
    const merged = (node.allOf ?? []).flatMap(shapes);
    return [{ ...node, properties: Object.assign({}, ...merged.map((part) => part.properties), node.properties) }];
  };

  return Object.entries(doc.paths).flatMap(([path, item]) => {
    const operation = item.get;
    const content = operation?.responses?.['200']?.content ?? {};
    const bodies = Object.entries(content)
      .filter(([type]) => type.includes('json'))
      .flatMap(([, media]) => shapes(media.schema));
    const lists = bodies.filter((body) => isArray(body) || isArray(body.properties?.items));
    if (!operation || lists.length === 0) return [];
    const query = new Map(
      (operation.parameters ?? [])
        .map((parameter) => resolve(parameter) as Parameter)
        .filter((parameter) => parameter.in === 'query')
        .map((parameter) => [parameter.name, resolve(parameter.schema)] as const),
    );
    const nextCursor = lists.every((body) => !isArray(body) && body.properties?.nextCursor !== undefined);
    return [{ key: `GET ${path}`, query, nextCursor }];
  });
}

const isPaginated = (operation: ListOperation) =>
  operation.query.has('limit') && operation.query.has('cursor') && operation.nextCursor;

describe('keyset pagination of every list of the API (issue 8)', () => {
  let lists: ListOperation[];
  beforeAll(async () => {
    lists = listOperations((await openApiDocument()) as unknown as Document);
  }, 60_000);

  it('finds the lists of the document (arrays and { items } bodies alike)', () => {
    const keys = lists.map((operation) => operation.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'GET /api/v1/households',
        'GET /api/v1/team',
        'GET /api/v1/assessment-instruments',
        'GET /api/v1/events',
      ]),
    );
    expect(keys).not.toContain('GET /api/v1/cases/{id}');
    expect(keys).not.toContain('GET /api/v1/cases.csv');
  });

  it('takes limit and cursor and answers nextCursor on every list', () => {
    const unpaginated = lists
      .filter((operation) => !(operation.key in FEEDS))
      .filter((operation) => !isPaginated(operation))
      .map((operation) => operation.key);
    expect(unpaginated, 'lists returned whole: paginate them (shared/src/pagination.ts)').toEqual([]);
    for (const operation of lists.filter(isPaginated)) {
      const limit = operation.query.get('limit');
      expect(limit?.maximum, `${operation.key} limit`).toBeLessThanOrEqual(200);
    }
  });

  it('reads the event feed forward from a position, with a limit', () => {
    for (const [key, parameters] of Object.entries(FEEDS)) {
      const feed = lists.find((operation) => operation.key === key);
      expect(feed, key).toBeDefined();
      for (const name of parameters) expect(feed?.query.has(name), `${key} ${name}`).toBe(true);
    }
  });

  it('tells a paginated list from a whole one, whatever the shape of the body', () => {
    const page = {
      type: 'object',
      properties: { items: { type: 'array' }, nextCursor: { type: ['string', 'null'] } },
    };
    const pageQuery = [
      { in: 'query', name: 'limit', schema: { type: 'integer', maximum: 200 } },
      { in: 'query', name: 'cursor', schema: { type: 'string' } },
    ];
    const ok = (schema: Schema, parameters: Parameter[] = []) => ({
      get: { parameters, responses: { 200: { content: { 'application/json': { schema } } } } },
    });
    const found = listOperations({
      paths: {
        '/bare': ok({ type: 'array' }),
        '/items': ok({ type: 'object', properties: { items: { type: 'array' } } }),
        '/ref': ok({ $ref: '#/components/schemas/Whole' }),
        '/no-cursor': ok(page, [pageQuery[0] as Parameter]),
        '/paged': ok(page, pageQuery),
        '/one': ok({ type: 'object', properties: { id: { type: 'string' } } }),
      },
      components: {
        schemas: {
          Whole: { allOf: [{ properties: { items: { $ref: '#/components/schemas/Rows' } } }] },
          Rows: { type: 'array' },
        },
      },
    });
    expect(found.filter((operation) => !isPaginated(operation)).map((operation) => operation.key)).toEqual([
      'GET /bare',
      'GET /items',
      'GET /ref',
      'GET /no-cursor',
    ]);
    expect(found.filter(isPaginated).map((operation) => operation.key)).toEqual(['GET /paged']);
  });
});
