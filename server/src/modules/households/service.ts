import type {
  DuplicateCandidate,
  Household,
  HouseholdSearchQuery,
  HouseholdSummary,
  HouseholdUpdate,
  Person,
  PersonInput,
} from '@percee/shared';
import {
  ageOn,
  can,
  type DuplicateCheck,
  type HouseholdCreate as HouseholdCreateSchema,
  isHouseholdReference,
  looksLikePhone,
  normalisePhone,
  PersonInput as PersonInputSchema,
} from '@percee/shared';
import type { z } from 'zod';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/tenant.js';
import { type CsvExportLimits, countUpTo } from '../../lib/csv.js';
import { decodeInstantCursor, decodeTextCursor, toPage } from '../../lib/cursor.js';
import { assertVersion } from '../../lib/etag.js';
import { FOREIGN_KEY_VIOLATION, sqlState } from '../../lib/pg-errors.js';
import { conflict, forbidden, HttpProblem, invalidField, notFound } from '../../lib/problem.js';
import { normalise } from '../../lib/text.js';
import { todayIn } from '../../lib/time.js';
import { audit, diff, sameValue } from '../../platform/audit.js';
import { assertChanges, keepRevision, listRevisions } from '../../platform/revisions.js';
import { timeZoneOf } from '../organisations/index.js';
import * as repo from './repo.js';

type NewHousehold = z.output<typeof HouseholdCreateSchema>;
type NewPerson = z.output<typeof PersonInputSchema>;

const seesAll = (actor: Actor) => can(actor.role, 'case.readAll');

export function assertHouseholdRole(actor: Actor) {
  if (!can(actor.role, 'household.access')) throw forbidden('Your role has no access to household files');
}

const nameKey = (person: { firstName: string; lastName: string }) =>
  normalise(`${person.lastName} ${person.firstName}`);
const addressKeyOf = (address: string | null | undefined, postalCode: string | null | undefined) =>
  address ? normalise(`${address} ${postalCode ?? ''}`) : null;

/** The applicant's name, or the first member's. */
function displayNameOf(members: { firstName: string; lastName: string; role: string }[]) {
  const lead = members.find((member) => member.role === 'applicant') ?? members[0];
  return lead ? `${lead.firstName} ${lead.lastName}` : '—';
}

function searchTextOf(
  reference: string,
  members: { firstName: string; lastName: string; phone?: string | null }[],
  address: string | null,
  municipality: string | null,
) {
  // Phone numbers as digits with the national 0 (normalisePhone), so a number typed any way finds them.
  const phones = members.map((m) => (m.phone ? normalisePhone(m.phone) : '')).filter(Boolean);
  return normalise(
    [
      reference,
      ...members.map((m) => `${m.firstName} ${m.lastName}`),
      address ?? '',
      municipality ?? '',
      ...phones,
    ].join(' '),
  );
}

/** What a member's answer needs besides the row: the organisation's day (ages) and the reader's rights. */
export interface PersonView {
  today: string;
  contactDetails: boolean;
}

export async function personView(tx: Tx, actor: Actor): Promise<PersonView> {
  return {
    today: todayIn(await timeZoneOf(tx, actor.organisationId)),
    contactDetails: can(actor.role, 'household.contactDetails'),
  };
}

const toPerson = (row: repo.PersonRow, view: PersonView): Person => ({
  id: row.id,
  householdId: row.householdId,
  firstName: row.firstName,
  lastName: row.lastName,
  birthDate: row.birthDate,
  role: row.role,
  residenceStatus: row.residenceStatus,
  // Contact details only to those entitled (shared/permissions.ts), whatever route answers the member.
  phone: view.contactDetails ? row.phone : null,
  email: view.contactDetails ? row.email : null,
  joinedOn: row.joinedOn,
  leftOn: row.leftOn,
  age: row.birthDate ? ageOn(row.birthDate, view.today) : null,
  version: row.version,
});

