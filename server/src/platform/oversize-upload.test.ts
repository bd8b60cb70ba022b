import { Agent, request as httpRequest } from 'node:http';
import { connect as netConnect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../test/app.js';

/*
 * A body over the limit, uploaded in chunks by a real Node http client to a listening server: the
 * client must read the 413 problem+json every time. The server answers, then reads and discards the
 * rest of the upload (lingering close, bounded) instead of closing on unread bytes — which makes the
 * kernel send RST, and the client may lose the answer it had not read yet.
 */

const MiB = 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 'a');

interface Outcome {
  status?: number;
  contentType?: string;
  body?: string;
  /** A socket error before the answer was read in full. */
  errorBeforeAnswer?: string;
  /** A socket error after it (the server cutting a client that never stops). */
  errorAfterAnswer?: string;
  /** Bytes the client managed to hand to its socket. */
  sent: number;
  /** When the socket closed, ms after the answer (or after the start, without one). */
  closedAfterMs?: number;
}

/**
 * Writes `total` bytes (Infinity: until the server cuts the connection) in 64 KiB chunks, waiting
 * for `drain` whenever the socket's buffer is full, and keeps writing after the answer arrives (as
 * a client streaming a file does). Resolves when the socket has closed and the answer was read.
 */
function upload(
  port: number,
  path: string,
  headers: Record<string, string>,
  total: number,
  {
    timeoutMs = 60_000,
    chunkDelayMs = 0,
    stallAfter = Number.POSITIVE_INFINITY,
    agent: sharedAgent,
  }: {
    timeoutMs?: number;
    /** A slow client: one chunk per this many ms. */
    chunkDelayMs?: number;
    /** A client that stops sending (without ending its body) after this many bytes. */
    stallAfter?: number;
    /** A caller's agent (kept open afterwards); otherwise a fresh one per call. */
    agent?: Agent;
  } = {},
): Promise<Outcome> {
  const agent = sharedAgent ?? new Agent({ keepAlive: true, maxSockets: 1 });
  return new Promise<Outcome>((resolve) => {
    const outcome: Outcome = { sent: 0 };
    const started = Date.now();
    let answeredAt: number | undefined;
    let answered = false;
    let written = false;
    let closed = false;
    let stopped = false;
    // Done once the answer was read and the upload either went out in full or was cut (socket closed).
    const finish = () => {
      if (stopped) return;
      if ((answered && (written || closed)) || (closed && outcome.errorBeforeAnswer)) {
        stopped = true;
        clearTimeout(guard);
        resolve(outcome);
      }
    };
    const guard = setTimeout(() => {
      stopped = true;
      outcome.errorBeforeAnswer ??= answered ? undefined : 'client timeout';
      req.destroy();
      resolve(outcome);
    }, timeoutMs);
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path,
        // A fresh connection per round, kept alive as browsers and fetch do (a `Connection: close`
        // client stops uploading itself once it has its answer).
        agent,
        headers: { ...headers, ...(Number.isFinite(total) ? { 'content-length': String(total) } : {}) },
      },
      (res) => {
        outcome.status = res.statusCode;
        outcome.contentType = String(res.headers['content-type']);
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => {
          outcome.body = body;
          answered = true;
          answeredAt = Date.now();
          finish();
        });
        res.on('error', () => undefined);
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      const code = error.code ?? error.message;
      if (answered) outcome.errorAfterAnswer ??= code;
      else outcome.errorBeforeAnswer ??= code;
      finish();
    });
    req.on('finish', () => {
      written = true;
      finish();
    });
    req.on('socket', (socket) =>
      socket.once('close', () => {
        closed = true;
        outcome.closedAfterMs = Date.now() - (answeredAt ?? started);
        finish();
      }),
    );
    const write = () => {
      while (!req.destroyed && outcome.sent < total && outcome.sent < stallAfter) {
        const size = Math.min(CHUNK.length, total - outcome.sent);
        outcome.sent += size;
        const more = req.write(size === CHUNK.length ? CHUNK : CHUNK.subarray(0, size));
        if (outcome.sent >= total) {
          req.end();
          return;
        }
        const next = () => (chunkDelayMs > 0 ? setTimeout(write, chunkDelayMs) : write());
        if (chunkDelayMs > 0 && more) {
          next();
          return;
        }
        // Respect backpressure: resume on `drain`, as a streaming client should. Node's client stops
        // relaying its socket's `drain` to the request once the whole answer is in (a client piping a
        // file stalls there): listen on the socket too.
        if (!more) {
          const socket = req.socket;
          let resumed = false;
          const resume = () => {
            if (resumed) return;
            resumed = true;
            req.off('drain', resume);
            socket?.off('drain', resume);
            next();
          };
          req.once('drain', resume);
          socket?.once('drain', resume);
          return;
        }
      }
    };
    write();
  }).finally(() => {
    if (!sharedAgent) agent.destroy();
  });
}

/**
 * A client that asks `Connection: close` and keeps writing its body after the answer (as curl does),
 * over a raw socket: what it read, the bytes it could send, and any socket error.
 */
function uploadClosing(port: number, path: string, headers: Record<string, string>, total: number) {
  return new Promise<{ answer: string; sent: number; error?: string }>((resolve) => {
    const socket = netConnect(port, '127.0.0.1');
    const result: { answer: string; sent: number; error?: string } = { answer: '', sent: 0 };
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (result.answer += chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => (result.error ??= error.code));
    socket.on('close', () => resolve(result));
    const head = Object.entries({ ...headers, host: '127.0.0.1', connection: 'close', 'content-length': total })
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    socket.write(`POST ${path} HTTP/1.1\r\n${head}\r\n`);
    const write = () => {
      while (!socket.destroyed && result.sent < total) {
        result.sent += CHUNK.length;
        if (!socket.write(CHUNK)) {
          socket.once('drain', write);
          return;
        }
      }
    };
    write();
  });
}

