import type { AvoidedCostSummary } from '@percee/shared';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/i18n/format';

/** The headline figures of the period: households, plans, breakthroughs, money, return per euro. */
export function Headline({ summary }: { summary: AvoidedCostSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const figures: { key: string; label: string; value: string; highlight?: boolean }[] = [
    {
      key: 'followed',
      label: t('avoidedCosts.figures.householdsFollowed'),
      value: format.number(summary.householdsFollowed),
    },
    {
      key: 'plan',
      label: t('avoidedCosts.figures.householdsWithPlan'),
      value: format.number(summary.householdsWithPlan),
    },
    {
      key: 'withBreakthrough',
      label: t('avoidedCosts.figures.householdsWithBreakthrough'),
      value: format.number(summary.householdsWithBreakthrough),
    },
    {
      key: 'breakthroughs',
      label: t('avoidedCosts.figures.breakthroughs'),
      value: format.number(summary.breakthroughs),
    },
    { key: 'gross', label: t('figures.gross'), value: format.euros(summary.grossAvoidedCents) },
    { key: 'intervention', label: t('figures.intervention'), value: format.euros(summary.interventionCents) },
    { key: 'net', label: t('figures.net'), value: format.euros(summary.netAvoidedCents), highlight: true },
    {
      key: 'return',
      label: t('figures.returnPerEuro'),
      value:
        summary.returnPerEuroHundredths === null
          ? t('figures.noReturn')
          : t('figures.perEuro', { amount: format.euros(summary.returnPerEuroHundredths) }),
    },
  ];
  return (
    <dl className="kpis">
      {figures.map((figure) => (
        <div key={figure.key} className={`kpi${figure.highlight ? ' kpi--key' : ''}`}>
          <dt className="kpi__label">{figure.label}</dt>
          <dd className="kpi__value">{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}
