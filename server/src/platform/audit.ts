import type { Tx } from '../db/client.js';
import { auditLog } from '../db/schema.js';
import type { Actor } from '../db/tenant.js';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  /** Changed fields only, as { field: [before, after] }; never secrets. */
  changes?: Record<string, unknown> | null;
}

/** Records a change in the same transaction as the change itself. */
export async function audit(
  tx: Tx,
  actor: Pick<Actor, 'organisationId' | 'userId' | 'requestId' | 'kind' | 'clientId'>,
  entry: AuditEntry,
) {
  const byClient = actor.kind === 'client';
  await tx.insert(auditLog).values({
    organisationId: actor.organisationId,
    // A machine client's changes are its own: recorded under its client id, never as a user's.
    actorUserId: byClient ? null : actor.userId,
    actorClientId: byClient ? (actor.clientId ?? null) : null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    changes: entry.changes ?? null,
    requestId: actor.requestId ?? null,
  });
}

/** Same value for the audit trail: equal scalars, or arrays and objects with the same JSON. */
export function sameValue(a: unknown, b: unknown) {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * { field: [before, after] } for the fields of `patch` whose value differs from `before`: the changed
 * fields only, never whole rows. Secret fields are recorded as '[changed]', without their values.
 */
export function diff<T extends Record<string, unknown>>(before: T, patch: Partial<T>, secret: (keyof T)[] = []) {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || sameValue(before[key], value)) continue;
    changes[key] = secret.includes(key as keyof T) ? '[changed]' : [before[key] ?? null, value];
  }
  return changes;
}
