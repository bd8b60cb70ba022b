import type { Role } from '@percee/shared';
import type { Db } from '../../db/client.js';
import { ensureDefaultInstruments } from '../assessments/index.js';
import { claimInstallation, createOrganisationIn } from '../organisations/index.js';
import { seedDemoCasework } from './casework.js';
import { seedHeerlen } from './heerlen.js';
import { seedDemoPartner } from './partner.js';
import { seedSolihaYear } from './soliha.js';

/** Demo credentials, printed in README.md. The demo organisation is flagged `is_demo` and shown as such. */
export const DEMO_PASSWORD = 'demo-percee-2026';
export const DEMO_ACCOUNTS: { email: string; displayName: string; role: Role }[] = [
  { email: 'admin@demo.percee.test', displayName: 'Alice Admin', role: 'admin' },
  { email: 'coordinatrice@demo.percee.test', displayName: 'Claire Coordinatrice', role: 'coordinator' },
  { email: 'coach@demo.percee.test', displayName: 'Karim Coach', role: 'case_worker' },
  { email: 'sophie@demo.percee.test', displayName: 'Sophie Vermeulen', role: 'case_worker' },
  { email: 'youssef@demo.percee.test', displayName: 'Youssef Benali', role: 'case_worker' },
  { email: 'partenaire@demo.percee.test', displayName: 'Paul Partenaire', role: 'partner' },
  { email: 'analyste@demo.percee.test', displayName: 'Anna Analyste', role: 'analyst' },
];

/**
 * Seeds the demo organisation on the very first start of an empty installation; never again,
 * and never once any organisation was created (the installation marker is taken first).
 */
export async function seedDemoIfEmpty(db: Db): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (!(await claimInstallation(tx, 'demo seed'))) return false;
    const created = await createOrganisationIn(tx, {
      name: 'Démo — Service social intercommunal',
      kind: 'social_office',
      isDemo: true,
      headOffice: { name: 'Siège', municipality: 'Belleville' },
      accounts: DEMO_ACCOUNTS.map((account) => ({ ...account, password: DEMO_PASSWORD })),
    });
    const idOf = (email: string) => created.accounts.find((account) => account.email === email)?.id as string;
    const instruments = await ensureDefaultInstruments(tx, created.organisationId);
    const workerIds = ['coach@demo.percee.test', 'sophie@demo.percee.test', 'youssef@demo.percee.test'].map(idOf);
    const programIds = await seedDemoCasework(
      tx,
      created.organisationId,
      {
        coordinatorId: idOf('coordinatrice@demo.percee.test'),
        workerIds,
        partnerId: idOf('partenaire@demo.percee.test'),
      },
      instruments['zrm-2017'] as string,
    );
    await seedSolihaYear(
      tx,
      created.organisationId,
      { housing: programIds.housing_support_asll, masp: programIds.budget_support_masp },
      workerIds,
    );
    await seedHeerlen(tx, created.organisationId, programIds.breakthrough, {
      coordinatorId: idOf('coordinatrice@demo.percee.test'),
      workerIds,
    });
    await seedDemoPartner(tx, created.organisationId, {
      partnerId: idOf('partenaire@demo.percee.test'),
      coordinatorId: idOf('coordinatrice@demo.percee.test'),
    });
    return true;
  });
}
