import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

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

export const normaliseRecoveryCode = (code: string) => {
  const plain = code.toLowerCase().replace(/[^a-z0-9]/g, '');
  return plain.length === 10 ? `${plain.slice(0, 5)}-${plain.slice(5)}` : plain;
};

export const hashRecoveryCode = (code: string) =>
  createHash('sha256').update(normaliseRecoveryCode(code)).digest('base64url');

/** AES-256-GCM with a key derived (HKDF-SHA256) from TOTP_ENCRYPTION_KEY; `v1.iv.tag.ciphertext`. */
export class SecretBox {
  private readonly key: Buffer;
  constructor(secret: string) {
    this.key = Buffer.from(hkdfSync('sha256', secret, 'percee', 'percee totp secret v1', 32));
  }
  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv, cipher.getAuthTag(), body]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }
  open(sealed: string): string {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('Unknown TOTP secret format');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }
}
