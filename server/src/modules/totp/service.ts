import type { RecoveryCodes, TotpEnrolment } from '@percee/shared';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/tenant.js';
import { conflict, HttpProblem, notFound } from '../../lib/problem.js';
import type { SecretBox } from '../../lib/secrets.js';
import {
  hashRecoveryCode,
  matchingStep,
  newRecoveryCodes,
  newTotpSecret,
  openTotpSecret,
  otpauthUri,
  sealTotpSecret,
} from '../../lib/totp.js';
import { audit } from '../../platform/audit.js';
import { revokeUserTokens } from '../../platform/sessions.js';
import * as repo from './repo.js';

const invalidCode = () =>
  new HttpProblem(400, 'invalid-totp-code', 'Invalid code', 'This code is wrong, expired or was already used', {
    errors: [{ path: 'body.code', message: 'Wrong, expired or already used code' }],
  });

/** Step 1: a new secret, kept pending (encrypted) until a first valid code confirms it. Shown only now. */
export async function startEnrolment(tx: Tx, actor: Actor, box: SecretBox): Promise<TotpEnrolment> {
  const user = await repo.findTotpState(tx, actor.organisationId, actor.userId);
  if (!user) throw notFound('User');
  if (user.enabledAt) throw conflict('totp-already-enabled', 'Two-factor sign-in is already set up for this account');
  const secret = newTotpSecret();
  await repo.setPendingSecret(
    tx,
    actor.organisationId,
    actor.userId,
    sealTotpSecret(box, actor.organisationId, actor.userId, secret),
  );
  await audit(tx, actor, { action: 'user.totp_enrolment_started', entityType: 'user', entityId: actor.userId });
  return { secret, otpauthUri: otpauthUri(secret, user.email) };
}

/** Step 2: a valid code turns the pending secret on; the recovery codes are shown once. */
export async function confirmEnrolment(tx: Tx, actor: Actor, box: SecretBox, code: string): Promise<RecoveryCodes> {
  const user = await repo.findTotpState(tx, actor.organisationId, actor.userId);
  if (!user) throw notFound('User');
  if (user.enabledAt) throw conflict('totp-already-enabled', 'Two-factor sign-in is already set up for this account');
  if (!user.pendingSecret) throw conflict('totp-not-started', 'Start the enrolment first');
  const step = matchingStep(openTotpSecret(box, actor.organisationId, actor.userId, user.pendingSecret), code);
  if (step === null) throw invalidCode();
  const recoveryCodes = newRecoveryCodes();
  const enabled = await repo.enable(tx, actor.organisationId, actor.userId, {
    pendingSecret: user.pendingSecret,
    step,
    recoveryHashes: recoveryCodes.map(hashRecoveryCode),
  });
  if (!enabled) throw conflict('totp-enrolment-changed', 'The enrolment changed meanwhile; start again');
  await audit(tx, actor, { action: 'user.totp_enabled', entityType: 'user', entityId: actor.userId });
  return { recoveryCodes };
}

/**
 * Checks a second factor at sign-in: a TOTP code of a step not used before, or an unused recovery
 * code (consumed). Both updates are atomic, so two concurrent sign-ins cannot use the same code.
 */
export async function verifySecondFactor(
  tx: Tx,
  user: { organisationId: string; id: string; secret: string | null },
  box: SecretBox,
  input: { code?: string; recoveryCode?: string },
): Promise<'totp' | 'recovery' | null> {
  if (!user.secret) return null;
  if (input.code !== undefined) {
    const step = matchingStep(openTotpSecret(box, user.organisationId, user.id, user.secret), input.code);
    if (step === null) return null;
    return (await repo.claimStep(tx, user.organisationId, user.id, step)) ? 'totp' : null;
  }
  if (input.recoveryCode !== undefined) {
    const consumed = await repo.consumeRecoveryCode(
      tx,
      user.organisationId,
      user.id,
      hashRecoveryCode(input.recoveryCode),
    );
    return consumed ? 'recovery' : null;
  }
  return null;
}

/** An admin turns a user's second factor off (lost phone): the user enrols again; sessions end. */
export async function resetTotp(tx: Tx, actor: Actor, userId: string): Promise<void> {
  if (!(await repo.clear(tx, actor.organisationId, userId))) throw notFound('User');
  await revokeUserTokens(tx, actor.organisationId, userId);
  await audit(tx, actor, { action: 'user.totp_reset', entityType: 'user', entityId: userId });
}
