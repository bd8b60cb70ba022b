import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Locale, Me } from '@percee/shared';
import type { Db, Tx } from '../../db/client.js';
import { type Actor, inLookup, inTenant } from '../../db/tenant.js';
import { verifyDecoy, verifyPassword } from '../../lib/passwords.js';
import { unauthorized } from '../../lib/problem.js';
import type { SecretBox } from '../../lib/secrets.js';
import { mustEnrolTotp } from '../../lib/totp.js';
import { audit } from '../../platform/audit.js';
import { revokeFamily } from '../../platform/sessions.js';
import { verifySecondFactor } from '../totp/index.js';
import * as repo from './repo.js';

export interface Session {
  actor: Actor;
  /** The refresh-token family: access tokens carry it (`sid`) and stop working when it is revoked. */
  sessionId: string;
  /** The raw refresh token, for the cookie; only its hash is stored. */
  refreshToken: string;
  /** An admin without a second factor where one is required: this session may only enrol. */
  enrolmentOnly: boolean;
}

/** The password step passed; the account uses TOTP, so no session yet. */
export interface SecondFactorPending {
  organisationId: string;
  userId: string;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');
const INVALID_CREDENTIALS = 'Invalid e-mail or password';

export interface SessionLimits {
  idleMinutes: number;
  absoluteHours: number;
}

async function issueRefreshToken(tx: Tx, actor: Actor, familyId: string, limits: SessionLimits) {
  const refreshToken = randomBytes(32).toString('base64url');
  await repo.insertRefreshToken(tx, {
    organisationId: actor.organisationId,
    userId: actor.userId,
    familyId,
    tokenHash: hashToken(refreshToken),
    // Each token lives as long as the idle timeout: an unused session dies with it.
    expiresAt: new Date(Date.now() + limits.idleMinutes * 60_000).toISOString(),
  });
  return refreshToken;
}

export async function signIn(
  db: Db,
  input: { email: string; password: string; requestId: string },
  limits: SessionLimits,
  totpRequiredForAdmins = false,
): Promise<{ session: Session } | { pending: SecondFactorPending }> {
  return inLookup(
    db,
    { 'app.sign_in_email': input.email, 'app.refresh_token_hash': undefined },
    async (tx, setTenant) => {
      // The account's organisation first, then the account itself under that tenant's policy.
      const located = await repo.locateAccount(tx, input.email);
      if (located) await setTenant(located.organisation_id);
      const user = located ? await repo.findUser(tx, located.organisation_id, located.user_id) : undefined;
      const valid = user ? await verifyPassword(user.passwordHash, input.password) : await verifyDecoy(input.password);
      // Unknown account, wrong password and disabled account get the same answer.
      if (!user || !valid || !user.active) throw unauthorized(INVALID_CREDENTIALS);
      if (user.totpEnabledAt) return { pending: { organisationId: user.organisationId, userId: user.id } };
      const actor: Actor = {
        organisationId: user.organisationId,
        userId: user.id,
        role: user.role,
        requestId: input.requestId,
      };
      const sessionId = randomUUID();
      const refreshToken = await issueRefreshToken(tx, actor, sessionId, limits);
      await audit(tx, actor, { action: 'auth.sign_in', entityType: 'user', entityId: user.id });
      const enrolmentOnly = mustEnrolTotp(totpRequiredForAdmins, user.role, user.totpEnabledAt);
      return { session: { actor, sessionId, refreshToken, enrolmentOnly } };
    },
  );
}

type RefreshOutcome = { ok: true; session: Session } | { ok: false; detail: string };

/**
 * Rotates a refresh token. Presenting a token that was already used (or revoked) means it was
 * stolen or replayed: the whole family is revoked, ending every session that descends from it.
 */
export async function refresh(
  db: Db,
  token: string,
  requestId: string,
  limits: SessionLimits,
  totpRequiredForAdmins = false,
): Promise<Session> {
  const tokenHash = hashToken(token);
  // The family revocation must commit even though the request fails, hence an outcome, not a throw.
  const outcome = await inLookup<RefreshOutcome>(
    db,
    { 'app.refresh_token_hash': tokenHash, 'app.sign_in_email': undefined },
    async (tx, setTenant) => {
      const located = await repo.locateRefreshToken(tx, tokenHash);
      if (!located) return { ok: false, detail: 'Unknown refresh token' };
      await setTenant(located.organisation_id);
      const stored = await repo.findRefreshToken(tx, located.organisation_id, located.token_id, tokenHash);
      if (!stored) return { ok: false, detail: 'Unknown refresh token' };
      const actorBase = { organisationId: stored.organisationId, userId: stored.userId, requestId };
      if (stored.revokedAt) return { ok: false, detail: 'Session ended' };
      if (stored.usedAt || !(await repo.claimRefreshToken(tx, stored.organisationId, stored.id))) {
        await revokeFamily(tx, stored.organisationId, stored.familyId);
        await audit(tx, actorBase, { action: 'auth.refresh_reuse', entityType: 'user', entityId: stored.userId });
        return { ok: false, detail: 'Refresh token reused; all sessions of this sign-in were ended' };
      }
      if (new Date(stored.expiresAt).getTime() <= Date.now()) return { ok: false, detail: 'Session expired (idle)' };
      // Read after the claim: a revocation that committed meanwhile (logout, a reset) is seen here, and a
      // token it missed (issued by a refresh racing it) does not keep the ended session going.
      const family = await repo.familyState(tx, stored.organisationId, stored.familyId);
      if (!family.open) {
        await revokeFamily(tx, stored.organisationId, stored.familyId);
        return { ok: false, detail: 'Session ended' };
      }
      if (Date.now() - new Date(family.startedAt ?? stored.createdAt).getTime() >= limits.absoluteHours * 3_600_000) {
        await revokeFamily(tx, stored.organisationId, stored.familyId);
        return { ok: false, detail: 'Session expired: sign in again' };
      }
      const user = await repo.findUser(tx, stored.organisationId, stored.userId);
      if (!user?.active) return { ok: false, detail: 'This account is disabled' };
      const actor: Actor = { ...actorBase, role: user.role };
      const refreshToken = await issueRefreshToken(tx, actor, stored.familyId, limits);
      const enrolmentOnly = mustEnrolTotp(totpRequiredForAdmins, user.role, user.totpEnabledAt);
      return { ok: true, session: { actor, sessionId: stored.familyId, refreshToken, enrolmentOnly } };
    },
  );
  if (!outcome.ok) throw unauthorized(outcome.detail);
  return outcome.session;
}

/**
 * The second step of a sign-in with TOTP: the challenge proved the password; a valid code (of a
 * step not used before) or an unused recovery code opens the session.
 */
export async function completeSecondFactor(
  db: Db,
  pending: SecondFactorPending & { requestId: string },
  input: { code?: string; recoveryCode?: string },
  box: SecretBox,
  limits: SessionLimits,
): Promise<Session> {
  const outcome = await inTenant(db, { organisationId: pending.organisationId, userId: pending.userId }, async (tx) => {
    const user = await repo.findUser(tx, pending.organisationId, pending.userId);
    if (!user?.active || !user.totpEnabledAt) return null;
    const used = await verifySecondFactor(tx, { ...user, secret: user.totpSecret }, box, input);
    if (!used) return null;
    const actor: Actor = {
      organisationId: user.organisationId,
      userId: user.id,
      role: user.role,
      requestId: pending.requestId,
    };
    const sessionId = randomUUID();
    const refreshToken = await issueRefreshToken(tx, actor, sessionId, limits);
    await audit(tx, actor, {
      action: 'auth.sign_in',
      entityType: 'user',
      entityId: user.id,
      changes: { secondFactor: used },
    });
    return { actor, sessionId, refreshToken, enrolmentOnly: false };
  });
  if (!outcome) throw unauthorized('Invalid, expired or already used code');
  return outcome;
}

export async function signOut(db: Db, token: string, requestId: string): Promise<void> {
  const tokenHash = hashToken(token);
  await inLookup(db, { 'app.refresh_token_hash': tokenHash, 'app.sign_in_email': undefined }, async (tx, setTenant) => {
    const located = await repo.locateRefreshToken(tx, tokenHash);
    if (!located) return;
    await setTenant(located.organisation_id);
    const stored = await repo.findRefreshToken(tx, located.organisation_id, located.token_id, tokenHash);
    if (!stored) return;
    await revokeFamily(tx, stored.organisationId, stored.familyId);
    await audit(
      tx,
      { organisationId: stored.organisationId, userId: stored.userId, requestId },
      {
        action: 'auth.sign_out',
        entityType: 'user',
        entityId: stored.userId,
      },
    );
  });
}

export async function me(tx: Tx, actor: Actor, totpRequiredForAdmins = false): Promise<Me> {
  const user = await repo.findUser(tx, actor.organisationId, actor.userId);
  const organisation = await repo.findOrganisation(tx, actor.organisationId);
  if (!user || !organisation) throw unauthorized();
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    locale: user.locale as Locale,
    organisation: { id: organisation.id, name: organisation.name, isDemo: organisation.isDemo },
    totp: {
      enabled: Boolean(user.totpEnabledAt),
      required: mustEnrolTotp(totpRequiredForAdmins, user.role, user.totpEnabledAt),
      enrolmentOnly: actor.enrolmentOnly === true,
    },
  };
}
