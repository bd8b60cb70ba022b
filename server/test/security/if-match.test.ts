import type { Role } from '@percee/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../app.js';
import { insertCase, insertProgram } from '../fixtures.js';
import { ATTACKS, type Ids, type Method, seedOperationsData } from '../operations.js';

/*
 * Optimistic concurrency, route by route, from the OpenAPI document: every operation that documents
 * 412 or 428, or an If-Match header, is version-checked. For each, a fresh resource is set up and its
 * ETag read; then
 *   - no If-Match: 428 where the contract documents 428 (If-Match required), success where it documents
 *     only 412 (If-Match checked when sent);
 *   - a malformed or wrong If-Match: 412, and the resource is unchanged;
 *   - the current ETag: 2xx and a new ETag;
 *   - the old ETag again (a second writer who read before the first wrote): 412.
 * An operation the document marks as version-checked without a row in SETUPS fails the suite, and so does
 * a row whose operation no longer documents it. The reverse: every other operation, sent a malformed
 * If-Match and none, must answer neither 412 nor 428 (it would check a version the contract hides).
 */

type Operation = Record<string, unknown> & {
  responses?: Record<string, unknown>;
  parameters?: { in: string; name: string }[];
};
type Document = { paths: Record<string, Record<string, Operation>> };

const newAppointment = (caseId: string) => ({
  with: 'household',
  caseId,
  place: 'home_visit',
  startsAt: new Date(Date.now() + 86_400_000).toISOString(),
  durationMinutes: 45,
});

/** What one version-checked operation acts on: who calls it, where, with what, and where its ETag is read. */
interface Target {
  as: Role;
  url: string;
  body?: unknown;
  /** The GET answering the resource's current ETag. */
  etagUrl: string;
}

interface Fixtures {
  /** A new open case (in a breakthrough-method program), primary worker: the case worker. */
  newCase: () => Promise<{ caseId: string; householdId: string }>;
  /** A new case with a draft plan. */
  newPlan: () => Promise<{ caseId: string }>;
  /** A new proposed breakthrough (on a new case and plan). */
  newBreakthrough: () => Promise<{ id: string }>;
  /** A new objective (on a new case in the planning stage). */
  newObjective: () => Promise<{ id: string }>;
  catalogueItemId: string;
  coordinatorId: string;
  otherWorkerId: string;
  post: (as: Role, url: string, body: object) => Promise<Record<string, unknown>>;
  /** A POST under If-Match (the version it names), expected to succeed. */
  postAt: (as: Role, url: string, body: object, version: number) => Promise<Record<string, unknown>>;
}

/** A past appointment (cancelled) on a new case: what corrections and voids act on. */
const pastAppointment = async (f: Fixtures) => {
  const { caseId } = await f.newCase();
  const { id } = await f.post('coordinator', '/appointments', {
    ...newAppointment(caseId),
    startsAt: new Date(Date.now() - 3_600_000).toISOString(),
  });
  await f.postAt('coordinator', `/appointments/${id}/transitions`, { to: 'cancelled', reason: 'Ill' }, 1);
  return id as string;
};
const newContact = async (f: Fixtures) => {
  const { caseId } = await f.newCase();
  const { id } = await f.post('coordinator', `/cases/${caseId}/contacts`, {
    occurredAt: new Date().toISOString(),
    type: 'office',
  });
  return id as string;
};
const newAid = async (f: Fixtures) => {
  const { caseId } = await f.newCase();
  const { id } = await f.post('coordinator', `/cases/${caseId}/aid`, {
    kind: 'food',
    nature: 'material',
    grantedOn: '2026-01-01',
  });
  return id as string;
};

