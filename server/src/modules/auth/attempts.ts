import { createHmac, hkdfSync } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import ipaddr from 'ipaddr.js';
import type { Config } from '../../config.js';
import type { Db, Tx } from '../../db/client.js';
import { HttpProblem } from '../../lib/problem.js';
import type { SecretBox } from '../../lib/secrets.js';
import { type AttemptCounterRow, countAttempts, setAppRole, takeBackAttempts } from './repo.js';

/** What is being guessed: a password, a second-factor code, a machine client's secret. */
export type AttemptScope = 'password' | 'code' | 'client-secret';

type Settings = Config['loginRateLimit'];

/** One attempt under way, counted as a failure until `succeeded` takes it back. */
export interface Attempt {
  /** Not a failed guess (right credentials, or failed for another reason): it no longer counts. */
  succeeded(): Promise<void>;
}

/**
 * The client address as counted: IPv4 as is (IPv4-mapped IPv6 too), IPv6 by its /64, which one
 * subscriber typically holds whole.
 */
function addressKey(ip: string): string {
  if (!ipaddr.isValid(ip)) return ip;
  const parsed = ipaddr.process(ip);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4);
  return `${parts.map((part) => part.toString(16)).join(':')}::/64`;
}

/**
 * Limits failed credential attempts with counters in PostgreSQL (`app.credential_attempts`), so
 * every server process behind a load balancer sees the same counts. Three counters per attempt:
 * the account from this address, the account from any address, and this address for any account
 * (a far higher ceiling: an office behind one NAT is many people). Successful attempts are not
 * counted, so colleagues signing in never use up each other's budget.
 *
 * An attempt is counted before the credentials are checked and taken back when they were right: a
 * burst of concurrent guesses cannot all pass a check made before any of them is counted. An attempt
 * refused with 429 is not counted either, so hammering one blocked account does not fill the address.
 */
export class AttemptLimiter {
  private readonly hashKey: Buffer;

  constructor(
    private readonly db: Db,
    private readonly settings: Settings,
    secrets: SecretBox,
    private readonly log: FastifyBaseLogger,
  ) {
    // Keyed, so a dump of the table gives back no e-mail or address (a plain hash of an IPv4
    // address, or of an e-mail from a staff list, is reversed by trying them all).
    this.hashKey = Buffer.from(
      hkdfSync('sha256', secrets.current.key, Buffer.alloc(0), 'percee credential-attempt keys v1', 32),
    );
  }

  private hash(parts: string[]) {
    return createHmac('sha256', this.hashKey).update(parts.join('\0')).digest('base64url');
  }

  /**
   * Counts one attempt on `account` (an e-mail, user id or client id) from the client address `ip`.
   * Throws 429 (with Retry-After) when one of its limits is already reached; the attempt then is
   * not counted and the credentials must not be checked.
   */
  async begin(scope: AttemptScope, account: string, ip: string): Promise<Attempt> {
    const address = addressKey(ip);
    const limits = new Map<string, number>([
      [this.hash([scope, 'account+address', account, address]), this.settings.perAccountAndAddress],
      [this.hash([scope, 'account', account]), this.settings.perAccount],
      [this.hash([scope, 'address', address]), this.settings.perAddress],
    ]);
    // Always the same order, so concurrent upserts on the same keys lock rows in one order (no deadlock).
    const keys = [...limits.keys()].sort();
    const windowMs = this.settings.windowMs;
    const counted = await this.asApp(async (tx) => countAttempts(tx, keys, windowMs));
    const attempt = { succeeded: () => this.takeBack(counted) };
    const over = counted.filter((row) => row.failures > (limits.get(row.key_hash) ?? 0));
    if (over.length > 0) {
      await attempt.succeeded();
      const retryAfter = Math.max(...over.map((row) => row.retry_after));
      throw new HttpProblem(
        429,
        'rate-limited',
        'Too Many Requests',
        `Too many failed attempts; retry in ${retryAfter} seconds.`,
        { headers: { 'retry-after': String(retryAfter) } },
      );
    }
    return attempt;
  }

  /**
   * Runs `work` as one counted attempt (429 instead when a limit is reached). It stays counted when
   * `work` throws 401 (wrong credentials) or its result is `failed`; otherwise it is taken back.
   */
  async guard<T>(
    scope: AttemptScope,
    account: string,
    ip: string,
    work: () => Promise<T>,
    failed: (result: T) => boolean = () => false,
  ): Promise<T> {
    const attempt = await this.begin(scope, account, ip);
    let counts = true;
    try {
      const result = await work();
      counts = failed(result);
      return result;
    } catch (error) {
      counts = error instanceof HttpProblem && error.status === 401;
      throw error;
    } finally {
      if (!counts) await attempt.succeeded();
    }
  }

  /** Takes an attempt back from the windows it was counted in (not from a window begun since). */
  private async takeBack(counted: AttemptCounterRow[]) {
    try {
      await this.asApp((tx) => takeBackAttempts(tx, counted));
    } catch (error) {
      // The answer stands; the worst case is an attempt counted as a failure.
      this.log.warn({ err: error }, 'could not take back a credential attempt');
    }
  }

  private asApp<T>(work: (tx: Tx) => Promise<T>) {
    return this.db.transaction(async (tx) => {
      await setAppRole(tx);
      return work(tx);
    });
  }
}
