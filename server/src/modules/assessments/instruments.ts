import type { Tx } from '../../db/client.js';
import { insertInstrumentIfNew, instrumentIdByCode } from './repo.js';

type Labels = { fr: string; nl: string; en: string };

export interface InstrumentDefinition {
  code: string;
  name: string;
  domains: { code: string; label: Labels }[];
  levels: { score: number; label: Labels }[];
}

/**
 * The self-sufficiency matrix (Zelfredzaamheid-Matrix, ZRM 2017): 13 life domains, each scored from
 * 1 (acute problem) to 5 (fully self-sufficient). Stored per organisation as data, so an organisation
 * can add other instruments without a code change.
 */
export const ZRM_2017: InstrumentDefinition = {
  code: 'zrm-2017',
  name: 'Zelfredzaamheid-Matrix (ZRM 2017)',
  domains: [
    { code: 'finances', label: { fr: 'Finances', nl: 'Financiën', en: 'Finances' } },
    {
      code: 'work_education',
      label: { fr: 'Travail et formation', nl: 'Werk en opleiding', en: 'Work and education' },
    },
    { code: 'time_use', label: { fr: 'Occupation du temps', nl: 'Tijdsbesteding', en: 'Time use' } },
    { code: 'housing', label: { fr: 'Logement', nl: 'Huisvesting', en: 'Housing' } },
    {
      code: 'domestic_relations',
      label: { fr: 'Relations familiales', nl: 'Huiselijke relaties', en: 'Domestic relations' },
    },
    { code: 'mental_health', label: { fr: 'Santé mentale', nl: 'Geestelijke gezondheid', en: 'Mental health' } },
    {
      code: 'physical_health',
      label: { fr: 'Santé physique', nl: 'Lichamelijke gezondheid', en: 'Physical health' },
    },
    { code: 'substance_use', label: { fr: 'Assuétudes', nl: 'Middelengebruik', en: 'Substance use' } },
    {
      code: 'basic_adl',
      label: {
        fr: 'Actes élémentaires de la vie quotidienne',
        nl: 'Basale ADL',
        en: 'Basic activities of daily living',
      },
    },
    {
      code: 'instrumental_adl',
      label: {
        fr: 'Actes instrumentaux de la vie quotidienne',
        nl: 'Instrumentele ADL',
        en: 'Instrumental activities of daily living',
      },
    },
    { code: 'social_network', label: { fr: 'Réseau social', nl: 'Sociaal netwerk', en: 'Social network' } },
    {
      code: 'community_participation',
      label: { fr: 'Participation sociale', nl: 'Maatschappelijke participatie', en: 'Community participation' },
    },
    { code: 'justice', label: { fr: 'Justice', nl: 'Justitie', en: 'Justice' } },
  ],
  levels: [
    { score: 1, label: { fr: 'Problème aigu', nl: 'Acute problematiek', en: 'Acute problem' } },
    { score: 2, label: { fr: 'Pas autonome', nl: 'Niet zelfredzaam', en: 'Not self-sufficient' } },
    { score: 3, label: { fr: 'Autonomie limitée', nl: 'Beperkt zelfredzaam', en: 'Limited self-sufficiency' } },
    {
      score: 4,
      label: { fr: 'Autonomie suffisante', nl: 'Voldoende zelfredzaam', en: 'Sufficiently self-sufficient' },
    },
    { score: 5, label: { fr: 'Pleinement autonome', nl: 'Volledig zelfredzaam', en: 'Fully self-sufficient' } },
  ],
};

const DEFAULT_INSTRUMENTS: readonly InstrumentDefinition[] = [ZRM_2017];

/**
 * Gives the organisation the default instruments it does not have yet (matched by code; an existing
 * instrument is never overwritten). Safe to call again and concurrently. `tx` must be in the tenant.
 * Returns the id of each default instrument, by code.
 */
export async function ensureDefaultInstruments(tx: Tx, organisationId: string): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const instrument of DEFAULT_INSTRUMENTS) {
    await insertInstrumentIfNew(tx, {
      organisationId,
      code: instrument.code,
      name: instrument.name,
      domains: instrument.domains,
      levels: instrument.levels,
    });
    const row = await instrumentIdByCode(tx, organisationId, instrument.code);
    if (row) ids[instrument.code] = row.id;
  }
  return ids;
}
