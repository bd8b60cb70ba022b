import { z } from 'zod';
import { text } from './text.js';

/* Machine clients of other municipal systems: scopes, OAuth2 client credentials, events, webhooks, imports. */

export const apiScopes = [
  'referrals:write',
  'referrals:read',
  'households:read',
  'households:write',
  'cases:read',
  'reports:read',
  'events:subscribe',
] as const;
export const ApiScope = z.enum(apiScopes);
export type ApiScope = z.infer<typeof ApiScope>;

const instant = z.iso.datetime({ offset: true });

export const ApiClient = z
  .object({
    id: z.uuid().meta({ description: 'The OAuth2 `client_id`' }),
    name: z.string().max(200),
    scopes: z.array(ApiScope).max(apiScopes.length),
    active: z.boolean().meta({ description: 'False once revoked' }),
    createdAt: instant,
    updatedAt: instant,
    rotatedAt: instant.nullable(),
    revokedAt: instant.nullable(),
    lastTokenAt: instant.nullable().meta({ description: 'When it last obtained a token' }),
    version: z.number().int(),
  })
  .meta({
    id: 'ApiClient',
    description: 'A machine client (another municipal system) of one organisation',
    examples: [
      {
        id: '0b7d5c3e-8a1f-4c55-9a34-2f1e6b7c9d01',
        name: 'Population register of La Louvière',
        scopes: ['referrals:write', 'referrals:read', 'events:subscribe'],
        active: true,
        createdAt: '2026-03-02T09:15:00.000Z',
        updatedAt: '2026-03-02T09:15:00.000Z',
        rotatedAt: null,
        revokedAt: null,
        lastTokenAt: '2026-03-04T07:00:12.000Z',
        version: 1,
      },
    ],
  });
export type ApiClient = z.infer<typeof ApiClient>;

const scopeList = z
  .array(ApiScope)
  .min(1)
  .max(apiScopes.length)
  .transform((scopes) => [...new Set(scopes)]);

export const ApiClientCreate = z.strictObject({ name: text().trim().min(1).max(200), scopes: scopeList }).meta({
  id: 'ApiClientCreate',
  examples: [{ name: 'Population register of La Louvière', scopes: ['referrals:write', 'referrals:read'] }],
});
export type ApiClientCreate = z.input<typeof ApiClientCreate>;

export const ApiClientUpdate = z
  .strictObject({ name: text().trim().min(1).max(200), scopes: scopeList })
  .partial()
  .meta({ id: 'ApiClientUpdate' });
export type ApiClientUpdate = z.input<typeof ApiClientUpdate>;

export const ApiClientCredentials = z
  .object({
    client: ApiClient,
    clientId: z.uuid(),
    clientSecret: z.string().max(100).meta({ description: 'Shown once: only its hash is kept' }),
  })
  .meta({ id: 'ApiClientCredentials' });
export type ApiClientCredentials = z.infer<typeof ApiClientCredentials>;

/** RFC 6749 section 4.4.2: the token request (form-encoded or JSON). */
export const TokenRequest = z
  .object({
    grant_type: text().max(100).optional().meta({ description: 'Must be `client_credentials`' }),
    client_id: text().max(100).optional().meta({ description: 'Or HTTP Basic authentication' }),
    client_secret: text().max(200).optional().meta({ description: 'Or HTTP Basic authentication' }),
    scope: text().max(500).optional().meta({ description: "Space-separated subset of the client's scopes" }),
  })
  .meta({ id: 'TokenRequest' });

export const TokenResponse = z
  .object({
    access_token: z.string().max(4000),
    token_type: z.literal('Bearer'),
    expires_in: z.number().int(),
    scope: z.string().max(500),
  })
  .meta({
    id: 'TokenResponse',
    examples: [{ access_token: 'eyJhbGciOi...', token_type: 'Bearer', expires_in: 600, scope: 'referrals:write' }],
  });
export type TokenResponse = z.infer<typeof TokenResponse>;

export const OAuthError = z
  .object({
    error: z.enum([
      'invalid_request',
      'invalid_client',
      'invalid_grant',
      'unauthorized_client',
      'unsupported_grant_type',
      'invalid_scope',
    ]),
    error_description: z.string().max(500).optional(),
  })
  .meta({ id: 'OAuthError', description: 'RFC 6749 section 5.2 error response' });
export type OAuthError = z.infer<typeof OAuthError>;

/* ---------- Events ---------- */

export const eventTypes = [
  'referral.created',
  'referral.decided',
  'referral.withdrawn',
  'case.stage_changed',
  'case.closed',
  'breakthrough.approved',
  'breakthrough.achieved',
] as const;
export const EventType = z.enum(eventTypes);
export type EventType = z.infer<typeof EventType>;

