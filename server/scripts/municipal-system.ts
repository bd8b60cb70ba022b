/**
 * Plays another municipal system against a running Percée, over HTTP only (fetch), the way an
 * integrator would (see docs/integration.md):
 *   1. gets a client-credentials token;
 *   2. subscribes a local receiver (127.0.0.1) to events, and checks every delivery's signature;
 *   3. sends a referral with retries and an Idempotency-Key (and replays it, as after a lost answer);
 *   4. syncs referrals and households changed since it started (updatedSince, cursor pages);
 *   5. lets people do their part with user tokens: a coordinator accepts the referral, a case worker
 *      moves the case through its six stages (with If-Match), and it receives those events;
 *   6. imports a CSV file of households (dry run, then commit), as import jobs polled until done.
 *
 *   PERCEE_URL=http://127.0.0.1:3000 CLIENT_ID=... CLIENT_SECRET=... \
 *   COORDINATOR_EMAIL=... COORDINATOR_PASSWORD=... WORKER_EMAIL=... WORKER_PASSWORD=... \
 *   pnpm --filter @percee/server exec tsx scripts/municipal-system.ts
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { components } from '../openapi/percee.js';

type CloudEvent = components['schemas']['CloudEvent'];
type Referral = components['schemas']['Referral'];
type ImportReport = components['schemas']['ImportReport'];
type ImportJob = components['schemas']['ImportJob'];

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`Set ${name}`);
  return value;
};
const base = env('PERCEE_URL').replace(/\/$/, '');
const log = (message: string) => console.log(`[municipal-system] ${message}`);

/**
 * fetch with retries on network errors, 429 and 5xx: waits Retry-After when the server sends it
 * (rate limits, database unavailable), else exponential backoff; the same request each time.
 */
async function send(path: string, init: RequestInit = {}, attempts = 4): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    let waitMs = 200 * 2 ** (attempt - 1);
    try {
      const response = await fetch(`${base}${path}`, { ...init, redirect: 'manual' });
      if ((response.status !== 429 && response.status < 500) || attempt >= attempts) return response;
      const retryAfter = Number(response.headers.get('retry-after'));
      if (Number.isFinite(retryAfter) && retryAfter > 0) waitMs = Math.min(retryAfter, 30) * 1000;
      await response.body?.cancel();
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, waitMs));
  }
}

async function json<T>(response: Response, expected: number[]): Promise<T> {
  const body = await response.text();
  if (!expected.includes(response.status)) throw new Error(`${response.url}: ${response.status} ${body}`);
  return (body ? JSON.parse(body) : undefined) as T;
}

async function clientToken() {
  const basic = Buffer.from(`${env('CLIENT_ID')}:${env('CLIENT_SECRET')}`).toString('base64');
  const response = await send('/api/v1/oauth/token', {
    method: 'POST',
    headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  });
  const token = await json<{ access_token: string; scope: string; expires_in: number }>(response, [200]);
  log(`token for scopes "${token.scope}", valid ${token.expires_in} s`);
  return { authorization: `Bearer ${token.access_token}` };
}