export async function loadHousehold(tx: Tx, actor: Actor, id: string, forUpdate = false) {
  assertHouseholdRole(actor);
  const row = await repo.findHousehold(tx, actor.organisationId, id, forUpdate);
  if (!row) throw notFound('Household');
  if (!seesAll(actor)) {
    if (!(await repo.isWorkedBy(tx, actor.organisationId, id, actor.userId))) throw notFound('Household');
  }
  return row;
}

/** A household's answer (members with ages and, for those entitled, contact details). */
export async function toHousehold(tx: Tx, actor: Actor, row: repo.HouseholdRow): Promise<Household> {
  const view = await personView(tx, actor);
  const members = await repo.membersOf(tx, actor.organisationId, row.id);
  const problems = await repo.problemsOf(tx, actor.organisationId, row.id);
  return {
    id: row.id,
    reference: row.reference,
    address: row.address,
    postalCode: row.postalCode,
    municipality: row.municipality,
    siteId: row.siteId,
    members: members.map((member) => toPerson(member, view)),
    problems: problems.map((p) => ({ domain: p.domain, severity: p.severity, since: p.since, note: p.note })),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

export async function getHousehold(tx: Tx, actor: Actor, id: string) {
  const row = await loadHousehold(tx, actor, id);
  await audit(tx, actor, { action: 'household.read', entityType: 'household', entityId: id });
  return toHousehold(tx, actor, row);
}

/** What the household search (and its export) holds: the actor's households matching the query. */
function householdFilters(actor: Actor, query: Omit<HouseholdSearchQuery, 'cursor' | 'limit'>) {
  const q = query.q?.trim() ?? '';
  // An exact reference finds that household only; a phone number is one token of digits (however it
  // was typed); names are words, each with its adjacent-letter swaps ("dubios" tries "dubois").
  const reference = isHouseholdReference(q) ? q.toUpperCase() : undefined;
  const tokens = reference
    ? []
    : looksLikePhone(q)
      ? [normalisePhone(q)]
      : normalise(q).split(' ').filter(Boolean).slice(0, 6).map(withSwaps);
  return repo.householdFilters(actor.organisationId, {
    workerId: seesAll(actor) ? undefined : actor.userId,
    siteId: query.siteId,
    updatedSince: query.updatedSince,
    reference,
    tokens,
  });
}

/**
 * A word and its adjacent-letter swaps, as `word|swap1|swap2...` (app.household_search_ids, migration
 * 0040): the commonest typo. Trigram similarity alone misses it on short names ("dubios" shares 3 of 7
 * trigrams with "dubois"). Words of 5 to 16 letters; numbers never.
 */
export function withSwaps(word: string): string {
  if (word.length < 5 || word.length > 16 || /^[0-9]+$/.test(word)) return word;
  const variants = new Set([word]);
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    variants.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return [...variants].join('|');
}

export async function searchHouseholds(tx: Tx, actor: Actor, query: HouseholdSearchQuery) {
  assertHouseholdRole(actor);
  const org = actor.organisationId;
  const filters = householdFilters(actor, query);
  // With updatedSince, a sync: oldest change first, in a stable (updatedAt, id) order.
  const sync = query.updatedSince !== undefined;
  const after = query.cursor ? (sync ? decodeInstantCursor : decodeTextCursor)(query.cursor) : undefined;
  const rows = await repo.householdPage(tx, filters, sync, after, query.limit + 1);
  const page = toPage(rows, query.limit, (row) => (sync ? [row.updatedAt, row.id] : [row.displayName, row.id]));
  const ids = page.items.map((row) => row.id);
  const memberCounts = await repo.memberCounts(tx, org, ids);
  const openCases = await repo.openCaseCounts(tx, org, ids);
  const items: HouseholdSummary[] = page.items.map((row) => ({
    id: row.id,
    reference: row.reference,
    displayName: row.displayName,
    municipality: row.municipality,
    memberCount: memberCounts.get(row.id) ?? 0,
    openCaseCount: openCases.get(row.id) ?? 0,
    updatedAt: row.updatedAt,
  }));
  return { items, nextCursor: page.nextCursor };
}

type HouseholdExportQuery = Omit<HouseholdSearchQuery, 'cursor' | 'limit'>;

/** The household list's CSV export, first transaction: on record (with its rows) before its first page. */
export async function startHouseholdExport(tx: Tx, actor: Actor, query: HouseholdExportQuery, limits: CsvExportLimits) {
  assertHouseholdRole(actor);
  const rows = await countUpTo(tx, repo.matchingHouseholds(tx, householdFilters(actor, query)), limits.maxRows);
  await audit(tx, actor, { action: 'household.export', entityType: 'household', changes: { rows } });
  return householdExportPage(tx, actor, query, undefined, limits.pageSize);
}

export function householdExportPage(
  tx: Tx,
  actor: Actor,
  query: HouseholdExportQuery,
  cursor: string | undefined,
  pageSize: number,
) {
  return searchHouseholds(tx, actor, { ...query, limit: pageSize, ...(cursor ? { cursor } : {}) });
}

/** Possible duplicates: only references and why, never another household's personal details. */
export async function duplicateCandidates(
  tx: Tx,
  actor: Actor,
  input: z.output<typeof DuplicateCheck>,
  excludeHouseholdId?: string,
): Promise<DuplicateCandidate[]> {
  assertHouseholdRole(actor);
  const found = await repo.findDuplicates(
    tx,
    actor.organisationId,
    input.members.map((member) => ({ nameKey: nameKey(member), birthDate: member.birthDate ?? null })),
    addressKeyOf(input.address, input.postalCode),
    excludeHouseholdId,
  );
  const candidates: DuplicateCandidate[] = [];
  for (const row of found.byPerson) {
    candidates.push({
      householdId: row.householdId,
      reference: row.reference,
      reason: 'same_person',
      detail: `same name and birth date (${row.birthDate})`,
      birthDate: row.birthDate,
    });
  }
  for (const row of found.byAddress) {
    candidates.push({
      householdId: row.householdId,
      reference: row.reference,
      reason: 'same_address',
      detail: 'same address',
    });
  }
  return candidates;
}

/**
 * Creates a household with its members and problems. If it looks like one already known, answers
 * 409 with the candidates, unless the caller confirms it is not a duplicate.
 */
export async function createHousehold(
  tx: Tx,
  actor: Actor,
  input: NewHousehold,
  options: { checkDuplicates?: boolean } = {},
) {
  if (options.checkDuplicates !== false && !input.confirmNotDuplicate) {
    const duplicates = await duplicateCandidates(tx, actor, {
      members: input.members,
      address: input.address,
      postalCode: input.postalCode,
    });
    if (duplicates.length > 0) {
      throw conflict(
        'possible-duplicate',
        'This household may already be known; check the candidates or confirm it is new',
        {
          duplicates,
        },
      );
    }
  }
  const reference = await repo.nextReference(tx, actor.organisationId, new Date().getUTCFullYear());
  let row: repo.HouseholdRow | undefined;
  try {
    row = await tx.transaction((sp) =>
      repo.insertHousehold(sp, {
        organisationId: actor.organisationId,
        reference,
        displayName: displayNameOf(input.members),
        address: input.address,
        postalCode: input.postalCode,
        municipality: input.municipality,
        siteId: input.siteId,
        searchText: searchTextOf(reference, input.members, input.address, input.municipality),
        addressKey: addressKeyOf(input.address, input.postalCode),
      }),
    );
  } catch (error) {
    if (sqlState(error) === FOREIGN_KEY_VIOLATION) {
      throw new HttpProblem(422, 'unknown-site', 'Unprocessable Content', 'No such site in this organisation', {
        errors: [{ path: 'body.siteId', message: 'Unknown site' }],
      });
    }
    throw error;
  }
  if (!row) throw new Error('household not inserted');
  await insertMembers(tx, actor, row.id, input.members);
  if (input.problems.length > 0) {
    await repo.insertProblems(
      tx,
      dedupeProblems(input.problems).map((problem) => ({
        ...problem,
        organisationId: actor.organisationId,
        householdId: row.id,
      })),
    );
  }
  await audit(tx, actor, {
    action: 'household.create',
    entityType: 'household',
    entityId: row.id,
    changes: { reference },
  });
  return row;
}

function dedupeProblems<T extends { domain: string }>(problems: T[]) {
  return [...new Map(problems.map((problem) => [problem.domain, problem])).values()];
}

async function insertMembers(tx: Tx, actor: Actor, householdId: string, members: NewPerson[]) {
  return repo.insertPersons(
    tx,
    members.map((member) => ({
      ...member,
      organisationId: actor.organisationId,
      householdId,
      nameKey: nameKey(member),
    })),
  );
}

/** Rebuilds the derived columns (display name, search text) after members or the address change. */
async function refreshDerived(tx: Tx, actor: Actor, row: repo.HouseholdRow) {
  const members = await repo.membersOf(tx, actor.organisationId, row.id);
  await repo.setHousehold(tx, actor.organisationId, row.id, {
    displayName: displayNameOf(members),
    searchText: searchTextOf(row.reference, members, row.address, row.municipality),
    addressKey: addressKeyOf(row.address, row.postalCode),
  });
}

export async function createAndShow(tx: Tx, actor: Actor, input: NewHousehold) {
  assertHouseholdRole(actor);
  const row = await createHousehold(tx, actor, input);
  return toHousehold(tx, actor, row);
}

export async function updateHousehold(
  tx: Tx,
  actor: Actor,
  id: string,
  expectedVersion: number,
  patch: HouseholdUpdate,
) {
  const before = await loadHousehold(tx, actor, id, true);
  assertVersion(expectedVersion, before.version);
  const { problems, ...fields } = patch;
  // Problems are recorded as domain:severity (their notes are free text about the household).
  const problemKeys = (list: { domain: string; severity: string }[]) =>
    dedupeProblems(list)
      .map((p) => `${p.domain}:${p.severity}`)
      .sort();
  const problemsBefore = problems ? problemKeys(await repo.problemsOf(tx, actor.organisationId, id)) : [];
  const after = await repo.updateHouseholdRow(tx, actor.organisationId, id, fields);
  if (!after) throw notFound('Household');
  if (problems) {
    await repo.deleteProblems(tx, actor.organisationId, id);
    if (problems.length > 0) {
      await repo.insertProblems(
        tx,
        dedupeProblems(problems).map((problem) => ({
          domain: problem.domain,
          severity: problem.severity,
          since: problem.since ?? null,
          note: problem.note ?? null,
          organisationId: actor.organisationId,
          householdId: id,
        })),
      );
    }
  }
  await refreshDerived(tx, actor, after);
  await audit(tx, actor, {
    action: 'household.update',
    entityType: 'household',
    entityId: id,
    changes: {
      ...diff(before, fields),
      ...(problems && !sameValue(problemsBefore, problemKeys(problems))
        ? { problems: [problemsBefore, problemKeys(problems)] }
        : {}),
    },
  });
  return toHousehold(tx, actor, (await repo.findHousehold(tx, actor.organisationId, id)) as repo.HouseholdRow);
}

export async function addMember(tx: Tx, actor: Actor, householdId: string, input: PersonInput) {
  const household = await loadHousehold(tx, actor, householdId, true);
  const member = PersonInputSchema.parse(input);
  assertContactRights(actor, member);
  assertDates(member.joinedOn, member.leftOn);
  const [row] = await insertMembers(tx, actor, householdId, [member]);
  await repo.bumpHousehold(tx, actor.organisationId, householdId);
  await refreshDerived(tx, actor, household);
  await audit(tx, actor, {
    action: 'person.create',
    entityType: 'person',
    entityId: row?.id ?? null,
    changes: { householdId, ...(member.joinedOn ? { joinedOn: member.joinedOn } : {}) },
  });
  // Another module hooks household events (household.member_changed) here, in this transaction.
  return toPerson(row as repo.PersonRow, await personView(tx, actor));
}

/** Only those entitled to contact details write them (they could not read them back otherwise). */
function assertContactRights(actor: Actor, input: { phone?: string | null; email?: string | null }) {
  if ((input.phone != null || input.email != null) && !can(actor.role, 'household.contactDetails')) {
    throw forbidden('Your role may not record contact details');
  }
}

function assertDates(joinedOn: string | null | undefined, leftOn: string | null | undefined) {
  if (joinedOn && leftOn && leftOn < joinedOn) throw invalidField('body.leftOn', 'Cannot be before joinedOn');
}

/** One member, as its ETag's version (read with the household: an audited read of the file). */
export async function getMember(tx: Tx, actor: Actor, householdId: string, personId: string) {
  await loadHousehold(tx, actor, householdId);
  const row = await repo.findMember(tx, actor.organisationId, householdId, personId);
  if (!row) throw notFound('Person');
  await audit(tx, actor, { action: 'person.read', entityType: 'person', entityId: personId, changes: { householdId } });
  return toPerson(row, await personView(tx, actor));
}

/** The fields a member's earlier version keeps in its history. */
const memberFields = [
  'firstName',
  'lastName',
  'birthDate',
  'role',
  'residenceStatus',
  'phone',
  'email',
  'joinedOn',
  'leftOn',
] as const;

/**
 * Corrects a member under If-Match (a move out, a new phone, a spelling): the earlier version is kept
 * with who, when and why (record_revisions, entity `person`), the change audited with before and after.
 */
export async function updateMember(
  tx: Tx,
  actor: Actor,
  householdId: string,
  personId: string,
  expectedVersion: number,
  input: Partial<NewPerson> & { reason: string },
) {
  const { reason, ...patch } = input;
  const household = await loadHousehold(tx, actor, householdId, true);
  const before = await repo.findMember(tx, actor.organisationId, householdId, personId, true);
  if (!before) throw notFound('Person');
  assertVersion(expectedVersion, before.version);
  if ('phone' in patch || 'email' in patch) assertContactRights(actor, { phone: 'x' });
  // Contact details are personal data: the trail says they changed, not to what.
  const changes = diff(before, patch, ['phone', 'email']);
  assertChanges(changes);
  const merged = { ...before, ...patch };
  assertDates(merged.joinedOn, merged.leftOn);
  await keepRevision(tx, actor, {
    entityType: 'person',
    entityId: personId,
    caseId: null,
    version: before.version,
    action: 'corrected',
    data: Object.fromEntries(memberFields.map((field) => [field, before[field]])),
    reason,
  });
  const row = await repo.updatePerson(tx, actor.organisationId, personId, { ...patch, nameKey: nameKey(merged) });
  await repo.bumpHousehold(tx, actor.organisationId, householdId);
  await refreshDerived(tx, actor, household);
  await audit(tx, actor, {
    action: 'person.update',
    entityType: 'person',
    entityId: personId,
    // A rectification: what changed (before, after), why, and on which household file.
    changes: { ...changes, householdId, reason },
  });
  // Another module hooks household events (household.member_changed) here, in this transaction.
  return toPerson(row as repo.PersonRow, await personView(tx, actor));
}

/** A member's earlier versions, newest first (keyset on the version); contact details as for the member. */
export async function memberHistory(
  tx: Tx,
  actor: Actor,
  householdId: string,
  personId: string,
  query: { limit: number; cursor?: string | undefined },
) {
  await loadHousehold(tx, actor, householdId);
  const row = await repo.findMember(tx, actor.organisationId, householdId, personId);
  if (!row) throw notFound('Person');
  await audit(tx, actor, {
    action: 'person.history',
    entityType: 'person',
    entityId: personId,
    changes: { householdId },
  });
  const page = await listRevisions(tx, actor.organisationId, 'person', personId, query);
  const contact = can(actor.role, 'household.contactDetails');
  return {
    items: page.items.map((item) => ({
      ...item,
      record: contact ? item.record : { ...item.record, phone: null, email: null },
    })),
    nextCursor: page.nextCursor,
  };
}
