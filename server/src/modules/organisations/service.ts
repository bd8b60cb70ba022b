import { randomUUID } from 'node:crypto';
import { DEFAULT_TIME_ZONE, type OrganisationKind, type Role } from '@percee/shared';
import type { Db, Tx } from '../../db/client.js';
import { enterTenant } from '../../db/tenant.js';
import { hashPassword } from '../../lib/passwords.js';
import { audit } from '../../platform/audit.js';
import { ensureDefaultInstruments } from '../assessments/index.js';
import { ensureDefaultCatalogue } from '../catalogue/index.js';
import * as repo from './repo.js';

interface NewAccount {
  email: string;
  displayName: string;
  role: Role;
  password: string;
}

export interface NewOrganisation {
  name: string;
  kind: OrganisationKind;
  isDemo?: boolean;
  headOffice: { name: string; municipality?: string | null; address?: string | null };
  accounts: NewAccount[];
}

/**
 * Creates an organisation with its head office and first accounts, as the application role
 * inside the new tenant (so row-level security checks every row written).
 */
export async function createOrganisationIn(tx: Tx, input: NewOrganisation) {
  const organisationId = randomUUID();
  await enterTenant(tx, { organisationId });
  await repo.insertOrganisation(tx, { id: organisationId, name: input.name, kind: input.kind, isDemo: !!input.isDemo });
  const headOffice = await repo.insertSite(tx, {
    organisationId,
    name: input.headOffice.name,
    kind: 'head_office',
    municipality: input.headOffice.municipality ?? null,
    address: input.headOffice.address ?? null,
  });
  const accounts = [];
  for (const account of input.accounts) {
    const user = await repo.insertUser(tx, {
      organisationId,
      email: account.email.trim().toLowerCase(),
      displayName: account.displayName,
      role: account.role,
      passwordHash: await hashPassword(account.password),
      siteId: headOffice?.id ?? null,
    });
    if (user) accounts.push(user);
  }
  // Every organisation starts with the default instruments and cost catalogue (marked to review).
  await ensureDefaultInstruments(tx, organisationId);
  await ensureDefaultCatalogue(tx, organisationId);
  await audit(
    tx,
    { organisationId, userId: accounts[0]?.id ?? randomUUID() },
    {
      action: 'organisation.create',
      entityType: 'organisation',
      entityId: organisationId,
      changes: { name: input.name },
    },
  );
  return { organisationId, headOfficeId: headOffice?.id ?? null, accounts };
}

/** The IANA time zone the organisation's days are read in (report periods, "today" for dates). */
export async function timeZoneOf(tx: Tx, organisationId: string): Promise<string> {
  return (await repo.timeZoneOf(tx, organisationId)) ?? DEFAULT_TIME_ZONE;
}

/** Marks the installation as holding data; returns false if it already did. */
export async function claimInstallation(tx: Tx, reason: string): Promise<boolean> {
  return repo.setSystemStateOnce(tx, 'initialised', { reason, at: new Date().toISOString() });
}

export async function createOrganisation(db: Db, input: NewOrganisation) {
  return db.transaction(async (tx) => {
    await claimInstallation(tx, 'organisation created');
    return createOrganisationIn(tx, input);
  });
}