async function userToken(email: string, password: string) {
  const response = await send('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return { authorization: `Bearer ${(await json<{ accessToken: string }>(response, [200])).accessToken}` };
}

/** Standard Webhooks verification, as a receiver must do it: HMAC-SHA256 of "id.timestamp.body". */
function verify(secret: string, headers: IncomingHttpHeaders, body: string) {
  const id = String(headers['webhook-id']);
  const timestamp = Number(headers['webhook-timestamp']);
  if (Math.abs(Date.now() / 1000 - timestamp) > 300) return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
  return String(headers['webhook-signature'])
    .split(' ')
    .some((part) => {
      const given = Buffer.from(part.split(',')[1] ?? '', 'base64');
      return part.startsWith('v1,') && given.length === expected.length && timingSafeEqual(given, expected);
    });
}

async function main() {
  const started = new Date().toISOString();
  const client = await clientToken();

  // 2. A local receiver; the secret arrives with the subscription.
  const received: CloudEvent[] = [];
  let secret = '';
  let badSignatures = 0;
  const receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      if (!verify(secret, request.headers, body)) {
        badSignatures++;
        response.statusCode = 401;
        return response.end();
      }
      const event = JSON.parse(body) as CloudEvent;
      // At least once: deduplicate on the event id.
      if (!received.some((seen) => seen.id === event.id)) received.push(event);
      response.statusCode = 204;
      response.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/percee-events`;
  const subscription = await json<{ subscription: { id: string }; secret: string }>(
    await send('/api/v1/webhooks', {
      method: 'POST',
      headers: { ...client, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify({
        url: hookUrl,
        eventTypes: ['referral.created', 'referral.decided', 'case.stage_changed', 'case.closed'],
      }),
    }),
    [201],
  );
  secret = subscription.secret;
  log(`subscribed ${hookUrl}`);

  try {
    // 3. A referral, sent with an Idempotency-Key, then sent again as if the first answer was lost.
    const key = randomUUID();
    const referralBody = JSON.stringify({
      referrerService: 'Population register of the municipality',
      reason: 'Household registered at an emergency address after losing its housing',
      personAgreed: true,
      household: {
        address: '14 rue de la Station',
        postalCode: '7100',
        municipality: 'La Louvière',
        members: [
          { firstName: 'Nadia', lastName: `Register${Date.now()}`, birthDate: '1986-11-03', role: 'applicant' },
        ],
      },
    });
    const post = () =>
      send('/api/v1/referrals', {
        method: 'POST',
        headers: { ...client, 'content-type': 'application/json', 'idempotency-key': key },
        body: referralBody,
      });
    const firstResponse = await post();
    const referral = await json<Referral>(firstResponse, [201]);
    const retryResponse = await post();
    const retried = await json<Referral>(retryResponse, [201]);
    if (retried.id !== referral.id || retryResponse.headers.get('idempotent-replayed') !== 'true') {
      throw new Error('the retried referral was not replayed');
    }
    log(`referral ${referral.id} sent (retry replayed, ETag ${firstResponse.headers.get('etag')})`);

    // 4. Sync what changed since the start, page by page.
    for (const collection of ['referrals', 'households']) {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const query = new URLSearchParams({ updatedSince: started, limit: '50', ...(cursor ? { cursor } : {}) });
        const page: { items: { id: string }[]; nextCursor: string | null } = await json(
          await send(`/api/v1/${collection}?${query}`, { headers: client }),
          [200],
        );
        ids.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
      } while (cursor);
      log(`synced ${ids.length} ${collection} changed since ${started}`);
      if (collection === 'referrals' && !ids.includes(referral.id)) throw new Error('sync missed the referral');
    }

    // 5. People do their part: a coordinator accepts, a case worker moves the case to its end.
    const coordinator = await userToken(env('COORDINATOR_EMAIL'), env('COORDINATOR_PASSWORD'));
    const worker = await userToken(env('WORKER_EMAIL'), env('WORKER_PASSWORD'));
    const programs = await json<{
      items: { id: string; active: boolean; accompanimentTypes: string[]; eligibilityChecklist: { code: string }[] }[];
    }>(await send('/api/v1/programs', { headers: coordinator }), [200]);
    const program = programs.items.find((p) => p.active && p.accompanimentTypes.includes('case_management'));
    if (!program) throw new Error('no active case-management program');
    const me = await json<{ id: string }>(await send('/api/v1/me', { headers: worker }), [200]);
    const accepted = await json<{ case: { id: string } }>(
      await send(`/api/v1/referrals/${referral.id}/accept`, {
        method: 'POST',
        headers: { ...coordinator, 'content-type': 'application/json' },
        body: JSON.stringify({
          programId: program.id,
          primaryWorkerId: me.id,
          accompanimentType: 'case_management',
          eligibility: Object.fromEntries(program.eligibilityChecklist.map((criterion) => [criterion.code, true])),
          caseloadOverrideReason: 'Integration run',
        }),
      }),
      [200],
    );
    const caseId = accepted.case.id;
    for (const to of ['assessment', 'planning', 'monitoring', 'evaluation', 'exit']) {
      const current = await send(`/api/v1/cases/${caseId}`, { headers: worker });
      const etag = current.headers.get('etag') as string;
      await json(current, [200]);
      await json(
        await send(`/api/v1/cases/${caseId}/transitions`, {
          method: 'POST',
          headers: { ...worker, 'content-type': 'application/json', 'if-match': etag },
          body: JSON.stringify({ to, ...(to === 'exit' ? { closureReason: 'goals_reached' } : {}) }),
        }),
        [200],
      );
    }
    log(`case ${caseId} went through its stages to exit`);

    const wanted = ['referral.created', 'referral.decided', ...Array(5).fill('case.stage_changed'), 'case.closed'];
    const deadline = Date.now() + 30_000;
    const mine = () =>
      received.filter((event) => event.data.referralId === referral.id || event.data.caseId === caseId);
    while (mine().length < wanted.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const types = mine()
      .map((event) => event.type)
      .sort();
    if (JSON.stringify(types) !== JSON.stringify([...wanted].sort())) {
      throw new Error(`events received: ${types.join(', ')}`);
    }
    if (badSignatures > 0) throw new Error(`${badSignatures} deliveries had a bad signature`);
    log(`received ${mine().length} signed events: ${[...new Set(types)].join(', ')}`);

    // The closure is in the feed too, for a system that polls instead of receiving webhooks.
    const feed = await json<{ items: CloudEvent[] }>(
      await send('/api/v1/events?type=case.closed&limit=500', { headers: client }),
      [200],
    );
    if (!feed.items.some((event) => event.data.caseId === caseId)) throw new Error('closure missing from the feed');

    // 6. A CSV import of households: dry run first, then the commit.
    const csv = [
      'address;postalCode;municipality;members.0.firstName;members.0.lastName;members.0.birthDate;members.0.role;problems.0.domain;problems.0.severity',
      `"2 rue du Canal";7100;La Louvière;Olivier;Import${Date.now()};1972-04-18;applicant;housing;high`,
      `"9 avenue des Tilleuls";7100;La Louvière;Chloé;Import${Date.now()};1995-12-01;applicant;debt;medium`,
    ].join('\r\n');
    const csvHeaders = { ...client, 'content-type': 'text/csv; charset=utf-8' };
    // An upload answers 202 with a job; poll it until it ends, then read its report.
    const runImport = async (url: string, extra: Record<string, string> = {}) => {
      let job = await json<ImportJob>(
        await send(url, { method: 'POST', headers: { ...csvHeaders, ...extra }, body: csv }),
        [202],
      );
      while (job.status === 'queued' || job.status === 'running') {
        await new Promise((resolve) => setTimeout(resolve, 500));
        job = await json<ImportJob>(await send(job.links.self, { headers: client }), [200]);
      }
      return json<ImportReport>(await send(job.links.report, { headers: client }), [200]);
    };
    const dry = await runImport('/api/v1/imports/households?dryRun=true');
    if (!dry.ok) throw new Error(`dry run: ${JSON.stringify(dry.rows)}`);
    const imported = await runImport('/api/v1/imports/households', { 'idempotency-key': randomUUID() });
    if (imported.status !== 'succeeded') throw new Error(`import ${imported.status}: ${JSON.stringify(imported.rows)}`);
    log(`imported ${imported.valid} households: ${imported.rows.map((row) => row.reference).join(', ')}`);
    console.log(
      JSON.stringify({ ok: true, referralId: referral.id, caseId, events: mine().length, imported: imported.valid }),
    );
  } finally {
    await send(`/api/v1/webhooks/${subscription.subscription.id}`, { method: 'DELETE', headers: client });
    receiver.close();
  }
}

main().catch((error: unknown) => {
  console.error(`[municipal-system] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
