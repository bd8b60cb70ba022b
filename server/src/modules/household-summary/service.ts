import type { HouseholdCaseSummary } from '@percee/shared';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/tenant.js';
import { audit } from '../../platform/audit.js';
import { loadHousehold, personView, toHousehold } from '../households/index.js';
import * as repo from './repo.js';

/** Contacts per case the summary shows: the recent ones, enough for a supervision or a hand-over. */
const RECENT_CONTACTS = 5;

const iso = (value: string | Date) => new Date(value).toISOString();
const isoOrNull = (value: string | Date | null) => (value === null ? null : iso(value));

function byCase<T extends { caseId: string }>(rows: T[]) {
  const map = new Map<string, Omit<T, 'caseId'>[]>();
  for (const { caseId, ...rest } of rows) map.set(caseId, [...(map.get(caseId) ?? []), rest]);
  return map;
}

/**
 * The printable case summary of a household (issue 18.6): the file, its members with ages, and per
 * case its stage, objectives, recent contacts, breakthroughs and partners. Same access as the file
 * (loadHousehold); reading it is an audited read of the case file (`household.summary`).
 */
export async function householdSummary(tx: Tx, actor: Actor, householdId: string): Promise<HouseholdCaseSummary> {
  const row = await loadHousehold(tx, actor, householdId);
  await audit(tx, actor, { action: 'household.summary', entityType: 'household', entityId: householdId });
  const household = await toHousehold(tx, actor, row);
  const { today } = await personView(tx, actor);
  const org = actor.organisationId;
  const caseRows = await repo.casesOf(tx, org, householdId);
  const ids = caseRows.map((c) => c.id);
  const none = ids.length === 0;
  const objectives = byCase(none ? [] : await repo.objectivesOf(tx, org, ids));
  const contacts = byCase(none ? [] : await repo.recentContactsOf(tx, org, ids, RECENT_CONTACTS));
  const breakthroughs = byCase(none ? [] : await repo.breakthroughsOf(tx, org, ids));
  const partners = byCase(none ? [] : await repo.partnersOf(tx, org, ids));
  return {
    household,
    generatedAt: new Date().toISOString(),
    today,
    cases: caseRows.map((c) => ({
      id: c.id,
      programName: c.programName,
      stage: c.stage,
      openedAt: iso(c.openedAt),
      closedAt: isoOrNull(c.closedAt),
      primaryWorker: c.primaryWorker,
      objectives: objectives.get(c.id) ?? [],
      recentContacts: (contacts.get(c.id) ?? []).map((contact) => ({
        ...contact,
        occurredAt: iso(contact.occurredAt),
      })),
      breakthroughs: breakthroughs.get(c.id) ?? [],
      partners: (partners.get(c.id) ?? []).map((p) => ({
        ...p,
        startedAt: iso(p.startedAt),
        endedAt: isoOrNull(p.endedAt),
      })),
    })),
  };
}
