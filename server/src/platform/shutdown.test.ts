import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer, connect as netConnect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productionNodeArgs } from '../../bench/lib.js';
import { repoRoot } from '../config.js';

/*
 * The server as it runs in production (a child process with the start script's node options; the
 * source through tsx, so no build is shared with other test files), on a throwaway embedded database.
 *   - SIGTERM under a stream of requests: every answer is a normal one or a 503 problem+json with
 *     Retry-After, no request sent before the signal loses its connection, the process exits 0.
 *   - Answers the framework gives before any route (414, 431, 415, 400) are problem+json too.
 */

const serverDir = path.join(repoRoot, 'server');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Answer {
  /** Sent on a kept-alive connection the server had already accepted (not a new one). */
  reused: boolean;
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTP/1.1 request with node:http (keep-alive agent or not), so socket errors keep their code. */
function send(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string; agent?: unknown },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
        agent: options.agent as never,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () =>
          resolve({ reused: req.reusedSocket, status: res.statusCode ?? 0, headers: res.headers, body }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', (error: NodeJS.ErrnoException & { reused?: boolean }) => {
      error.reused = req.reusedSocket;
      reject(error);
    });
    req.end(options.body);
  });
}

/** A raw request line and headers, for what an HTTP client library would refuse to send. */
function sendRaw(port: number, head: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = netConnect(port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNRESET' ? resolve(answer) : reject(error),
    );
    socket.on('close', () => resolve(answer));
    socket.write(head);
  });
}

const isProblem = (answer: Answer) => String(answer.headers['content-type']).startsWith('application/problem+json');

