import { hash, verify } from '@node-rs/argon2';

// OWASP minimum for argon2id: m=19 MiB, t=2, p=1. argon2id is the library's default algorithm
// (its enum is a `const enum`, which isolated modules cannot import).
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, ARGON2);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against a real hash when the account does not exist keeps the response time the
// same, so timing does not reveal which e-mail addresses have accounts.
let decoyHash: Promise<string> | undefined;
export async function verifyDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword('decoy-password-for-constant-time');
  await verifyPassword(await decoyHash, password);
  return false;
}
