import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { signIn, startTestApp } from '../../../test/app.js';
import { insertCase, startCaseworkTest } from '../../../test/fixtures.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Whole minutes: what the API answers back is then the same instant, written the same way.
const at = (ms: number) => new Date(Math.floor((Date.now() + ms) / 60_000) * 60_000).toISOString();

/*
 * The case's next planned contact follows its appointments: after a move, a cancellation, a
 * correction or a void it is recomputed from what remains, and falls back to the date the latest
 * contact gave once no planned appointment is left to come (issue 18, gap found in the week walk).
 */
describe('the next planned contact of a case, recomputed from the remaining appointments', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let worker: Awaited<ReturnType<typeof signIn>>;
  let caseId: string;

  beforeAll(async () => {
    let programId: string;
    let org: Awaited<ReturnType<typeof startCaseworkTest>>['org'];
    ({ ctx, org, programId, worker } = await startCaseworkTest('CPAS Next planned', {
      otherWorkerEmail: 'other.worker@next-planned.test',
      program: { name: 'Next planned program' },
    }));
    caseId = (
      await insertCase(ctx.database, org.organisationId, {
        programId,
        primaryWorkerId: org.byRole.case_worker.id,
        stage: 'monitoring',
        openedAt: at(-10 * DAY),
      })
    ).case.id;
  });
  afterAll(() => ctx.close());

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, version?: number) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...worker.headers, ...(version ? { 'if-match': `"${version}"` } : {}) },
      ...(payload ? { payload } : {}),
    });
  const next = async () => {
    // As the worker's caseload shows it.
    const response = await call('GET', '/caseload?limit=200');
    expect(response.statusCode, response.body).toBe(200);
    const entries = response.json().items as { case: { id: string }; nextPlannedContactAt: string | null }[];
    const entry = entries.find((candidate) => candidate.case.id === caseId);
    expect(entry, 'the case in the caseload').toBeDefined();
    return entry?.nextPlannedContactAt;
  };
  const plan = async (startsAt: string) => {
    const response = await call('POST', '/appointments', {
      with: 'household',
      caseId,
      place: 'office',
      startsAt,
      durationMinutes: 45,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; version: number };
  };

  it('moves, cancels, corrects and voids: each time the earliest remaining one, then the contact’s date', async () => {
    // A contact says: see them again in twelve days.
    const contactDate = at(12 * DAY);
    const contact = await call('POST', `/cases/${caseId}/contacts`, {
      occurredAt: at(-1 * DAY),
      type: 'office',
      durationMinutes: 30,
      nextPlannedAt: contactDate,
    });
    expect(contact.statusCode, contact.body).toBe(201);
    expect(await next()).toBe(contactDate);

    // Two appointments before it: the earlier one is the next planned contact.
    const first = at(2 * DAY);
    const second = at(4 * DAY);
    const a = await plan(first);
    const b = await plan(second);
    expect(await next()).toBe(first);

    // A moved past B: B is now the next one.
    const later = at(6 * DAY);
    const moved = await call('PATCH', `/appointments/${a.id}`, { startsAt: later }, a.version);
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await next()).toBe(second);

    // A moved back before B: A again, at its new time (the old one is not left behind).
    const sooner = at(1 * DAY);
    const movedBack = await call('PATCH', `/appointments/${a.id}`, { startsAt: sooner }, moved.json().version);
    expect(movedBack.statusCode, movedBack.body).toBe(200);
    expect(await next()).toBe(sooner);

    // A cancelled: B remains.
    const cancelled = await call(
      'POST',
      `/appointments/${a.id}/transitions`,
      { to: 'cancelled', reason: 'The family asked to postpone' },
      movedBack.json().version,
    );
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(await next()).toBe(second);

    // The cancelled A corrected (its time) and then voided: B still, never A's times.
    const corrected = await call(
      'POST',
      `/appointments/${a.id}/corrections`,
      { reason: 'Wrong time typed when it was planned', startsAt: at(3 * DAY) },
      cancelled.json().version,
    );
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(await next()).toBe(second);
    const voided = await call(
      'POST',
      `/appointments/${a.id}/void`,
      { reason: 'Planned on the wrong case' },
      corrected.json().version,
    );
    expect(voided.statusCode, voided.body).toBe(200);
    expect(await next()).toBe(second);

    // B cancelled too: no appointment left to come, so the contact's date comes back (not none).
    const bCancelled = await call(
      'POST',
      `/appointments/${b.id}/transitions`,
      { to: 'cancelled', reason: 'Worker ill' },
      b.version,
    );
    expect(bCancelled.statusCode, bCancelled.body).toBe(200);
    expect(await next()).toBe(contactDate);
  });
});
