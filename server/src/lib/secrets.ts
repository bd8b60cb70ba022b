import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Secrets the server must be able to use again (webhook signing secrets, users' TOTP secrets) are
 * kept encrypted at rest with AES-256-GCM, by this one box (`app.secrets`). Each ciphertext is stored
 * with the id of the key that sealed it, so keys can rotate: the current key seals, the previous ones
 * only open (see docs/decisions/0007-secrets-at-rest.md).
 */
export interface SecretKey {
  /** 16 hex characters of SHA-256 over the key: names the key, reveals nothing about it. */
  id: string;
  key: Buffer;
}

export const keyIdOf = (key: Buffer) =>
  createHash('sha256').update('percee-secrets-key-id\0').update(key).digest('hex').slice(0, 16);

export const toSecretKey = (key: Buffer): SecretKey => ({ id: keyIdOf(key), key });

export interface Sealed {
  /** base64 of iv (12 bytes) | tag (16 bytes) | ciphertext. */
  ciphertext: string;
  keyId: string;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SecretBox {
  private readonly keys: Map<string, Buffer>;

  constructor(
    readonly current: SecretKey,
    previous: readonly SecretKey[] = [],
  ) {
    this.keys = new Map([...previous, current].map((k) => [k.id, k.key]));
  }

  /** `context` (e.g. the row's tenant and id) is authenticated: a ciphertext moved to another row does not open. */
  seal(plaintext: string, context: string): Sealed {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return { ciphertext: Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64'), keyId: this.current.id };
  }

  open(sealed: Sealed, context: string): string {
    const key = this.keys.get(sealed.keyId);
    if (!key) {
      throw new Error(
        `No secrets key with id ${sealed.keyId}: set it in SECRETS_KEY_PREVIOUS until \`pnpm admin rotate-secrets\` has run`,
      );
    }
    const raw = Buffer.from(sealed.ciphertext, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }

  /** Whether a row sealed with `keyId` should be sealed again with the current key. */
  isStale(keyId: string | null) {
    return keyId !== this.current.id;
  }
}

export interface SecretsSettings {
  /** SECRETS_KEY, decoded (32 bytes); absent only outside production. */
  key: Buffer | undefined;
  /** SECRETS_KEY_PREVIOUS, decoded: they open old rows, never seal. */
  previous: Buffer[];
  /** Where the development key is kept when SECRETS_KEY is unset. */
  devKeyFile: string;
}

/**
 * The configured keys; outside production without SECRETS_KEY, a development key generated once and
 * kept beside the embedded database (mode 0600), so stored secrets survive restarts.
 */
export function loadSecretBox(settings: SecretsSettings): SecretBox {
  const previous = settings.previous.map(toSecretKey);
  if (settings.key) return new SecretBox(toSecretKey(settings.key), previous);
  const file = settings.devKeyFile;
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  }
  chmodSync(file, 0o600);
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new Error(`${file} does not hold a base64 32-byte key`);
  return new SecretBox(toSecretKey(key), previous);
}
