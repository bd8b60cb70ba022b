import type { CostCategory, CostUnit, Labels } from '@percee/shared';
import type { Tx } from '../../db/client.js';
import { insertItemsIfNew, insertPrices, itemIdsByCode } from './repo.js';

export interface DefaultCostItem {
  code: string;
  labels: Labels;
  category: CostCategory;
  unit: CostUnit;
  unitPriceCents: number;
  sourceNote: string;
}

/**
 * Default prices apply from this date: the public figures come from sources of different years
 * (named in each source note), so they are one starting point to review, not a dated series.
 */
export const DEFAULT_PRICES_VALID_FROM = '2000-01-01';

const TO_REVIEW = 'Public Dutch figure, not an official tariff: to review by your organisation before quoting results.';

/**
 * The public unit costs of the domain brief (docs: domain.md, "Public facts worth building on").
 * Where a source gives a range, the default is its lower bound, so avoided costs are not overstated.
 */
export const DEFAULT_COST_CATALOGUE: readonly DefaultCostItem[] = [
  {
    code: 'shelter_night',
    labels: { fr: "Nuit d'hébergement d'urgence", nl: 'Nacht maatschappelijke opvang', en: 'Shelter night' },
    category: 'housing',
    unit: 'day',
    unitPriceCents: 10_000,
    sourceNote: `~EUR 100 per day: hvr-velp.nl, "Eerste hulp bij bureaucratie gaat landelijk"; EUR 120 per night: ad.nl, "CZ gaat schulden overnemen van probleemgezinnen". ${TO_REVIEW}`,
  },
  {
    code: 'eviction_direct',
    labels: {
      fr: 'Expulsion locative (coûts directs)',
      nl: 'Huisuitzetting (directe kosten)',
      en: 'Eviction (direct costs)',
    },
    category: 'housing',
    unit: 'event',
    unitPriceCents: 500_000,
    sourceNote: `EUR 5,000-10,000 (lower bound used): eropaf.nl, quickscan preventie huisuitzettingen (2014). ${TO_REVIEW}`,
  },
  {
    code: 'eviction_societal',
    labels: {
      fr: 'Expulsion locative (coût sociétal complet)',
      nl: 'Huisuitzetting (maatschappelijke kosten)',
      en: 'Eviction (full societal cost)',
    },
    category: 'housing',
    unit: 'event',
    unitPriceCents: 10_000_000,
    sourceNote: `~EUR 100,000 per household: bndestem.nl; straatconsulaat.nl. ${TO_REVIEW}`,
  },
  {
    code: 'child_placement_year',
    labels: {
      fr: "Placement d'un enfant hors du foyer (par an)",
      nl: 'Uithuisplaatsing kind (per jaar)',
      en: 'Out-of-home child placement (per child-year)',
    },
    category: 'youth_care',
    unit: 'year',
    unitPriceCents: 4_000_000,
    sourceNote: `~EUR 40,000 per child-year: jeugdenco.nl (2012). ${TO_REVIEW}`,
  },
  {
    code: 'multi_problem_family_year',
    labels: {
      fr: 'Famille multiproblématique sans percée (par an)',
      nl: 'Multiprobleemgezin, ongewijzigd beleid (per jaar)',
      en: 'Multi-problem family, business as usual (per year)',
    },
    category: 'other',
    unit: 'year',
    unitPriceCents: 4_000_000,
    sourceNote: `EUR 40,000-114,000 per year (lower bound used): jeugdenco.nl (Woerden); NJi figure for Almelo. ${TO_REVIEW}`,
  },
  {
    code: 'homeless_shelter_year',
    labels: {
      fr: 'Personne sans abri en hébergement (par an)',
      nl: 'Dakloze in de opvang (per jaar)',
      en: 'Homeless person in shelter (per year)',
    },
    category: 'housing',
    unit: 'year',
    unitPriceCents: 2_323_600,
    sourceNote: `EUR 23,236 per year: Cebeon (2011). ${TO_REVIEW}`,
  },
  {
    code: 'debt_help_trajectory',
    labels: { fr: 'Trajet de médiation de dettes', nl: 'Schuldhulpverleningstraject', en: 'Debt-help trajectory' },
    category: 'income',
    unit: 'event',
    unitPriceCents: 150_000,
    sourceNote: `EUR 1,500: Cebeon-era figure (2005). ${TO_REVIEW}`,
  },
  {
    code: 'adult_detention_day',
    labels: { fr: 'Jour de détention (adulte)', nl: 'Detentiedag (volwassene)', en: 'Adult detention day' },
    category: 'justice',
    unit: 'day',
    unitPriceCents: 25_000,
    sourceNote: `EUR 250-262 per day (lower bound used): nrc.nl (2014); Council of Europe (2016). ${TO_REVIEW}`,
  },
  {
    code: 'minor_detention_day',
    labels: { fr: 'Jour de détention (mineur)', nl: 'Detentiedag (minderjarige)', en: 'Minor in detention (day)' },
    category: 'justice',
    unit: 'day',
    unitPriceCents: 54_700,
    sourceNote: `EUR 547 per day: nrc.nl (2014). ${TO_REVIEW}`,
  },
];

/**
 * Gives an organisation the default catalogue (flagged isDefault and "to review"), with one price
 * each. Safe to call again: items whose code exists are left as they are. Returns id by code.
 */
export async function ensureDefaultCatalogue(tx: Tx, organisationId: string): Promise<Record<string, string>> {
  const inserted = await insertItemsIfNew(
    tx,
    DEFAULT_COST_CATALOGUE.map((item) => ({
      organisationId,
      code: item.code,
      labelFr: item.labels.fr,
      labelNl: item.labels.nl,
      labelEn: item.labels.en,
      category: item.category,
      unit: item.unit,
      sourceNote: item.sourceNote,
      isDefault: true,
      toReview: true,
    })),
  );
  if (inserted.length > 0) {
    const priceOf = new Map(DEFAULT_COST_CATALOGUE.map((item) => [item.code, item.unitPriceCents]));
    await insertPrices(
      tx,
      inserted.map((item) => ({
        organisationId,
        itemId: item.id,
        validFrom: DEFAULT_PRICES_VALID_FROM,
        unitPriceCents: priceOf.get(item.code) as number,
        note: 'Default figure from public sources (see the source note); to review.',
      })),
    );
  }
  const all = await itemIdsByCode(
    tx,
    organisationId,
    DEFAULT_COST_CATALOGUE.map((item) => item.code),
  );
  return Object.fromEntries(all.map((item) => [item.code, item.id]));
}
