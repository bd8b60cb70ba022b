import { type ApiScope, Problem } from '@percee/shared';

/**
 * The OpenAPI contract beyond what the route schemas say: security schemes (user JWT, OAuth2 client
 * credentials with scopes), the errors every operation can answer, operation ids, tags, and a few
 * normalisations for client generators and Spectral (integer formats, problem+json media type).
 */

const SCOPE_DESCRIPTIONS: Record<ApiScope, string> = {
  'referrals:write': 'Send referrals (one by one or imported in bulk)',
  'referrals:read': "Read the organisation's referrals and their decisions",
  'households:read': 'Read household files (members, problems)',
  'households:write': 'Register and update households (one by one or imported in bulk)',
  'cases:read': 'Read cases (stage, worker, dates)',
  'reports:read': 'Read aggregate reports (small counts suppressed)',
  'events:subscribe': 'Read the event feed and manage its own webhook subscriptions',
};

export const securitySchemes = {
  bearerAuth: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description:
      'A user access token from `POST /api/v1/auth/login` (or a machine client token). JWS signed with HS256 only (the algorithm is pinned, `none` refused), `iss`, `aud` and `exp` checked, as RFC8725 recommends. A user token also names its session (`sid`): it is refused from the request after that session ends (logout, refresh-token reuse, password or second-factor reset, disabled account), not only at `exp`.',
  },
  clientCredentials: {
    type: 'oauth2',
    description:
      'Machine clients of other municipal systems: OAuth2 client credentials. The token is a JWT (HS256 only, `iss`, `aud`, `exp` checked, following RFC8725) valid 5 to 15 minutes, with `kind: "client"` and the granted `scope`.',
    flows: { clientCredentials: { tokenUrl: '/api/v1/oauth/token', scopes: SCOPE_DESCRIPTIONS } },
  },
  clientBasic: {
    type: 'http',
    scheme: 'basic',
    description: "A machine client's id and secret, at the token endpoint only",
  },
} as const;

/** Security of a route open to users (by role) and to machine clients holding `scope`. */
export const scoped = (scope: ApiScope): { [scheme: string]: string[] }[] => [
  { bearerAuth: [] },
  { clientCredentials: [scope] },
];

const TAG_DESCRIPTIONS: Record<string, string> = {
  health: 'Liveness and readiness',
  auth: 'Sign-in, sessions and the signed-in user',
  administration: 'Organisation administration (admins)',
  integrations: 'Machine clients, OAuth2 tokens, events, webhooks and bulk imports for other municipal systems',
  programs: 'Support programs and their rules',
  households: 'Household files: members and problems',
  referrals: 'Referrals from any service, and their decisions',
  cases: 'The six-stage case workflow, caseloads and timelines',
  reports: 'Activity reports and dashboards (aggregates)',
  contacts: 'The contact journal of a case',
  assessments: 'Self-sufficiency assessments',
  aid: 'Material, financial and social aid granted',
  helpdesk: 'The help desk log',
  catalogue: 'The social cost catalogue with price history',
  breakthroughs: 'Breakthrough plans and breakthroughs',
  'avoided-costs': 'Avoided social cost summaries',
  retention: 'Retention period, dry run and run of pseudonymisation, legal holds',
  'subject-rights': 'Data-subject rights: export of everything held about a person',
  consents: 'The consent and legal-basis register, and partner services',
  partners: 'What partner services see: the cases they are involved in, under consent',
};

/**
 * Anonymous operations whose failed attempts are limited (modules/auth/attempts.ts): 429 with
 * Retry-After, and no X-RateLimit-* headers (they would tell anyone how often an account was
 * guessed at). Every secured operation is limited per user and per machine client, with the headers.
 */
const ATTEMPT_LIMITED = new Set([
  'post /api/v1/auth/login',
  'post /api/v1/auth/login/totp',
  'post /api/v1/oauth/token',
]);

