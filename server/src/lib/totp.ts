import { createHash, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import type { SecretBox } from './secrets.js';

/*
 * TOTP (RFC 6238): SHA-1, 6 digits, 30-second steps, the parameters every authenticator app reads.
 * A code is accepted one step either side (clock drift); the caller refuses a step at or before the
 * last accepted one, so a code cannot be replayed within its window.
 */

const ISSUER = 'Percée';
const PERIOD = 30;
const WINDOW = 1;

/** Where admins must use a second factor, an admin without one gets only an enrolment session. */
export const mustEnrolTotp = (requiredForAdmins: boolean, role: string, totpEnabledAt: string | null | undefined) =>
  requiredForAdmins && role === 'admin' && !totpEnabledAt;

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

const totpFor = (secretBase32: string, label = 'account') =>
  new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secretBase32),
  });

export const otpauthUri = (secretBase32: string, label: string) => totpFor(secretBase32, label).toString();

/** The time step a code belongs to, or null when it matches none of the steps around now. */
export function matchingStep(secretBase32: string, code: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpFor(secretBase32).validate({ token: code, timestamp: now, window: WINDOW });
  if (delta === null) return null;
  return Math.floor(now / 1000 / PERIOD) + delta;
}

/** Ten single-use recovery codes, `xxxxx-xxxxx` from an unambiguous alphabet (50 bits each). */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(10);
    const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

const normaliseRecoveryCode = (code: string) => {
  const plain = code.toLowerCase().replace(/[^a-z0-9]/g, '');
  return plain.length === 10 ? `${plain.slice(0, 5)}-${plain.slice(5)}` : plain;
};

export const hashRecoveryCode = (code: string) =>
  createHash('sha256').update(normaliseRecoveryCode(code)).digest('base64url');

/**
 * TOTP secrets are sealed with the server's one secrets box (lib/secrets.ts, `SECRETS_KEY`): the
 * organisation and user ids are authenticated, so a ciphertext copied to another account does not
 * open. A column holds `keyId:ciphertext` (hex id, base64 ciphertext), so key rotation can find and
 * seal again the rows of an old key (`pnpm admin rotate-secrets`, housekeeping).
 */
const totpSecretContext = (organisationId: string, userId: string) => `totp:${organisationId}:${userId}`;

export function sealTotpSecret(box: SecretBox, organisationId: string, userId: string, secret: string): string {
  const sealed = box.seal(secret, totpSecretContext(organisationId, userId));
  return `${sealed.keyId}:${sealed.ciphertext}`;
}

/** The key id a stored TOTP secret was sealed with (null when the value is not `keyId:ciphertext`). */
export const totpKeyIdOf = (stored: string) => /^([0-9a-f]{16}):/.exec(stored)?.[1] ?? null;

export function openTotpSecret(box: SecretBox, organisationId: string, userId: string, stored: string): string {
  const keyId = totpKeyIdOf(stored);
  if (!keyId) throw new Error(`The TOTP secret of user ${userId} is not stored as keyId:ciphertext`);
  return box.open({ keyId, ciphertext: stored.slice(keyId.length + 1) }, totpSecretContext(organisationId, userId));
}