const SETUPS: Record<string, (f: Fixtures) => Promise<Target>> = {
  'PATCH /api/v1/objectives/{id}': async (f) => {
    const { id } = await f.newObjective();
    const url = `/objectives/${id}`;
    return { as: 'case_worker', url, body: { dueOn: '2027-03-01' }, etagUrl: url };
  },
  'PUT /api/v1/objectives/{id}/agreement': async (f) => {
    const { id } = await f.newObjective();
    return {
      as: 'case_worker',
      url: `/objectives/${id}/agreement`,
      body: { agreedOn: '2026-01-05', method: 'oral' },
      etagUrl: `/objectives/${id}`,
    };
  },
  'PATCH /api/v1/tasks/{id}': async (f) => {
    const { id } = await f.post('case_worker', '/tasks', {
      title: 'Call the landlord',
      dueAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const url = `/tasks/${id}`;
    return { as: 'case_worker', url, body: { title: 'Call the landlord again' }, etagUrl: url };
  },
  'POST /api/v1/contacts/{id}/corrections': async (f) => {
    const id = await newContact(f);
    return {
      as: 'coordinator',
      url: `/contacts/${id}/corrections`,
      body: { reason: 'Typed wrong', type: 'phone' },
      etagUrl: `/contacts/${id}`,
    };
  },
  'POST /api/v1/contacts/{id}/void': async (f) => {
    const id = await newContact(f);
    return {
      as: 'coordinator',
      url: `/contacts/${id}/void`,
      body: { reason: 'Wrong file' },
      etagUrl: `/contacts/${id}`,
    };
  },
  'POST /api/v1/aid/{id}/corrections': async (f) => {
    const id = await newAid(f);
    return {
      as: 'coordinator',
      url: `/aid/${id}/corrections`,
      body: { reason: 'Typed wrong', amountCents: 4500 },
      etagUrl: `/aid/${id}`,
    };
  },
  'POST /api/v1/aid/{id}/void': async (f) => {
    const id = await newAid(f);
    return { as: 'coordinator', url: `/aid/${id}/void`, body: { reason: 'Typed twice' }, etagUrl: `/aid/${id}` };
  },
  'POST /api/v1/appointments/{id}/corrections': async (f) => {
    const id = await pastAppointment(f);
    return {
      as: 'coordinator',
      url: `/appointments/${id}/corrections`,
      body: { reason: 'It was by phone', place: 'phone' },
      etagUrl: `/appointments/${id}`,
    };
  },
  'POST /api/v1/appointments/{id}/void': async (f) => {
    const id = await pastAppointment(f);
    return {
      as: 'coordinator',
      url: `/appointments/${id}/void`,
      body: { reason: 'Never planned' },
      etagUrl: `/appointments/${id}`,
    };
  },
  'POST /api/v1/cases/{id}/reopen': async (f) => {
    const { caseId } = await f.newCase();
    await f.postAt('coordinator', `/cases/${caseId}/transitions`, { to: 'exit', closureReason: 'moved_away' }, 1);
    return {
      as: 'coordinator',
      url: `/cases/${caseId}/reopen`,
      body: { reason: 'The family came back' },
      etagUrl: `/cases/${caseId}`,
    };
  },
  'PATCH /api/v1/appointments/{id}': async (f) => {
    const { caseId } = await f.newCase();
    const { id } = await f.post('coordinator', '/appointments', newAppointment(caseId));
    const url = `/appointments/${id}`;
    return { as: 'coordinator', url, body: { place: 'office' }, etagUrl: url };
  },
  'POST /api/v1/appointments/{id}/transitions': async (f) => {
    const { caseId } = await f.newCase();
    const { id } = await f.post('coordinator', '/appointments', newAppointment(caseId));
    return {
      as: 'coordinator',
      url: `/appointments/${id}/transitions`,
      body: { to: 'cancelled', reason: 'The family moved' },
      etagUrl: `/appointments/${id}`,
    };
  },
  'PATCH /api/v1/households/{id}': async (f) => {
    const { householdId } = await f.newCase();
    const url = `/households/${householdId}`;
    return { as: 'coordinator', url, body: { municipality: 'Elsewhere' }, etagUrl: url };
  },
  'PATCH /api/v1/households/{id}/members/{personId}': async (f) => {
    const { householdId } = await f.newCase();
    const added = await f.post('coordinator', `/households/${householdId}/members`, {
      firstName: 'Matrix',
      lastName: 'Member',
      role: 'child',
    });
    const url = `/households/${householdId}/members/${added.id as string}`;
    return { as: 'coordinator', url, body: { residenceStatus: 'citizen', reason: 'Matrix correction' }, etagUrl: url };
  },
  'POST /api/v1/cases/{id}/transitions': async (f) => {
    const { caseId } = await f.newCase();
    return {
      as: 'coordinator',
      url: `/cases/${caseId}/transitions`,
      body: { to: 'assessment' },
      etagUrl: `/cases/${caseId}`,
    };
  },
  'POST /api/v1/cases/{id}/assignment': async (f) => {
    const { caseId } = await f.newCase();
    return {
      as: 'coordinator',
      url: `/cases/${caseId}/assignment`,
      body: { primaryWorkerId: f.otherWorkerId, reason: 'Rebalancing' },
      etagUrl: `/cases/${caseId}`,
    };
  },
  'PUT /api/v1/cases/{id}/co-workers': async (f) => {
    const { caseId } = await f.newCase();
    return {
      as: 'coordinator',
      url: `/cases/${caseId}/co-workers`,
      body: { userIds: [f.coordinatorId] },
      etagUrl: `/cases/${caseId}`,
    };
  },
  'PATCH /api/v1/cases/{id}/plan': async (f) => {
    const { caseId } = await f.newPlan();
    const url = `/cases/${caseId}/plan`;
    return { as: 'coordinator', url, body: { goals: [{ domain: 'housing', text: 'A home' }] }, etagUrl: url };
  },
  'POST /api/v1/cases/{id}/plan/transitions': async (f) => {
    const { caseId } = await f.newPlan();
    return {
      as: 'coordinator',
      url: `/cases/${caseId}/plan/transitions`,
      body: { to: 'active' },
      etagUrl: `/cases/${caseId}/plan`,
    };
  },
  'PATCH /api/v1/breakthroughs/{id}': async (f) => {
    const { id } = await f.newBreakthrough();
    const url = `/breakthroughs/${id}`;
    return { as: 'coordinator', url, body: { title: 'Renamed' }, etagUrl: url };
  },
  'PUT /api/v1/breakthroughs/{id}/scenario': async (f) => {
    const { id } = await f.newBreakthrough();
    return {
      as: 'coordinator',
      url: `/breakthroughs/${id}/scenario`,
      body: {
        horizonMonths: 12,
        without: [{ catalogueItemId: f.catalogueItemId, quantity: 1, probabilityPercent: 50 }],
        with: [],
      },
      etagUrl: `/breakthroughs/${id}`,
    };
  },
  'POST /api/v1/breakthroughs/{id}/transitions': async (f) => {
    const { id } = await f.newBreakthrough();
    return {
      as: 'coordinator',
      url: `/breakthroughs/${id}/transitions`,
      body: { to: 'approved', comment: 'Agreed' },
      etagUrl: `/breakthroughs/${id}`,
    };
  },
  'PATCH /api/v1/admin/api-clients/{id}': async (f) => {
    const { clientId } = await f.post('admin', '/admin/api-clients', { name: 'Register', scopes: ['cases:read'] });
    const url = `/admin/api-clients/${clientId}`;
    return { as: 'admin', url, body: { name: 'Renamed register' }, etagUrl: url };
  },
  'POST /api/v1/admin/api-clients/{id}/rotate': async (f) => {
    const { clientId } = await f.post('admin', '/admin/api-clients', { name: 'Register', scopes: ['cases:read'] });
    return { as: 'admin', url: `/admin/api-clients/${clientId}/rotate`, etagUrl: `/admin/api-clients/${clientId}` };
  },
  'DELETE /api/v1/admin/api-clients/{id}': async (f) => {
    const { clientId } = await f.post('admin', '/admin/api-clients', { name: 'Register', scopes: ['cases:read'] });
    const url = `/admin/api-clients/${clientId}`;
    return { as: 'admin', url, etagUrl: url };
  },
  'PATCH /api/v1/webhooks/{id}': async (f) => {
    const { subscription } = await f.post('admin', '/webhooks', {
      url: 'https://127.0.0.1:1/hook',
      eventTypes: ['referral.created'],
    });
    const url = `/webhooks/${(subscription as { id: string }).id}`;
    return { as: 'admin', url, body: { eventTypes: ['case.closed'] }, etagUrl: url };
  },
};

const hasIfMatchHeader = (operation: Operation) =>
  (operation.parameters ?? []).some((p) => p.in === 'header' && p.name.toLowerCase() === 'if-match');

/** The operations the document says are version-checked, and whether If-Match is required (428). */
function versionChecked(document: Document) {
  const checked = new Map<string, { required: boolean; documents412: boolean }>();
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const statuses = Object.keys(operation.responses ?? {});
      if (statuses.includes('412') || statuses.includes('428') || hasIfMatchHeader(operation)) {
        checked.set(`${method.toUpperCase()} ${path}`, {
          required: statuses.includes('428'),
          documents412: statuses.includes('412'),
        });
      }
    }
  }
  return checked;
}

