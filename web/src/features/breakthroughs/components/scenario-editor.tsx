import { type CostCatalogueItem, type CostCategory, costCategories } from '@percee/shared';
import type { TFunction } from 'i18next';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { currentLanguage } from '../../../lib/i18n';
import { type Formatters, useFormat } from '../../../lib/i18n/format';
import {
  emptyLine,
  type LineDraft,
  MAX_LINES,
  type ScenarioDraft,
  type ScenarioKind,
  type ScenarioPreview,
  scenarioKinds,
} from '../scenario';

interface ScenarioEditorProps {
  value: ScenarioDraft;
  onChange: (value: ScenarioDraft) => void;
  /** Catalogue items (active ones are offered; an inactive one stays shown where it is used). */
  catalogue: readonly CostCatalogueItem[];
  /** The live preview of the lines (amount per line). */
  preview: ScenarioPreview;
  /** The validation message of a field, by its path in the form (`scenario.without.0.quantity`). */
  errorOf?: (path: string) => string | undefined;
}

/** The label of a catalogue item in the interface language. */
export function itemLabel(item: CostCatalogueItem): string {
  return item.labels[currentLanguage()];
}

/** "100,00 € par jour" — the price valid today, per unit. */
export function unitPrice(item: CostCatalogueItem, format: Formatters, t: TFunction) {
  return item.currentPriceCents === null
    ? t('scenario.noPrice')
    : t('scenario.pricePerUnit', {
        price: format.euros(item.currentPriceCents),
        unit: t(`enums.costUnit.${item.unit}`),
      });
}

/**
 * The two scenarios of a breakthrough over a horizon: "without" (business as usual) and "with" (the
 * breakthrough path). Each line is a catalogue item, a quantity over the horizon and a probability.
 * Controlled, so it fits any form (`Controller` of react-hook-form).
 */
export function ScenarioEditor({ value, onChange, catalogue, preview, errorOf }: ScenarioEditorProps) {
  const { t } = useTranslation();
  return (
    <div className="scenario-editor stack">
      <Field
        label={t('scenario.horizon')}
        hint={t('scenario.horizonHint')}
        error={errorOf?.('scenario.horizonMonths')}
        required
        className="field--narrow"
      >
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={1}
            max={36}
            step={1}
            value={value.horizonMonths}
            onChange={(event) => onChange({ ...value, horizonMonths: event.target.value })}
          />
        )}
      </Field>
      {scenarioKinds.map((kind) => (
        <ScenarioLines
          key={kind}
          kind={kind}
          lines={value[kind]}
          onChange={(lines) => onChange({ ...value, [kind]: lines })}
          catalogue={catalogue}
          preview={preview}
          errorOf={errorOf}
        />
      ))}
    </div>
  );
}

interface ScenarioLinesProps {
  kind: ScenarioKind;
  lines: LineDraft[];
  onChange: (lines: LineDraft[]) => void;
  catalogue: readonly CostCatalogueItem[];
  preview: ScenarioPreview;
  errorOf: ((path: string) => string | undefined) | undefined;
}

