import { z } from 'zod';
import { boundedInstant } from './bounds.js';
import { text } from './text.js';

/**
 * One row of the audit trail, as admins see it. `changes` is `{ field: [before, after] }` (never secrets)
 * for the administration's own records (users, sites, programs, clients, settings...); for case and
 * household content (people, cases, contacts, plans, consents...) admins get the field names only.
 */
export const AuditEntry = z.object({
  seq: z.number().int().meta({ description: 'Position in the organisation’s hash chain (1, 2, 3...)' }),
  occurredAt: z.string(),
  actorUserId: z.uuid().nullable(),
  actorUserName: z.string().nullable(),
  actorClientId: z.uuid().nullable(),
  actorClientName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  changedFields: z.array(z.string()).meta({ description: 'Names of the changed fields' }),
  changes: z.unknown().nullable().meta({
    description:
      '`{ field: [before, after] }` for administrative records; null when the values are file content (`valuesRedacted`)',
  }),
  valuesRedacted: z
    .boolean()
    .meta({ description: 'True when the entry is about case or household content: values withheld from admins' }),
  requestId: z.string().nullable(),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

const instant = boundedInstant();
const token = text()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[a-z_.]+$/, 'lower-case letters, dots and underscores');

export const AuditFilters = z
  .object({
    from: instant.optional().meta({ description: 'From this instant (inclusive)' }),
    to: instant.optional().meta({ description: 'Before this instant (exclusive)' }),
    actorUserId: z.uuid().optional(),
    actorClientId: z.uuid().optional(),
    action: token.optional().meta({ description: 'Exact action, e.g. `household.read`' }),
    entityType: token.optional(),
    entityId: text().trim().min(1).max(100).optional(),
  })
  .strict();
export type AuditFilters = z.infer<typeof AuditFilters>;

export const AuditQuery = AuditFilters.extend({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: text().max(500).optional(),
}).refine((q) => !q.from || !q.to || q.from <= q.to, { message: '`from` must not be after `to`', path: ['to'] });
export type AuditQuery = z.infer<typeof AuditQuery>;

/** The result of walking an organisation's chain. */
export const AuditVerification = z.object({
  ok: z.boolean(),
  checked: z.number().int().meta({ description: 'Rows walked' }),
  head: z
    .object({ seq: z.number().int(), hash: z.string() })
    .nullable()
    .meta({ description: 'The last row of the chain (null when empty)' }),
  anchor: z.enum(['matches', 'differs', 'missing']).nullable().meta({
    description:
      'With an anchored head: whether the chain still holds that hash at that position (`missing`: the chain was cut short)',
  }),
  firstBroken: z
    .object({
      seq: z.number().int(),
      reason: z.enum(['sequence-gap', 'prev-hash-mismatch', 'hash-mismatch']),
    })
    .nullable(),
});
export type AuditVerification = z.infer<typeof AuditVerification>;

/** A head anchored earlier (from `GET /admin/audit/head`), to check the chain was not rewritten since. */
export const AuditAnchorQuery = z
  .object({
    seq: z.coerce.number().int().min(1).optional(),
    hash: z
      .string()
      .length(64)
      .regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lower-case hex')
      .optional(),
  })
  .strict()
  .refine((q) => (q.seq === undefined) === (q.hash === undefined), {
    message: '`seq` and `hash` go together',
    path: ['hash'],
  });
export type AuditAnchorQuery = z.infer<typeof AuditAnchorQuery>;

export const AuditHead = z.object({
  organisationId: z.uuid(),
  seq: z.number().int(),
  hash: z.string().meta({ description: 'SHA-256 (hex) of the latest row; 64 zeros when the trail is empty' }),
  occurredAt: z.string().nullable(),
});
export type AuditHead = z.infer<typeof AuditHead>;

/** "Who looked at my file": every read and change of a household's file, by whom and when. */
export const FileAccess = z.object({
  seq: z.number().int().meta({ description: 'Position in the audit chain' }),
  occurredAt: z.string(),
  action: z.string(),
  entityType: z.string(),
  actorKind: z.enum(['user', 'client']),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  changedFields: z.array(z.string()).meta({ description: 'Names of changed fields' }),
  changes: z.unknown().nullable().meta({
    description:
      '`{ field: [before, after] }` for coordinators, who may read the file; null for admins, who see field names only',
  }),
});
export type FileAccess = z.infer<typeof FileAccess>;
