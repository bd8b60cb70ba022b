import {
  type AvoidedCost,
  avoidedCost,
  type Breakthrough,
  BreakthroughCreate,
  BreakthroughScenario,
  type CostCatalogueItem,
  lineCents,
  MAX_QUANTITY,
  type PricedLine,
  parseEuroToCents,
  priceOn,
  returnPerEuroHundredths,
} from '@percee/shared';
import { z } from 'zod';
import { i18n } from '../../lib/i18n';

/*
 * The scenario editor works on text (what is typed); the shared schemas check what is sent, and the
 * live preview prices the lines with the shared maths — the same code as the server.
 */

export const scenarioKinds = ['without', 'with'] as const;
export type ScenarioKind = (typeof scenarioKinds)[number];

export interface LineDraft {
  catalogueItemId: string;
  quantity: string;
  probabilityPercent: string;
}

export interface ScenarioDraft {
  horizonMonths: string;
  without: LineDraft[];
  with: LineDraft[];
}

export const DEFAULT_HORIZON_MONTHS = 12;
export const MAX_LINES = 50;

export const emptyLine = (): LineDraft => ({ catalogueItemId: '', quantity: '1', probabilityPercent: '100' });

export const emptyScenario = (): ScenarioDraft => ({
  horizonMonths: String(DEFAULT_HORIZON_MONTHS),
  without: [emptyLine()],
  with: [],
});

/** The draft of a stored scenario. */
export function draftOf(scenario: Breakthrough['scenario']): ScenarioDraft {
  const line = (stored: Breakthrough['scenario']['without'][number]): LineDraft => ({
    catalogueItemId: stored.catalogueItemId,
    quantity: String(stored.quantity),
    probabilityPercent: String(stored.probabilityPercent),
  });
  return {
    horizonMonths: String(scenario.horizonMonths),
    without: scenario.without.map(line),
    with: scenario.with.map(line),
  };
}

/** A whole number typed as digits only, or `null`. */
export function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : null;
}

/** A typed number for the schema: empty → missing (required), not a whole number → NaN (invalid). */
const toNumber = (text: string): number | undefined =>
  text.trim() === '' ? undefined : (wholeNumber(text) ?? Number.NaN);

/** A typed euro amount (shared parser); `null` when empty, `undefined` when it is not an amount. */
export function interventionCentsOf(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  const cents = parseEuroToCents(text);
  return cents === null || cents < 0 ? undefined : cents;
}

const LineText = z.object({ catalogueItemId: z.string(), quantity: z.string(), probabilityPercent: z.string() });
const ScenarioText = z.object({ horizonMonths: z.string(), without: z.array(LineText), with: z.array(LineText) });

const toScenario = (draft: z.infer<typeof ScenarioText>) => {
  const line = (text: z.infer<typeof LineText>) => ({
    catalogueItemId: text.catalogueItemId,
    quantity: toNumber(text.quantity) as number,
    probabilityPercent: toNumber(text.probabilityPercent) as number,
  });
  return {
    horizonMonths: toNumber(draft.horizonMonths) as number,
    without: draft.without.map(line),
    with: draft.with.map(line),
  };
};

/** The scenario form → `{ scenario: BreakthroughScenario }` (PUT /breakthroughs/:id/scenario). */
export const ScenarioFormSchema = z
  .object({ scenario: ScenarioText })
  .transform(({ scenario }) => ({ scenario: toScenario(scenario) }))
  .pipe(z.object({ scenario: BreakthroughScenario }));

/** The fields of a breakthrough as typed (its scenario aside). */
export const BreakthroughText = z.object({
  title: z.string(),
  domain: z.string(),
  category: z.string(),
  responsible: z.string(),
  intervention: z.string(),
  dueDate: z.string(),
  needsApproval: z.boolean(),
});
export type BreakthroughText = z.infer<typeof BreakthroughText>;

/** The proposal form → `BreakthroughCreate` (POST /cases/:id/breakthroughs). */
export const ProposalForm = BreakthroughText.extend({ scenario: ScenarioText })
  .transform((values, context): BreakthroughCreate => {
    const interventionCents = interventionCentsOf(values.intervention);
    if (interventionCents === undefined) {
      context.addIssue({ code: 'custom', path: ['intervention'], message: i18n.t('breakthroughs.form.amountInvalid') });
      return z.NEVER;
    }
    return {
      title: values.title,
      // Checked against the enums by BreakthroughCreate below.
      domain: values.domain as BreakthroughCreate['domain'],
      category: values.category as BreakthroughCreate['category'],
      responsible: values.responsible,
      interventionCents: interventionCents ?? 0,
      dueDate: values.dueDate === '' ? null : values.dueDate,
      needsApproval: values.needsApproval,
      scenario: toScenario(values.scenario),
    };
  })
  .pipe(BreakthroughCreate);

/** Fields of the scenario editor, as named in server errors (`scenario.without.0.quantity`…). */
export const SCENARIO_FIELD =
  /^scenario\.(horizonMonths|(without|with)\.\d+\.(catalogueItemId|quantity|probabilityPercent))$/;

/* ---------- Live preview ---------- */

export interface PreviewLine {
  /** The unit price valid on the date, or null when the line cannot be priced yet. */
  unitPriceCents: number | null;
  /** The line's amount, or null when incomplete. */
  cents: number | null;
}

export interface ScenarioPreview {
  figures: AvoidedCost;
  returnPerEuroHundredths: number | null;
  lines: Record<ScenarioKind, PreviewLine[]>;
  /** Lines not counted: no item, no price on the date, or a quantity or probability that is not valid. */
  incompleteLines: number;
  /** The intervention cost typed is not an amount (counted as 0). */
  interventionInvalid: boolean;
}

/**
 * Prices the typed scenario with the catalogue's prices valid on `date` (the shared maths).
 * `intervention` in cents: `null` when none was typed, `undefined` when what was typed is not an amount.
 */
export function previewScenario(
  draft: ScenarioDraft,
  intervention: number | null | undefined,
  catalogue: readonly CostCatalogueItem[],
  date: string,
): ScenarioPreview {
  const items = new Map(catalogue.map((item) => [item.id, item]));
  let incompleteLines = 0;
  const priced: Record<ScenarioKind, PricedLine[]> = { without: [], with: [] };
  const lines: Record<ScenarioKind, PreviewLine[]> = { without: [], with: [] };
  for (const kind of scenarioKinds) {
    for (const line of draft[kind]) {
      const item = items.get(line.catalogueItemId);
      const unitPriceCents = item ? priceOn(item.prices, date) : null;
      const quantity = wholeNumber(line.quantity);
      const probabilityPercent = wholeNumber(line.probabilityPercent);
      const valid =
        unitPriceCents !== null &&
        quantity !== null &&
        quantity <= MAX_QUANTITY &&
        probabilityPercent !== null &&
        probabilityPercent <= 100;
      if (!valid) {
        incompleteLines += 1;
        lines[kind].push({ unitPriceCents, cents: null });
        continue;
      }
      const pricedLine = { unitPriceCents, quantity, probabilityPercent };
      priced[kind].push(pricedLine);
      lines[kind].push({ unitPriceCents, cents: lineCents(pricedLine) });
    }
  }
  const figures = avoidedCost(priced.without, priced.with, intervention ?? 0);
  return {
    figures,
    returnPerEuroHundredths: returnPerEuroHundredths(figures.grossAvoidedCents, figures.interventionCents),
    lines,
    incompleteLines,
    interventionInvalid: intervention === undefined,
  };
}
