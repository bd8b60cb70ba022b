import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { caseInvolvements, cases, consents, partnerServices, persons, users } from '../../db/schema.js';

/**
 * The demo partner account works for a partner service involved in a few open cases, each under an
 * active consent of the household's applicant: its "our cases" page has something to show. Written
 * straight into the tables, as the services would.
 */
export async function seedDemoPartner(
  tx: Tx,
  organisationId: string,
  people: { partnerId: string; coordinatorId: string },
  now = new Date(),
) {
  const [service] = await tx
    .insert(partnerServices)
    .values({
      organisationId,
      name: 'Agence immobilière sociale de Belleville',
      description: 'Logement : recherche et suivi des locations',
    })
    .returning({ id: partnerServices.id });
  const partnerServiceId = service?.id as string;
  await tx
    .update(users)
    .set({ partnerServiceId })
    .where(and(eq(users.organisationId, organisationId), eq(users.id, people.partnerId)));

  const open = await tx
    .select({ id: cases.id, householdId: cases.householdId })
    .from(cases)
    .where(and(eq(cases.organisationId, organisationId), isNull(cases.closedAt)))
    .orderBy(asc(cases.createdAt), asc(cases.id))
    .limit(3);
  const grantedAt = new Date(now.getTime() - 14 * 24 * 3600 * 1000).toISOString();
  for (const line of open) {
    const [applicant] = await tx
      .select({ id: persons.id })
      .from(persons)
      .where(and(eq(persons.organisationId, organisationId), eq(persons.householdId, line.householdId)))
      .orderBy(asc(persons.createdAt), asc(persons.id))
      .limit(1);
    if (!applicant) continue;
    await tx.insert(consents).values({
      organisationId,
      householdId: line.householdId,
      personId: applicant.id,
      purpose: 'case_support',
      partnerServiceId,
      legalBasis: 'consent',
      grantedAt,
      recordedBy: people.coordinatorId,
      evidenceNote: 'Formulaire de consentement signé, classé au dossier papier',
    });
    await tx.insert(caseInvolvements).values({
      organisationId,
      caseId: line.id,
      partnerServiceId,
      purpose: 'case_support',
      note: 'Recherche d’un logement adapté',
      startedAt: grantedAt,
      startedBy: people.coordinatorId,
    });
  }
  return { partnerServiceId, cases: open.length };
}