/** A CloudEvents 1.0 event (structured JSON). `data` holds ids and links only, never personal details. */
export const CloudEvent = z
  .object({
    specversion: z.literal('1.0'),
    id: z.uuid(),
    source: z.string().max(200),
    type: EventType,
    subject: z.string().max(200),
    time: instant,
    datacontenttype: z.literal('application/json'),
    data: z.object({
      referralId: z.uuid().optional(),
      householdId: z.uuid().optional(),
      caseId: z.uuid().optional(),
      breakthroughId: z.uuid().optional(),
      links: z.record(z.string().max(50), z.string().max(200)),
    }),
  })
  .meta({
    id: 'CloudEvent',
    examples: [
      {
        specversion: '1.0',
        id: '6a0d1c9e-3f0b-4a51-8f7e-4b7c2d9e1a22',
        source: 'urn:percee:organisation:9f1c2b7a-1d2e-4f3a-8b9c-0d1e2f3a4b5c',
        type: 'case.stage_changed',
        subject: 'cases/3c1e0f4a-5b6c-4d7e-8f90-a1b2c3d4e5f6',
        time: '2026-03-04T10:21:07.512Z',
        datacontenttype: 'application/json',
        data: {
          caseId: '3c1e0f4a-5b6c-4d7e-8f90-a1b2c3d4e5f6',
          householdId: '7d8e9f01-2a3b-4c5d-8e6f-7a8b9c0d1e2f',
          links: {
            case: '/api/v1/cases/3c1e0f4a-5b6c-4d7e-8f90-a1b2c3d4e5f6',
            household: '/api/v1/households/7d8e9f01-2a3b-4c5d-8e6f-7a8b9c0d1e2f',
          },
        },
      },
    ],
  });
export type CloudEvent = z.infer<typeof CloudEvent>;

export const EventFeedQuery = z.object({
  after: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_-]*$/, 'Not a cursor from this API')
    .optional()
    .meta({ description: 'The `nextCursor` of the previous page' }),
  type: EventType.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type EventFeedQuery = z.infer<typeof EventFeedQuery>;

export const EventFeedPage = z
  .object({
    items: z.array(CloudEvent).max(500),
    nextCursor: z
      .string()
      .max(200)
      .meta({ description: 'Pass as `after` to continue; unchanged when nothing new was committed yet' }),
  })
  .meta({ id: 'EventFeedPage' });

/* ---------- Webhooks ---------- */

export const WebhookSubscription = z
  .object({
    id: z.uuid(),
    clientId: z.uuid().nullable().meta({ description: 'The machine client owning it; null if an admin made it' }),
    url: z.string().max(2000),
    eventTypes: z.array(EventType).max(eventTypes.length),
    active: z.boolean(),
    createdAt: instant,
    updatedAt: instant,
    version: z.number().int(),
  })
  .meta({
    id: 'WebhookSubscription',
    examples: [
      {
        id: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
        clientId: '0b7d5c3e-8a1f-4c55-9a34-2f1e6b7c9d01',
        url: 'https://register.example.org/percee/events',
        eventTypes: ['referral.decided', 'case.closed'],
        active: true,
        createdAt: '2026-03-02T09:20:00.000Z',
        updatedAt: '2026-03-02T09:20:00.000Z',
        version: 1,
      },
    ],
  });
export type WebhookSubscription = z.infer<typeof WebhookSubscription>;

const eventTypeList = z
  .array(EventType)
  .min(1)
  .max(eventTypes.length)
  .transform((types) => [...new Set(types)]);

export const WebhookCreate = z
  .strictObject({
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .meta({
        description: 'https; plain http only to localhost outside production',
      }),
    eventTypes: eventTypeList,
  })
  .meta({
    id: 'WebhookCreate',
    examples: [{ url: 'https://register.example.org/percee/events', eventTypes: ['referral.decided'] }],
  });
export type WebhookCreate = z.input<typeof WebhookCreate>;

export const WebhookUpdate = z
  .strictObject({
    url: WebhookCreate.shape.url,
    eventTypes: eventTypeList,
    active: z.boolean(),
  })
  .partial()
  .meta({ id: 'WebhookUpdate' });
export type WebhookUpdate = z.input<typeof WebhookUpdate>;

export const WebhookWithSecret = z
  .object({
    subscription: WebhookSubscription,
    secret: z.string().max(100).meta({
      description: 'Shown once. `whsec_` + base64 key for the Standard Webhooks HMAC-SHA256 signature',
    }),
  })
  .meta({ id: 'WebhookWithSecret' });
export type WebhookWithSecret = z.infer<typeof WebhookWithSecret>;

