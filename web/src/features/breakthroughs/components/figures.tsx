import type { AvoidedCostFigures, Breakthrough, CostCatalogueItem } from '@percee/shared';
import { returnPerEuroHundredths } from '@percee/shared';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table';
import { FiguresList } from '../../../components/figures-list';
import { useFormat } from '../../../lib/i18n/format';
import { scenarioKinds } from '../scenario';
import { itemLabel } from './scenario-editor';

/** Stored figures of a breakthrough (expected, or realised and frozen), as the server computed them. */
export function StoredFigures({ figures, title, note }: { figures: AvoidedCostFigures; title: string; note: string }) {
  const perEuro = returnPerEuroHundredths(figures.grossAvoidedCents, figures.interventionCents);
  return (
    <div className="stored-figures">
      <h3>{title}</h3>
      <p className="field__hint">{note}</p>
      <FiguresList figures={figures} perEuroHundredths={perEuro} />
    </div>
  );
}

/** The stored scenario lines with the unit price their figures used (so lines add up to the totals shown). */
export function PricedLines({
  breakthrough,
  catalogue,
}: {
  breakthrough: Breakthrough;
  catalogue: readonly CostCatalogueItem[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const items = new Map(catalogue.map((item) => [item.id, item]));
  const { scenario } = breakthrough;
  return (
    <div className="stack-small">
      <p>{t('scenario.horizonValue', { months: scenario.horizonMonths })}</p>
      {scenarioKinds.map((kind) => (
        <DataTable
          key={kind}
          caption={t(`scenario.${kind}.title`)}
          captionVisible
          columns={[
            { label: t('scenario.item') },
            { label: t('scenario.quantity'), numeric: true },
            { label: t('scenario.probability'), numeric: true },
            { label: t('scenario.unitPrice'), numeric: true },
            { label: t('scenario.lineAmount'), numeric: true },
          ]}
        >
          <tbody>
            {scenario[kind].length === 0 ? (
              <tr>
                <td colSpan={5} className="muted">
                  {t('scenario.noLines')}
                </td>
              </tr>
            ) : (
              scenario[kind].map((line, index) => {
                const item = items.get(line.catalogueItemId);
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
                  <tr key={index}>
                    <th scope="row" data-label={t('scenario.item')}>
                      {item ? itemLabel(item) : line.code}
                      {item && <span className="cell-secondary">{t(`enums.costCategory.${item.category}`)}</span>}
                    </th>
                    <td className="numeric" data-label={t('scenario.quantity')}>
                      {format.number(line.quantity)}
                      {item && ` ${t(`enums.costUnitPlural.${item.unit}`)}`}
                    </td>
                    <td className="numeric" data-label={t('scenario.probability')}>
                      {format.percent(line.probabilityPercent)}
                    </td>
                    <td className="numeric" data-label={t('scenario.unitPrice')}>
                      {format.euros(line.unitPriceCents)}
                    </td>
                    <td className="numeric" data-label={t('scenario.lineAmount')}>
                      {format.euros(line.cents)}
                    </td>
                  </tr>
                );
              })
            )}
          </tbody>
        </DataTable>
      ))}
    </div>
  );
}