describe('an oversize upload to a listening server gets its 413 (lingering close)', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let port: number;
  let headers: Record<string, string>;

  beforeAll(async () => {
    ctx = await startTestApp({
      IMPORT_MAX_BYTES: String(2 * MiB),
      IMPORT_WORKER_INTERVAL_MS: '0',
      // Short bounds, so the endless clients below are cut quickly.
      LINGER_IDLE_MS: '1000',
      LINGER_TOTAL_MS: '3000',
      LINGER_MAX_BYTES: String(64 * MiB),
    });
    const org = await createTestOrganisation(ctx.database, 'Oversize', ['coordinator']);
    headers = (await signIn(ctx.app, org.byRole.coordinator.email)).headers;
    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    port = (ctx.app.server.address() as { port: number }).port;
  });
  afterAll(() => ctx.close());

  const expect413 = (outcome: Outcome) => {
    expect(outcome.errorBeforeAnswer, `socket error before the answer was read (${outcome.sent} bytes sent)`).toBe(
      undefined,
    );
    expect(outcome.status).toBe(413);
    expect(outcome.contentType).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(outcome.body ?? '{}')).toMatchObject({ status: 413, title: 'Content Too Large' });
  };

  it('10 MB of JSON to POST /referrals (1 MiB limit): every round reads the 413, the whole body is sent', async () => {
    for (let round = 0; round < 5; round++) {
      const outcome = await upload(
        port,
        '/api/v1/referrals',
        { ...headers, 'content-type': 'application/json' },
        10 * MiB,
      );
      expect413(outcome);
      // The server read the rest: the client could send it all, without a reset.
      expect(outcome.sent, JSON.stringify(outcome)).toBe(10 * MiB);
      expect(outcome.errorAfterAnswer).toBe(undefined);
    }
  }, 60_000);

  it('after a 413 whose body was read to the end, the same connection serves the next request', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const outcome = await upload(
        port,
        '/api/v1/referrals',
        { ...headers, 'content-type': 'application/json' },
        10 * MiB,
        { agent },
      );
      expect413(outcome);
      const next = await new Promise<{ status?: number; reused: boolean }>((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port, path: '/health/live', agent }, (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode, reused: req.reusedSocket }));
        });
        req.on('error', reject);
        req.end();
      });
      expect(next).toEqual({ status: 200, reused: true });
    } finally {
      agent.destroy();
    }
  });

  it('15 MB of CSV to POST /imports/households (IMPORT_MAX_BYTES): every round reads the 413', async () => {
    for (let round = 0; round < 5; round++) {
      const outcome = await upload(
        port,
        '/api/v1/imports/households',
        { ...headers, 'content-type': 'text/csv' },
        15 * MiB,
      );
      expect413(outcome);
      expect(outcome.sent).toBe(15 * MiB);
      expect(outcome.errorAfterAnswer).toBe(undefined);
    }
  }, 60_000);

  it('a client asking Connection: close reads its 413 and can send its whole body, no reset', async () => {
    for (let round = 0; round < 5; round++) {
      const result = await uploadClosing(
        port,
        '/api/v1/referrals',
        { ...headers, 'content-type': 'application/json' },
        10 * MiB,
      );
      expect(result.error, `${result.sent} bytes sent`).toBe(undefined);
      expect(result.answer).toMatch(/^HTTP\/1\.1 413 /);
      expect(result.answer).toMatch(/content-type: application\/problem\+json/i);
      expect(result.answer).toMatch(/"status":413/);
      expect(result.sent).toBe(10 * MiB);
    }
  }, 60_000);

  it('a client that never stops sending (chunked) reads its 413 and is cut off after the bound', async () => {
    for (const path of ['/api/v1/referrals', '/api/v1/imports/households']) {
      const started = Date.now();
      const outcome = await upload(
        port,
        path,
        { ...headers, 'content-type': path.includes('imports') ? 'text/csv' : 'application/json' },
        Number.POSITIVE_INFINITY,
        { timeoutMs: 20_000 },
      );
      expect413(outcome);
      // Cut by the server (its 3 s or 64 MiB bound), not by the client's own 20 s guard.
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(outcome.sent).toBeGreaterThan(2 * MiB);
    }
    // The server still answers.
    const health = await fetch(`http://127.0.0.1:${port}/health/live`);
    expect(health.status).toBe(200);
  }, 60_000);

  it('a slow endless upload is cut at the total bound, a stalled one at the idle bound', async () => {
    const json = { ...headers, 'content-type': 'application/json' };
    // 64 KiB every 100 ms, never idle for the 1 s bound: cut 3 s after the answer (LINGER_TOTAL_MS).
    const slow = await upload(port, '/api/v1/referrals', json, Number.POSITIVE_INFINITY, {
      timeoutMs: 20_000,
      chunkDelayMs: 100,
    });
    expect413(slow);
    expect(slow.closedAfterMs, JSON.stringify({ ...slow, body: undefined })).toBeGreaterThanOrEqual(2_500);
    expect(slow.closedAfterMs).toBeLessThan(6_000);
    // Declares 10 MB, sends 3 MiB and goes quiet: cut about 1 s later (LINGER_IDLE_MS).
    const stalled = await upload(port, '/api/v1/referrals', json, 10 * MiB, { timeoutMs: 20_000, stallAfter: 3 * MiB });
    expect413(stalled);
    expect(stalled.sent).toBe(3 * MiB);
    expect(stalled.closedAfterMs).toBeGreaterThanOrEqual(500);
    expect(stalled.closedAfterMs).toBeLessThan(2_900);
  }, 60_000);
});