type Json = Record<string, unknown>;
const PROBLEM_REF = '#/components/schemas/Problem';
const problem = (description: string, headers?: Json) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { 'application/problem+json': { schema: { $ref: PROBLEM_REF } } },
});
const header = (description: string, type = 'integer') => ({
  description,
  schema:
    type === 'integer'
      ? { type, format: 'int32', minimum: 0, maximum: 2_147_483_647 }
      : { type, maxLength: 200, pattern: '^https?://[^/\\s]+$' },
});
const CORS_HEADER = {
  'Access-Control-Allow-Origin': header('Present when the calling origin is one of CORS_ORIGINS', 'string'),
};
const RATE_HEADERS = {
  ...CORS_HEADER,
  'X-RateLimit-Limit': header('Requests allowed in the window'),
  'X-RateLimit-Remaining': header('Requests left in the window'),
  'X-RateLimit-Reset': header('Seconds until the window resets'),
};

const DEFAULT_ERRORS: Record<string, string> = {
  '400': 'Invalid request: `errors` lists each offending field (path and message)',
  '401': 'Missing, invalid or expired access token, or the account or client was disabled',
  '403': 'Authenticated, but this role or client scope may not do this',
  '404': 'No such resource in your organisation (or not visible to you)',
  '414': 'The URL or one of its path segments is too long (answered before any route runs)',
  '415': 'The body is not of a content type this operation accepts (JSON unless stated)',
  '431': 'The request headers are too large (over 16 KiB; answered before any route runs)',
  '500': 'Unexpected error (details are in the server log under the request id)',
  '503': 'The database is unavailable, or the server is shutting down: retry after Retry-After seconds',
};

const operationIdOf = (method: string, path: string) =>
  method +
  path
    .replace(/^\/api\/v1/, '')
    .split(/[/.-]/)
    .filter(Boolean)
    .map((part) => {
      const param = /^\{(.+)\}$/.exec(part);
      const word = param ? `by-${param[1]}` : part;
      return word
        .split(/[-_]/)
        .map((w) => (w[0]?.toUpperCase() ?? '') + w.slice(1))
        .join('');
    })
    .join('');

/** Walks every schema object of the document. */
function walk(node: unknown, visit: (schema: Json) => void) {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, visit);
  } else if (node && typeof node === 'object') {
    visit(node as Json);
    for (const value of Object.values(node)) walk(value, visit);
  }
}

function refsIn(node: unknown, into: Set<string>) {
  walk(node, (schema) => {
    if (typeof schema.$ref === 'string' && schema.$ref.startsWith('#/components/schemas/')) {
      into.add(schema.$ref.slice('#/components/schemas/'.length));
    }
  });
}

