import type { AvoidedCostFigures } from '@percee/shared';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/i18n/format';

type Figures = Pick<
  AvoidedCostFigures,
  'withoutCents' | 'withCents' | 'grossAvoidedCents' | 'interventionCents' | 'netAvoidedCents'
>;

/**
 * The figures of an avoided cost, always in the same order: without and with the accompaniment, the
 * gross avoided cost, the intervention, the net (the key figure) and the return per euro spent
 * (`perEuroHundredths`, null when nothing was spent).
 */
export function FiguresList({
  figures,
  perEuroHundredths,
  testId,
}: {
  figures: Figures;
  perEuroHundredths: number | null;
  testId?: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = [
    { key: 'without', label: t('figures.without'), value: format.euros(figures.withoutCents) },
    { key: 'with', label: t('figures.with'), value: format.euros(figures.withCents) },
    { key: 'gross', label: t('figures.gross'), value: format.euros(figures.grossAvoidedCents) },
    { key: 'intervention', label: t('figures.intervention'), value: format.euros(figures.interventionCents) },
    { key: 'net', label: t('figures.net'), value: format.euros(figures.netAvoidedCents) },
    {
      key: 'returnPerEuro',
      label: t('figures.returnPerEuro'),
      value:
        perEuroHundredths === null
          ? t('figures.noReturn')
          : t('figures.perEuro', { amount: format.euros(perEuroHundredths) }),
    },
  ];
  return (
    <dl className="figures" data-testid={testId}>
      {rows.map((row) => (
        <div key={row.key} className={row.key === 'net' ? 'figures__item figures__item--key' : 'figures__item'}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
