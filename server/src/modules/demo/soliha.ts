import type { AccompanimentType, ClosureReason } from '@percee/shared';
import type { Tx } from '../../db/client.js';
import { caseEvents, cases, households, persons } from '../../db/schema.js';
import { normalise } from '../../lib/text.js';

/*
 * A 2016 year like Soliha Drôme's activity report (domain brief, method 4): 129 diagnostics, 26 of
 * which led to no accompaniment (refusal, or never met), and 163 accompaniments active in the year:
 * 104 keeping housing, 38 searching, 17 accessing new housing, 4 MASP. The report computes these
 * from the cases stored here; nothing is typed in as a figure.
 */

const YEAR = 2016;
const DAY = 86_400_000;
/** Accompaniments carried over from 2015, and started from 2016 diagnostics, per type. */
const CARRIED_OVER: Record<'housing_keeping' | 'housing_search' | 'housing_access' | 'masp', number> = {
  housing_keeping: 40,
  housing_search: 14,
  housing_access: 5,
  masp: 1,
};
const STARTED_IN_YEAR: typeof CARRIED_OVER = { housing_keeping: 64, housing_search: 24, housing_access: 12, masp: 3 };
const WITHOUT_ACCOMPANIMENT: [ClosureReason, number][] = [
  ['refused_or_disengaged', 15],
  ['never_reached', 11],
];
/** Months of accompaniment by type (domain brief: 4 months searching, 6 otherwise). */
const MONTHS: Record<keyof typeof CARRIED_OVER, number> = {
  housing_keeping: 6,
  housing_search: 4,
  housing_access: 6,
  masp: 6,
};

const day = (date: Date, days: number) => new Date(date.getTime() + days * DAY).toISOString();

export async function seedSolihaYear(
  tx: Tx,
  organisationId: string,
  programs: { housing: string; masp: string },
  workerIds: string[],
) {
  let n = 0;
  const add = async (openedAt: string, type: AccompanimentType | null, closure?: ClosureReason) => {
    n += 1;
    const reference = `S-${YEAR}-${String(n).padStart(4, '0')}`;
    const lastName = `Ménage ${n}`;
    const [household] = await tx
      .insert(households)
      .values({
        organisationId,
        reference,
        displayName: `Famille ${lastName}`,
        municipality: 'Valence',
        searchText: normalise(`${reference} famille ${lastName} valence`),
      })
      .returning({ id: households.id });
    const householdId = (household as { id: string }).id;
    await tx.insert(persons).values({
      organisationId,
      householdId,
      firstName: 'Famille',
      lastName,
      nameKey: normalise(`${lastName} famille`),
      role: 'applicant',
    });
    const opened = new Date(openedAt);
    const accompanied = type !== null;
    const startedAt = accompanied ? day(opened, 14) : null;
    const months = accompanied ? MONTHS[type as keyof typeof MONTHS] : 0;
    const closedAt = accompanied ? day(opened, 14 + months * 30) : day(opened, 21);
    const [row] = await tx
      .insert(cases)
      .values({
        organisationId,
        householdId,
        programId: type === 'masp' ? programs.masp : programs.housing,
        primaryWorkerId: workerIds[n % workerIds.length] as string,
        accompanimentType: type ?? 'housing_keeping',
        stage: 'exit',
        openedAt,
        accompanimentStartedAt: startedAt,
        closedAt,
        closureReason: closure ?? 'goals_reached',
        exitedFromStage: accompanied ? 'evaluation' : 'intake',
      })
      .returning({ id: cases.id });
    await tx
      .insert(caseEvents)
      .values({ organisationId, caseId: (row as { id: string }).id, kind: 'opened', summary: 'opened', at: openedAt });
  };

  // Carried over: diagnosed in the autumn of the year before, still accompanied in January.
  for (const [type, count] of Object.entries(CARRIED_OVER)) {
    for (let i = 0; i < count; i++)
      await add(day(new Date(`${YEAR - 1}-09-01T09:00:00Z`), i % 60), type as AccompanimentType);
  }
  // Diagnostics of the year: spread over January to October.
  let index = 0;
  const spread = () => day(new Date(`${YEAR}-01-04T09:00:00Z`), (index++ * 2) % 290);
  for (const [type, count] of Object.entries(STARTED_IN_YEAR)) {
    for (let i = 0; i < count; i++) await add(spread(), type as AccompanimentType);
  }
  for (const [reason, count] of WITHOUT_ACCOMPANIMENT) {
    for (let i = 0; i < count; i++) await add(spread(), null, reason);
  }
}