/** Completes the generated document (see the comment at the top of this file). */
export function finishDocument<T>(input: T): T {
  const doc = input as Json & { paths: Record<string, Record<string, Json>>; components: Json };
  const globalSecurity = (doc.security as unknown[]) ?? [];
  const tags = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      operation.operationId ??= operationIdOf(method, path);
      for (const tag of (operation.tags as string[]) ?? []) tags.add(tag);
      const custom = operation['x-percee-request-body'];
      if (custom) {
        operation.requestBody = custom;
        delete operation['x-percee-request-body'];
      }
      const responses = (operation.responses ?? {}) as Record<string, Json>;
      operation.responses = responses;
      // Errors are problem+json (RFC 9457), whatever the route schema said.
      for (const [status, response] of Object.entries(responses)) {
        const content = response.content as Record<string, { schema?: { $ref?: string } }> | undefined;
        const problemMedia = Object.values(content ?? {}).find((media) => media.schema?.$ref === PROBLEM_REF);
        if (Number(status) >= 400 && problemMedia) response.content = { 'application/problem+json': problemMedia };
      }
      const secured = ((operation.security as unknown[]) ?? globalSecurity).some(
        (requirement) => Object.keys(requirement as Json).length > 0,
      );
      // 414 and 431 come from the router and the HTTP parser, for any operation.
      const wanted = ['414', '431', '500'];
      if (secured) wanted.push('401', '403');
      if (operation.parameters || operation.requestBody) wanted.push('400');
      if (operation.requestBody) wanted.push('415');
      if (path.includes('{')) wanted.push('404');
      for (const status of wanted) {
        responses[status] ??= problem(DEFAULT_ERRORS[status] as string);
      }
      // Every problem+json 401 carries its challenge (plugins/errors.ts); the token endpoint's OAuth 401 has its own.
      const unauthorizedResponse = responses['401'];
      if (unauthorizedResponse && (unauthorizedResponse.content as Json | undefined)?.['application/problem+json']) {
        unauthorizedResponse.headers = {
          ...(unauthorizedResponse.headers as Json),
          ...CORS_HEADER,
          'WWW-Authenticate': {
            description:
              'RFC 6750 challenge: `Bearer realm="percee"`, with `error="invalid_token"` when a bearer token was sent and refused',
            schema: { type: 'string', maxLength: 100, pattern: '^Bearer realm="percee"(, error="invalid_token")?$' },
          },
        };
      }
      // Any operation, the database down or the server draining: always with Retry-After.
      responses['503'] = {
        ...(responses['503'] ?? problem(DEFAULT_ERRORS['503'] as string)),
        description: DEFAULT_ERRORS['503'],
        headers: {
          ...(responses['503']?.headers as Json),
          ...CORS_HEADER,
          'Retry-After': header('Seconds to wait'),
        },
      };
      if (ATTEMPT_LIMITED.has(`${method} ${path}`)) {
        for (const [status, response] of Object.entries(responses)) {
          if (/^[24]/.test(status)) response.headers = { ...(response.headers as Json), ...CORS_HEADER };
        }
        responses['429'] = {
          ...(responses['429'] ?? problem('')),
          description: 'Too many failed attempts for this account or from this address: wait for Retry-After seconds',
          headers: { ...CORS_HEADER, 'Retry-After': header('Seconds to wait') },
        };
      } else if (secured) {
        for (const [status, response] of Object.entries(responses)) {
          if (/^[24]/.test(status)) response.headers = { ...(response.headers as Json), ...RATE_HEADERS };
        }
        const existing = responses['429'];
        responses['429'] = {
          ...(existing ?? problem('Too many requests: wait for Retry-After seconds')),
          description: 'Too many requests: wait for Retry-After seconds',
          headers: { ...RATE_HEADERS, 'Retry-After': header('Seconds to wait') },
        };
      }
    }
  }
  // A public API for other municipal systems, not an internal one (OWASP API9 inventory).
  for (const server of (doc.servers ?? []) as Json[]) server['x-internal'] = false;
  doc.tags = [...tags].sort().map((name) => ({ name, description: TAG_DESCRIPTIONS[name] ?? name }));
  // Integers are JavaScript safe integers at most: say so for generators (and OWASP's integer rule).
  walk(doc, (schema) => {
    if (schema.type === 'integer' && !schema.format) {
      const min = typeof schema.minimum === 'number' ? schema.minimum : -Infinity;
      const max = typeof schema.maximum === 'number' ? schema.maximum : Infinity;
      schema.format = min >= -2_147_483_648 && max <= 2_147_483_647 ? 'int32' : 'int64';
    }
  });
  // Drop schemas nothing refers to (zod registers an input and an output variant of each).
  const schemas = (doc.components.schemas ?? {}) as Json;
  const used = new Set<string>();
  refsIn(doc.paths, used);
  for (let grew = true; grew; ) {
    const before = used.size;
    for (const name of [...used]) refsIn(schemas[name], used);
    grew = used.size > before;
  }
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
  return input;
}

/** The problems a route reading one resource by id may answer. */
export const lookupErrors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
/** ... and a write on it: a conflict, a stale or missing If-Match, a refused value. */
export const writeErrors = { ...lookupErrors, 409: Problem, 412: Problem, 422: Problem, 428: Problem };
