import { readFileSync } from 'node:fs';
import {
  apiScopes,
  Breakthrough,
  Case,
  Contact,
  Household,
  HouseholdSummary,
  Program,
  ProgramOption,
  Referral,
} from '@percee/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CLIENT_TYPES_PATH, clientTypes } from '../../../scripts/gen-client.js';
import { openApiDocument } from '../../../scripts/openapi.js';

type Operation = {
  security?: Record<string, string[]>[];
  responses: Record<string, { content?: Record<string, unknown>; headers?: Record<string, unknown> }>;
  requestBody?: unknown;
  operationId?: string;
};
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components: {
    securitySchemes: Record<string, Record<string, unknown>>;
    schemas: Record<string, Record<string, unknown>>;
  };
};

describe('the OpenAPI contract for integrators', () => {
  let doc: Document;
  beforeAll(async () => {
    doc = (await openApiDocument()) as unknown as Document;
  }, 60_000);

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, operation })),
    );

  it('declares the user bearer JWT and OAuth2 client credentials with every scope', () => {
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
    });
    const oauth = doc.components.securitySchemes.clientCredentials as {
      flows: { clientCredentials: { tokenUrl: string; scopes: Record<string, string> } };
    };
    expect(oauth.flows.clientCredentials.tokenUrl).toBe('/api/v1/oauth/token');
    expect(Object.keys(oauth.flows.clientCredentials.scopes).sort()).toEqual([...apiScopes].sort());
  });

  it('documents every error an operation can answer, as problem+json, with an operation id', () => {
    const ids = new Set<string>();
    for (const { key, operation } of operations()) {
      expect(operation.operationId, key).toBeTruthy();
      expect(ids.has(operation.operationId as string), `duplicate id ${operation.operationId}`).toBe(false);
      ids.add(operation.operationId as string);
      const statuses = Object.keys(operation.responses);
      // 414/431 come from the router and Node's parser, 503 from the database or a shutdown.
      for (const status of ['414', '431', '500', '503']) expect(statuses, key).toContain(status);
      expect(operation.responses['503']?.headers, key).toHaveProperty('Retry-After');
      if (operation.requestBody) expect(statuses, key).toContain('415');
      const secured = (operation.security ?? [{ bearerAuth: [] }]).some((s) => Object.keys(s).length > 0);
      if (secured) for (const status of ['401', '403']) expect(statuses, key).toContain(status);
      if (key.includes('{')) expect(statuses, key).toContain('404');
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) >= 400 && !key.endsWith('/oauth/token')) {
          expect(Object.keys(response.content ?? {}), `${key} ${status}`).toEqual(['application/problem+json']);
        }
      }
    }
  });

  it('marks the routes open to machine clients with their scope, and documents retries and imports', () => {
    const scopeOf = (key: string) => {
      const [method, path] = key.split(' ') as [string, string];
      const security = doc.paths[path]?.[method.toLowerCase()]?.security ?? [];
      return security.find((s) => s.clientCredentials)?.clientCredentials;
    };
    expect(scopeOf('POST /api/v1/referrals')).toEqual(['referrals:write']);
    expect(scopeOf('GET /api/v1/referrals/{id}')).toEqual(['referrals:read']);
    expect(scopeOf('PATCH /api/v1/households/{id}')).toEqual(['households:write']);
    expect(scopeOf('GET /api/v1/cases')).toEqual(['cases:read']);
    expect(scopeOf('GET /api/v1/events')).toEqual(['events:subscribe']);
    expect(scopeOf('POST /api/v1/imports/households')).toEqual(['households:write']);
    expect(scopeOf('POST /api/v1/referrals/{id}/accept')).toBeUndefined();

    const create = doc.paths['/api/v1/referrals']?.post as unknown as { parameters: { name: string; in: string }[] };
    expect(create.parameters).toContainEqual(expect.objectContaining({ name: 'idempotency-key', in: 'header' }));
    const imports = doc.paths['/api/v1/imports/referrals']?.post as unknown as { requestBody: { content: object } };
    expect(Object.keys(imports.requestBody.content).sort()).toEqual([
      'application/json',
      'application/x-ndjson',
      'text/csv',
    ]);
    for (const name of ['ApiClient', 'CloudEvent', 'WebhookSubscription', 'ImportReport', 'TokenResponse']) {
      expect(doc.components.schemas[name]?.examples, name).toBeTruthy();
    }
  });

  it('shows a valid example of each main list and detail schema', () => {
    const schemas: Record<string, z.ZodType> = {
      HouseholdSummary,
      Household,
      Referral,
      Case,
      Contact,
      Program,
      ProgramOption,
      Breakthrough,
    };
    for (const [name, schema] of Object.entries(schemas)) {
      const examples = doc.components.schemas[name]?.examples as unknown[] | undefined;
      expect(examples?.length, `${name} has examples`).toBeGreaterThan(0);
      for (const example of examples ?? []) {
        const parsed = schema.safeParse(example);
        expect(parsed.success, `${name}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      }
    }
    // The lists and detail routes point at those schemas, so their documentation shows the examples.
    const ref = (path: string) => {
      const body = doc.paths[path]?.get?.responses['200']?.content?.['application/json'] as
        | { schema: Record<string, unknown> }
        | undefined;
      return JSON.stringify(body?.schema);
    };
    expect(ref('/api/v1/households')).toContain('#/components/schemas/HouseholdSummary');
    expect(ref('/api/v1/households/{id}')).toContain('#/components/schemas/Household');
    expect(ref('/api/v1/referrals')).toContain('#/components/schemas/Referral');
    expect(ref('/api/v1/cases')).toContain('#/components/schemas/Case');
    expect(ref('/api/v1/cases/{id}')).toContain('#/components/schemas/Case');
    expect(ref('/api/v1/cases/{id}/contacts')).toContain('#/components/schemas/Contact');
    expect(ref('/api/v1/programs')).toContain('#/components/schemas/Program');
    expect(ref('/api/v1/programs/options')).toContain('#/components/schemas/ProgramOption');
    expect(ref('/api/v1/breakthroughs/{id}')).toContain('#/components/schemas/Breakthrough');
    expect(ref('/api/v1/cases/{id}/breakthroughs')).toContain('#/components/schemas/Breakthrough');
  });

  it('ships generated TypeScript types that are up to date (pnpm gen:client)', async () => {
    expect(readFileSync(CLIENT_TYPES_PATH, 'utf8')).toBe(await clientTypes());
  }, 60_000);
});