describe('a listening server: shutdown and framework-level answers', () => {
  let dataDir: string;

  async function startServer() {
    const port = await freePort();
    const child: ChildProcess = spawn(process.execPath, [...productionNodeArgs(), '--import', 'tsx', 'src/main.ts'], {
      cwd: serverDir,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        DATA_DIR: dataDir,
        JWT_SECRET: 'shutdown-test-secret-shutdown-test-secret-0123',
        // For this throwaway database only.
        SECRETS_KEY: '2AMVXqROqrb45YRIjcjC4jHQh86oMB1JkCIoqqeTFnc=',
        DEMO_SEED: 'false',
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'warn',
        WEB_DIST_DIR: '/nonexistent',
        WEBHOOK_WORKER_INTERVAL_MS: '0',
        RETENTION_JOB_INTERVAL_HOURS: '0',
        CLEANUP_INTERVAL_MS: '0',
        API_RATE_LIMIT_PER_MINUTE: '1000000',
        LOGIN_RATE_LIMIT_MAX: '1000000',
        LOGIN_RATE_LIMIT_ACCOUNT_MAX: '1000000',
        LOGIN_RATE_LIMIT_ADDRESS_MAX: '1000000',
        SHUTDOWN_GRACE_MS: '10000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    for (let i = 0; ; i++) {
      const ready = await send(port, { path: '/health/ready' }).then(
        (answer) => answer.status === 200,
        () => false,
      );
      if (ready) break;
      if (child.exitCode !== null || i > 600) throw new Error(`server did not start:\n${output}`);
      await sleep(100);
    }
    return { child, port, exited, output: () => output };
  }

  let server: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'percee-shutdown-'));
    server = await startServer();
  });

  afterAll(async () => {
    if (server?.child.exitCode === null) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers a too long path parameter or URL (414), oversized headers (431), a wrong content type (415) and a malformed URL or request (400) as problem+json', async () => {
    const tooLong = await send(server.port, { path: `/api/v1/households/${'a'.repeat(500)}` });
    expect(tooLong.status).toBe(414);
    expect(isProblem(tooLong)).toBe(true);
    expect(JSON.parse(tooLong.body)).toMatchObject({ status: 414, type: 'urn:percee:problem:uri-too-long' });

    const badUrl = await send(server.port, { path: '/api/v1/households/%E0%A4%A' });
    expect(badUrl.status).toBe(400);
    expect(isProblem(badUrl)).toBe(true);
    expect(JSON.parse(badUrl.body)).toMatchObject({ status: 400 });

    const wrongType = await send(server.port, {
      method: 'POST',
      path: '/api/v1/auth/login',
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
    });
    expect(wrongType.status).toBe(415);
    expect(isProblem(wrongType)).toBe(true);
    expect(JSON.parse(wrongType.body)).toMatchObject({ status: 415 });

    // Node's parser refuses the request before Fastify sees it (the header limit is 16 KiB).
    const huge = await sendRaw(
      server.port,
      `GET /health/live HTTP/1.1\r\nHost: localhost\r\nX-Padding: ${'x'.repeat(20_000)}\r\n\r\n`,
    );
    const [head = '', body = ''] = huge.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 431 /);
    expect(head.toLowerCase()).toContain('content-type: application/problem+json');
    expect(JSON.parse(body)).toMatchObject({ status: 431, type: 'urn:percee:problem:request-header-fields-too-large' });

    // A URL longer than the header limit: 414.
    const hugeUrl = await sendRaw(
      server.port,
      `GET /api/v1/households?q=${'x'.repeat(20_000)} HTTP/1.1\r\nHost: l\r\n\r\n`,
    );
    expect(hugeUrl).toMatch(/^HTTP\/1\.1 414 /);
    expect(hugeUrl.toLowerCase()).toContain('content-type: application/problem+json');

    const garbage = await sendRaw(server.port, 'NOT HTTP AT ALL\r\n\r\n');
    expect(garbage).toMatch(/^HTTP\/1\.1 400 /);
    expect(garbage.toLowerCase()).toContain('content-type: application/problem+json');
  });

  // Last: it ends the server.
  it('on SIGTERM under a stream of requests answers each normally or 503 problem+json with Retry-After, resets no connection, and exits 0', async () => {
    const { Agent } = await import('node:http');
    type Outcome = { sentAt: number; answer?: Answer; error?: string; reused?: boolean; ms?: number };
    const outcomes: Outcome[] = [];
    let signalledAt = 0;
    let stop = false;

    // Keep-alive clients (as a load balancer or a browser): connections are reused between requests.
    async function stream(kind: 'ready' | 'login', agent: InstanceType<typeof Agent>) {
      while (!stop) {
        const outcome: Outcome = { sentAt: Date.now() };
        outcomes.push(outcome);
        try {
          outcome.answer =
            kind === 'ready'
              ? await send(server.port, { path: '/health/ready', agent })
              : await send(server.port, {
                  method: 'POST',
                  path: '/api/v1/auth/login',
                  headers: { 'content-type': 'application/json' },
                  body: JSON.stringify({ email: 'nobody@shutdown.test', password: 'not-the-password' }),
                  agent,
                });
        } catch (error) {
          outcome.error = (error as NodeJS.ErrnoException).code ?? String(error);
          outcome.reused = (error as { reused?: boolean }).reused;
          outcome.ms = Date.now() - outcome.sentAt;
          // Refused: the server has stopped listening, as it should once closed.
          if (signalledAt) return;
        }
        await sleep(5);
      }
    }
    const agents = Array.from({ length: 6 }, () => new Agent({ keepAlive: true, maxSockets: 1 }));
    const streams = agents.map((agent, i) => stream(i % 3 === 0 ? 'login' : 'ready', agent));
    // Fresh connections too, one request each.
    const fresh = stream('ready', new Agent({ keepAlive: false }));

    // A kept-alive connection that stays quiet until the server no longer accepts new ones.
    const quiet = new Agent({ keepAlive: true, maxSockets: 1 });
    expect((await send(server.port, { path: '/health/live', agent: quiet })).status).toBe(200);

    await sleep(1_000);
    signalledAt = Date.now();
    server.child.kill('SIGTERM');
    let refused = false;
    for (let i = 0; i < 400 && !refused; i++) {
      refused = await send(server.port, { path: '/health/live', agent: new Agent({ keepAlive: false }) }).then(
        () => false,
        (error: NodeJS.ErrnoException) => error.code === 'ECONNREFUSED',
      );
      if (!refused) await sleep(5);
    }
    // The request on its way on that connection is answered, not reset.
    const late = await send(server.port, { path: '/health/ready', agent: quiet }).catch(
      (error: NodeJS.ErrnoException) => error.code,
    );
    const code = await server.exited;
    stop = true;
    await Promise.all([...streams, fresh]);
    for (const agent of [...agents, quiet]) agent.destroy();

    const before = outcomes.filter((o) => o.sentAt < signalledAt);
    const after = outcomes.filter((o) => o.sentAt >= signalledAt);
    const answered = outcomes.filter((o) => o.answer).map((o) => o.answer as Answer);
    const refusedDuringClose = answered.filter((a) => a.status === 503);
    console.log(
      'shutdown under a stream:',
      JSON.stringify({
        sentBeforeSignal: before.length,
        sentAfterSignal: after.length,
        answered503: refusedDuringClose.length,
        errorsAfterSignal: after
          .filter((o) => o.error)
          .map(
            (o) =>
              `${o.error} ${o.reused ? 'kept-alive' : 'new'} connection, sent ${o.sentAt - signalledAt} ms after the signal`,
          ),
      }),
    );

    expect(code, server.output()).toBe(0);
    expect(before.length).toBeGreaterThan(10);
    // Every request sent before the signal was answered (not reset, not dropped).
    expect(before.filter((o) => o.error).map((o) => o.error)).toEqual([]);
    // Each answer is a normal one (ready, or the wrong password's 401) or a 503 problem+json with Retry-After.
    for (const answer of answered) {
      if (answer.status === 503) {
        expect(isProblem(answer), answer.body).toBe(true);
        expect(answer.headers['retry-after']).toBe('5');
        expect(JSON.parse(answer.body)).toMatchObject({ status: 503, type: 'urn:percee:problem:shutting-down' });
      } else {
        expect([200, 401]).toContain(answer.status);
      }
    }
    // After the signal, no connection the server had accepted is cut: a request on a kept-alive one is
    // answered. Only a new connection can fail, once the server stops listening (refused, or reset by
    // the kernel when it was still waiting in the listen backlog as the socket closed).
    expect(after.filter((o) => o.error && o.reused).map((o) => o.error)).toEqual([]);
    expect(after.filter((o) => o.error && !['ECONNREFUSED', 'ECONNRESET'].includes(o.error))).toEqual([]);
    expect(refused).toBe(true);
    expect(late).toMatchObject({ reused: true, status: 503, headers: { 'retry-after': '5' } });
    expect(isProblem(late as Answer)).toBe(true);
  });
});
