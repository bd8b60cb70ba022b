import type { Role } from '@percee/shared';
import type { Db } from '../../db/client.js';
import { claimInstallation, createOrganisationIn } from '../organisations/service.js';

/** Demo credentials, printed in README.md. The demo organisation is flagged `is_demo` and shown as such. */
export const DEMO_PASSWORD = 'demo-percee-2026';
export const DEMO_ACCOUNTS: { email: string; displayName: string; role: Role }[] = [
  { email: 'admin@demo.percee.test', displayName: 'Alice Admin', role: 'admin' },
  { email: 'coordinatrice@demo.percee.test', displayName: 'Claire Coordinatrice', role: 'coordinator' },
  { email: 'coach@demo.percee.test', displayName: 'Karim Coach', role: 'case_worker' },
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
    await createOrganisationIn(tx, {
      name: 'Démo — Service social intercommunal',
      kind: 'social_office',
      isDemo: true,
      headOffice: { name: 'Siège', municipality: 'Belleville' },
      accounts: DEMO_ACCOUNTS.map((account) => ({ ...account, password: DEMO_PASSWORD })),
    });
    return true;
  });
}
