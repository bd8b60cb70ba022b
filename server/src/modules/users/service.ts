import type { Locale, PageQuery, User, UserCreate, UserUpdate } from '@percee/shared';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/tenant.js';
import { decodeTextCursor, toPage } from '../../lib/cursor.js';
import { assertPasswordAcceptable, hashPassword } from '../../lib/passwords.js';
import { FOREIGN_KEY_VIOLATION, sqlState, UNIQUE_VIOLATION } from '../../lib/pg-errors.js';
import { conflict, HttpProblem, notFound } from '../../lib/problem.js';
import { audit, diff } from '../../platform/audit.js';
import { revokeUserTokens } from '../../platform/sessions.js';
import * as repo from './repo.js';

const toUser = (row: repo.UserRow): User => ({
  id: row.id,
  email: row.email,
  displayName: row.displayName,
  role: row.role,
  locale: row.locale as Locale,
  siteId: row.siteId,
  partnerServiceId: row.partnerServiceId,
  active: row.active,
  workPhone: row.workPhone,
  totpEnabled: Boolean(row.totpEnabledAt),
  createdAt: row.createdAt,
});

const unknownPartnerService = () =>
  new HttpProblem(
    422,
    'unknown-partner-service',
    'Unprocessable Content',
    'No such partner service in this organisation',
    {
      errors: [{ path: 'body.partnerServiceId', message: 'Unknown partner service' }],
    },
  );

/** A partner service is only for partner accounts, and must exist in the organisation. */
async function checkPartnerService(tx: Tx, organisationId: string, role: string, partnerServiceId: string | null) {
  if (!partnerServiceId) return;
  if (role !== 'partner') {
    throw new HttpProblem(
      422,
      'partner-service-for-partners',
      'Unprocessable Content',
      'Only partner accounts belong to a partner service',
      {
        errors: [{ path: 'body.partnerServiceId', message: 'Only for partner accounts' }],
      },
    );
  }
  if (!(await repo.partnerServiceExists(tx, organisationId, partnerServiceId))) throw unknownPartnerService();
}

const unknownSite = () =>
  new HttpProblem(422, 'unknown-site', 'Unprocessable Content', 'No such site in this organisation', {
    errors: [{ path: 'body.siteId', message: 'Unknown site' }],
  });

/** Turns constraint violations into the 4xx the caller can act on. */
async function guarded<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const state = sqlState(error);
    if (state === UNIQUE_VIOLATION) throw conflict('email-taken', 'An account with this e-mail address already exists');
    if (state === FOREIGN_KEY_VIOLATION) throw unknownSite();
    throw error;
  }
}

export async function listUsers(tx: Tx, actor: Actor, query: PageQuery) {
  const after = query.cursor ? decodeTextCursor(query.cursor) : undefined;
  const rows = await repo.listUsers(tx, actor.organisationId, query.limit, after);
  const page = toPage(rows, query.limit, (user) => [user.displayName, user.id]);
  return { items: page.items.map(toUser), nextCursor: page.nextCursor };
}

export async function listTeam(tx: Tx, actor: Actor, query: PageQuery) {
  const after = query.cursor ? decodeTextCursor(query.cursor) : undefined;
  const rows = await repo.listTeam(tx, actor.organisationId, query.limit, after);
  return toPage(rows, query.limit, (member) => [member.displayName, member.id]);
}

export async function createUser(tx: Tx, actor: Actor, input: UserCreate) {
  const { password, ...fields } = input;
  await checkPartnerService(tx, actor.organisationId, fields.role, fields.partnerServiceId ?? null);
  await assertPasswordAcceptable(password, [fields.email, fields.displayName]);
  const passwordHash = await hashPassword(password);
  // A savepoint, so a constraint violation leaves the request's transaction usable.
  const user = await guarded(() =>
    tx.transaction((sp) =>
      repo.insertUser(sp as Tx, { ...fields, passwordHash, organisationId: actor.organisationId }),
    ),
  );
  await audit(tx, actor, {
    action: 'user.create',
    entityType: 'user',
    entityId: user.id,
    changes: { role: user.role, siteId: user.siteId, partnerServiceId: user.partnerServiceId },
  });
  return toUser(user);
}

export async function updateUser(tx: Tx, actor: Actor, id: string, input: UserUpdate) {
  const before = await repo.findUser(tx, actor.organisationId, id);
  if (!before) throw notFound('User');
  if (id === actor.userId && (input.active === false || (input.role && input.role !== 'admin'))) {
    throw conflict('self-lockout', 'You cannot disable your own account or remove your own admin role');
  }
  const { password, ...fields } = input;
  const role = fields.role ?? before.role;
  const partnerServiceId = fields.partnerServiceId !== undefined ? fields.partnerServiceId : before.partnerServiceId;
  // An account that stops being a partner leaves its service.
  if (role !== 'partner' && fields.partnerServiceId === undefined && before.partnerServiceId)
    fields.partnerServiceId = null;
  else await checkPartnerService(tx, actor.organisationId, role, partnerServiceId);
  if (password) await assertPasswordAcceptable(password, [before.email, fields.displayName ?? before.displayName]);
  const patch = { ...fields, ...(password ? { passwordHash: await hashPassword(password) } : {}) };
  const after = await guarded(() => tx.transaction((sp) => repo.updateUser(sp as Tx, actor.organisationId, id, patch)));
  if (!after) throw notFound('User');
  // Disabling an account, resetting its password or changing its role ends its sessions (a token of
  // the old role must not come back to life if the role is changed back).
  if (input.active === false || password || role !== before.role) await revokeUserTokens(tx, actor.organisationId, id);
  await audit(tx, actor, {
    action: 'user.update',
    entityType: 'user',
    entityId: id,
    changes: diff(before, patch, ['passwordHash']),
  });
  return toUser(after);
}