function ScenarioLines({ kind, lines, onChange, catalogue, preview, errorOf }: ScenarioLinesProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const items = new Map(catalogue.map((item) => [item.id, item]));

  const update = (index: number, patch: Partial<LineDraft>) =>
    onChange(lines.map((line, i) => (i === index ? { ...line, ...patch } : line)));
  const add = () => {
    onChange([...lines, emptyLine()]);
    requestAnimationFrame(() => list.current?.querySelector<HTMLElement>('li:last-child select')?.focus());
  };
  const remove = (index: number) => {
    onChange(lines.filter((_, i) => i !== index));
    requestAnimationFrame(() => addButton.current?.focus());
  };

  /** Active items by category; an inactive item stays listed where a line still uses it. */
  const used = new Set(lines.map((line) => line.catalogueItemId));
  const offered = catalogue.filter((item) => item.active || used.has(item.id));
  const byCategory = costCategories
    .map((category): [CostCategory, CostCatalogueItem[]] => [
      category,
      offered.filter((item) => item.category === category).sort((a, b) => itemLabel(a).localeCompare(itemLabel(b))),
    ])
    .filter(([, group]) => group.length > 0);

  const total = preview.figures[kind === 'without' ? 'withoutCents' : 'withCents'];

  return (
    <fieldset className="form-section scenario-lines">
      <legend>{t(`scenario.${kind}.title`)}</legend>
      <p className="field__hint">{t(`scenario.${kind}.hint`)}</p>
      {lines.length === 0 && <p className="muted">{t('scenario.noLines')}</p>}
      <ol className="repeater__list" ref={list}>
        {lines.map((line, index) => {
          const item = items.get(line.catalogueItemId);
          const amount = preview.lines[kind][index]?.cents ?? null;
          const path = `scenario.${kind}.${index}`;
          return (
            // Lines have no identity of their own; the index is their identity while editing.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={index} className="repeater__item">
              <fieldset className="repeater__fieldset scenario-line">
                <legend className="repeater__legend">{t(`scenario.${kind}.line`, { number: index + 1 })}</legend>
                <div className="scenario-line__grid">
                  <Field
                    label={t('scenario.item')}
                    hint={
                      item ? `${t(`enums.costCategory.${item.category}`)} · ${unitPrice(item, format, t)}` : undefined
                    }
                    error={errorOf?.(`${path}.catalogueItemId`)}
                    required
                    className="scenario-line__item"
                  >
                    {(control) => (
                      <select
                        {...control}
                        value={line.catalogueItemId}
                        onChange={(event) => update(index, { catalogueItemId: event.target.value })}
                      >
                        <option value="">{t('common.choose')}</option>
                        {byCategory.map(([category, group]) => (
                          <optgroup key={category} label={t(`enums.costCategory.${category}`)}>
                            {group.map((option) => (
                              <option key={option.id} value={option.id} disabled={!option.active}>
                                {t('scenario.itemOption', {
                                  label: itemLabel(option),
                                  price: unitPrice(option, format, t),
                                })}
                                {option.toReview ? ` (${t('catalogue.toReview')})` : ''}
                              </option>
                            ))}
                          </optgroup>
                        ))}
                      </select>
                    )}
                  </Field>
                  <Field
                    label={
                      item
                        ? t('scenario.quantityOf', { unit: t(`enums.costUnitPlural.${item.unit}`) })
                        : t('scenario.quantity')
                    }
                    error={errorOf?.(`${path}.quantity`)}
                    required
                  >
                    {(control) => (
                      <input
                        {...control}
                        type="number"
                        inputMode="numeric"
                        min={0}
                        max={100000}
                        step={1}
                        value={line.quantity}
                        onChange={(event) => update(index, { quantity: event.target.value })}
                      />
                    )}
                  </Field>
                  <Field label={t('scenario.probability')} error={errorOf?.(`${path}.probabilityPercent`)} required>
                    {(control) => (
                      <input
                        {...control}
                        type="number"
                        inputMode="numeric"
                        min={0}
                        max={100}
                        step={1}
                        value={line.probabilityPercent}
                        onChange={(event) => update(index, { probabilityPercent: event.target.value })}
                      />
                    )}
                  </Field>
                  <p className="scenario-line__amount">
                    <span className="field__label">{t('scenario.lineAmount')}</span>
                    <span className="scenario-line__value">{amount === null ? '—' : format.euros(amount)}</span>
                  </p>
                </div>
                <button type="button" className="button button--small" onClick={() => remove(index)}>
                  {t('scenario.removeLine', { number: index + 1 })}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="scenario-lines__footer">
        <button
          ref={addButton}
          type="button"
          className="button button--small"
          onClick={add}
          disabled={lines.length >= MAX_LINES}
        >
          {t(`scenario.${kind}.add`)}
        </button>
        <p className="scenario-lines__total">
          {t('common.labelValue', { label: t(`scenario.${kind}.total`), value: format.euros(total) })}
        </p>
      </div>
    </fieldset>
  );
}
