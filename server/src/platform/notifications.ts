import type { NotificationKind } from '@percee/shared';
import type { Tx } from '../db/client.js';
import { notifications } from '../db/schema.js';
import type { Actor } from '../db/tenant.js';

/**
 * Tells a user of something another person did (a coordinator signed off their breakthrough, gave
 * them a case or a task), in the transaction of that change. Like the timeline, the write is here,
 * below every module: breakthroughs, cases, referrals and tasks notify, the tasks module reads.
 * Nobody is notified of their own act.
 */
export async function notify(
  tx: Tx,
  actor: Actor,
  notice: { userId: string; kind: NotificationKind; caseId?: string | null; subjectId?: string | null },
) {
  if (notice.userId === actor.userId) return;
  await tx.insert(notifications).values({
    organisationId: actor.organisationId,
    userId: notice.userId,
    kind: notice.kind,
    caseId: notice.caseId ?? null,
    subjectId: notice.subjectId ?? null,
    // A machine client is nobody's account: no actor to name.
    actorId: actor.kind === 'client' ? null : actor.userId,
  });
}