describe('If-Match on every version-checked operation of the OpenAPI document', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let document: Document;
  let fixtures: Fixtures;
  const sessions: Partial<Record<Role, Record<string, string>>> = {};
  let ids: Ids;

  const send = (as: Role, method: Method, url: string, body: unknown, ifMatch?: string) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...sessions[as], ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }) },
      ...(body === undefined ? {} : { payload: body as object }),
    });

  const etagOf = async (as: Role, url: string) => {
    const response = await send(as, 'GET', url, undefined);
    expect(response.statusCode, `GET ${url}: ${response.body}`).toBe(200);
    const etag = response.headers.etag;
    expect(etag, `GET ${url} answers an ETag`).toMatch(/^"\d+"$/);
    return etag as string;
  };

  beforeAll(async () => {
    ctx = await startTestApp();
    const org = await createTestOrganisation(ctx.database, 'Versions', [
      'admin',
      'coordinator',
      'case_worker',
      'partner',
      'analyst',
    ]);
    for (const role of ['admin', 'coordinator', 'case_worker', 'partner', 'analyst'] as const) {
      sessions[role] = (await signIn(ctx.app, org.byRole[role].email)).headers;
    }
    document = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const program = await insertProgram(ctx.database, org.organisationId, { method: 'breakthrough' });
    const post = async (as: Role, url: string, body: object) => {
      const response = await send(as, 'POST', url, body);
      expect(response.statusCode, `POST ${url}: ${response.body}`).toBeLessThan(300);
      return response.json();
    };
    const newCase = async () => {
      const created = await insertCase(ctx.database, org.organisationId, {
        programId: program.id,
        primaryWorkerId: org.byRole.case_worker.id,
      });
      return { caseId: created.case.id, householdId: created.household.id };
    };
    const newPlan = async () => {
      const { caseId } = await newCase();
      await post('coordinator', `/cases/${caseId}/plan`, { goals: [{ domain: 'housing', text: 'Stay housed' }] });
      return { caseId };
    };
    const catalogue = (await send('coordinator', 'GET', '/cost-catalogue', undefined)).json();
    fixtures = {
      newCase,
      newPlan,
      newBreakthrough: async () => {
        const { caseId } = await newPlan();
        const created = await post('coordinator', `/cases/${caseId}/breakthroughs`, {
          title: 'Debt settled',
          domain: 'debt',
          category: 'other',
          responsible: 'Coach',
        });
        return { id: created.id as string };
      },
      newObjective: async () => {
        const created = await insertCase(ctx.database, org.organisationId, {
          programId: program.id,
          primaryWorkerId: org.byRole.case_worker.id,
          stage: 'planning',
        });
        const objective = await post('case_worker', `/cases/${created.case.id}/objectives`, {
          domain: 'finances',
          text: 'A repayment plan',
        });
        return { id: objective.id as string };
      },
      catalogueItemId: catalogue.items[0].id,
      coordinatorId: org.byRole.coordinator.id,
      // The coordinator also takes cases: the other worker a transfer goes to.
      otherWorkerId: org.byRole.coordinator.id,
      post,
      postAt: async (as, url, body, version) => {
        const response = await send(as, 'POST', url, body, `"${version}"`);
        expect(response.statusCode, `POST ${url}: ${response.body}`).toBeLessThan(300);
        return response.json();
      },
    };
    ({ ids } = await seedOperationsData(ctx, org));
  });
  afterAll(() => ctx.close());

  it('has a setup for exactly the operations the document marks as version-checked', () => {
    const documented = [...versionChecked(document).keys()].sort();
    expect(documented.length).toBeGreaterThan(0);
    expect(
      documented.filter((operation) => !(operation in SETUPS)),
      'version-checked operations without a setup',
    ).toEqual([]);
    expect(
      Object.keys(SETUPS).filter((operation) => !documented.includes(operation)),
      'setups for operations the document no longer marks as version-checked',
    ).toEqual([]);
  });

  it('documents 412 on every version-checked operation', () => {
    const without412 = [...versionChecked(document)].filter(([, rule]) => !rule.documents412).map(([op]) => op);
    expect(without412).toEqual([]);
  });

  it.each(Object.keys(SETUPS))('%s: checks If-Match as documented', async (operation) => {
    const rule = versionChecked(document).get(operation);
    expect(rule, `${operation} is documented as version-checked`).toBeDefined();
    const setup = SETUPS[operation];
    if (!rule || !setup) return;
    const method = operation.split(' ')[0] as Method;
    const target = await setup(fixtures);
    const call = (ifMatch?: string) => send(target.as, method, target.url, target.body, ifMatch);
    const refused = (response: Awaited<ReturnType<typeof call>>, status: number, what: string) => {
      expect(response.statusCode, `${what}: ${response.body}`).toBe(status);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    };

    const before = await etagOf(target.as, target.etagUrl);
    const version = Number(before.slice(1, -1));
    if (rule.required) {
      const none = await call();
      refused(none, 428, 'no If-Match');
      expect(none.json().type).toBe('urn:percee:problem:precondition-required');
    }
    refused(await call('"not-a-version"'), 412, 'malformed If-Match');
    refused(await call('garbage'), 412, 'malformed If-Match');
    refused(await call(`"${version + 1}"`), 412, 'wrong version');
    expect(await etagOf(target.as, target.etagUrl), 'a refused write changed nothing').toBe(before);

    const done = await call(before);
    expect(done.statusCode, `current ETag: ${done.body}`).toBeLessThan(300);
    const after = await etagOf(target.as, target.etagUrl);
    expect(after, 'the write gave the resource a new ETag').not.toBe(before);
    if (done.statusCode !== 204) expect(done.headers.etag, 'the answer carries the new ETag').toBe(after);

    // Someone who read before that write.
    refused(await call(before), 412, 'replayed old ETag');
    expect(await etagOf(target.as, target.etagUrl)).toBe(after);

    if (!rule.required) {
      // Documented as checked when sent: without it, the write goes through.
      const none = await call();
      expect(none.statusCode, `no If-Match: ${none.body}`).toBeLessThan(300);
    }
  });

  it('no other operation checks If-Match without documenting it', async () => {
    const checked = versionChecked(document);
    const others = Object.entries(document.paths)
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`))
      .filter((operation) => !checked.has(operation))
      // Deletions last, so the operations before them still find what they act on.
      .sort((a, b) => Number(a.startsWith('DELETE')) - Number(b.startsWith('DELETE')));
    expect(others.length).toBeGreaterThan(50);
    const undocumented: string[] = [];
    for (const operation of others) {
      const attack = ATTACKS[operation];
      expect(attack, `${operation} has no request in test/operations.ts`).toBeDefined();
      if (!attack) continue;
      const method = operation.split(' ')[0] as Method;
      const url = attack.path(ids);
      const body = attack.body?.(ids);
      for (const ifMatch of ['"not-a-version"', undefined]) {
        const response = await ctx.app.inject({
          method,
          url,
          headers: { ...sessions[attack.as], ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }) },
          ...(body === undefined ? {} : { payload: body as object }),
        });
        if ([412, 428].includes(response.statusCode)) {
          undocumented.push(`${operation} (If-Match ${ifMatch ?? 'absent'}) → ${response.statusCode}`);
        }
      }
    }
    expect(undocumented, 'operations checking If-Match without documenting 412/428').toEqual([]);
  });
});