export const webhookDeliveryStatuses = ['pending', 'succeeded', 'failed', 'cancelled'] as const;
export const WebhookDeliveryStatus = z.enum(webhookDeliveryStatuses);

export const WebhookDelivery = z
  .object({
    id: z.uuid(),
    subscriptionId: z.uuid(),
    url: z.string().max(2000),
    eventId: z.uuid(),
    eventType: EventType,
    status: WebhookDeliveryStatus,
    attempts: z.number().int(),
    nextAttemptAt: instant.nullable(),
    lastAttemptAt: instant.nullable(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().max(500).nullable(),
    deliveredAt: instant.nullable(),
    updatedAt: instant,
  })
  .meta({ id: 'WebhookDelivery' });
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

export const WebhookDeliveryQuery = z.object({
  status: WebhookDeliveryStatus.optional(),
  subscriptionId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z
    .string()
    .max(500)
    .regex(/^[A-Za-z0-9_-]*$/, 'Not a cursor from this API')
    .optional(),
});

/* ---------- Bulk import ---------- */

export const ImportQuery = z.object({
  dryRun: z
    .stringbool()
    .meta({ maxLength: 8 })
    .default(false)
    .meta({ description: 'Validate only: nothing is written' }),
});

export const importJobStatuses = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export const ImportJobStatus = z.enum(importJobStatuses);
export const importRowOutcomes = ['pending', 'valid', 'invalid', 'written', 'not_written'] as const;

export const ImportRowError = z.object({
  path: z.string().max(200).meta({ description: 'Field path in the row, e.g. `members.0.birthDate`' }),
  message: z.string().max(500),
  code: z.string().max(100).optional(),
});

export const ImportRowResult = z.object({
  row: z.number().int().meta({ description: '1-based record number (the CSV header is not counted)' }),
  ok: z.boolean(),
  outcome: z.enum(importRowOutcomes).meta({
    description:
      '`valid` (checked, not written: a dry run, or a job that stopped), `invalid`, `written`, `not_written` (refused when written, or its batch was rolled back), `pending` (not reached yet)',
  }),
  id: z.uuid().optional().meta({ description: 'The created resource (written rows only)' }),
  reference: z.string().max(50).optional(),
  errors: z.array(ImportRowError).max(100),
});

export const ImportJob = z
  .object({
    id: z.uuid(),
    kind: z.enum(['households', 'referrals']),
    dryRun: z.boolean(),
    status: ImportJobStatus.meta({
      description:
        '`queued`, `running`, then `succeeded` (a dry run that ran, or every row written), `failed` (invalid rows: nothing written; or a row refused while writing: see `written`) or `cancelled`',
    }),
    total: z.number().int().meta({ description: 'Rows received' }),
    validated: z.number().int().meta({ description: 'Rows checked so far' }),
    valid: z.number().int(),
    invalid: z.number().int(),
    written: z.number().int().meta({ description: 'Rows created (committed)' }),
    error: z.string().max(500).nullable().meta({ description: 'Why the job failed (no personal data)' }),
    createdAt: z.iso.datetime({ offset: true }),
    startedAt: z.iso.datetime({ offset: true }).nullable(),
    finishedAt: z.iso.datetime({ offset: true }).nullable(),
    links: z.object({ self: z.string().max(200), report: z.string().max(200) }),
  })
  .meta({ id: 'ImportJob' });
export type ImportJob = z.infer<typeof ImportJob>;

export const ImportReportQuery = z.object({
  format: z
    .enum(['json', 'csv'])
    .default('json')
    .meta({ description: 'JSON (ImportReport) or CSV, one line per error' }),
});

export const ImportReport = z
  .object({
    jobId: z.uuid(),
    status: ImportJobStatus,
    dryRun: z.boolean(),
    ok: z.boolean().meta({ description: 'Every row is valid (and, for a commit, was written)' }),
    total: z.number().int(),
    valid: z.number().int(),
    invalid: z.number().int(),
    written: z.number().int(),
    rows: z.array(ImportRowResult).max(100_000),
  })
  .meta({
    id: 'ImportReport',
    examples: [
      {
        jobId: '6a0d1c9e-3f0b-4a51-8f7e-4b7c2d9e1a22',
        status: 'succeeded',
        dryRun: true,
        ok: false,
        total: 2,
        valid: 1,
        invalid: 1,
        written: 0,
        rows: [
          { row: 1, ok: true, outcome: 'valid', errors: [] },
          {
            row: 2,
            ok: false,
            outcome: 'invalid',
            errors: [{ path: 'members.0.birthDate', message: 'Invalid ISO date', code: 'invalid_format' }],
          },
        ],
      },
    ],
  });
export type ImportReport = z.infer<typeof ImportReport>;
