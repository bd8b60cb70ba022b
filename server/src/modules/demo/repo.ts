import type { Tx } from '../../db/client.js';
import { households, persons } from '../../db/schema.js';
import { normalise } from '../../lib/text.js';

export interface DemoMember {
  firstName: string;
  lastName: string;
  birthDate?: string;
  role: 'applicant' | 'partner' | 'child';
}

/**
 * A demo household in La Louvière with its members (all citizens), search text and address key kept
 * as the households service keeps them; returns its id.
 */
export async function insertHousehold(
  tx: Tx,
  organisationId: string,
  household: { reference: string; address: string },
  members: DemoMember[],
) {
  const { reference, address } = household;
  const applicant = members[0] as DemoMember;
  const [row] = await tx
    .insert(households)
    .values({
      organisationId,
      reference,
      displayName: `${applicant.firstName} ${applicant.lastName}`,
      address,
      postalCode: '7100',
      municipality: 'La Louvière',
      searchText: normalise(
        [reference, ...members.map((m) => `${m.firstName} ${m.lastName}`), address, 'La Louvière'].join(' '),
      ),
      addressKey: normalise(`${address} 7100`),
    })
    .returning({ id: households.id });
  const householdId = (row as { id: string }).id;
  await tx.insert(persons).values(
    members.map((member) => ({
      ...member,
      organisationId,
      householdId,
      nameKey: normalise(`${member.lastName} ${member.firstName}`),
      residenceStatus: 'citizen' as const,
    })),
  );
  return householdId;
}
