import { hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { invalidField } from './problem.js';

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

/*
 * Password policy (NIST SP 800-63B): at least 12 characters (checked by the shared schema), and not a
 * common, breached or easily guessed password. The check runs offline against the common-password
 * and word lists bundled with zxcvbn-ts (no network call leaks the password), with the account's own
 * e-mail and name counted as guessable.
 */
let estimator: ZxcvbnFactory | undefined;

/** Built on first use: loading the word lists takes a moment and most requests never need them. */
function passwordEstimator() {
  estimator ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  return estimator;
}

/** Score from 0 (guessed at once) to 4; below 3 is refused. */
export async function passwordScore(password: string, userInputs: string[] = []) {
  const result = await passwordEstimator().check(password, userInputs.filter(Boolean));
  return result.score;
}

export async function assertPasswordAcceptable(password: string, userInputs: string[], path = 'body.password') {
  if ((await passwordScore(password, userInputs)) < 3) {
    throw invalidField(
      path,
      'This password is too common or too easy to guess: use a longer phrase of unrelated words',
    );
  }
}
