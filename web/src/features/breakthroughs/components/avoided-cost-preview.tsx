import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/i18n/format';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import type { ScenarioPreview } from '../scenario';

/**
 * The avoided cost of the scenario being typed, recomputed on every keystroke with the shared maths
 * (the server's) and the prices valid on `date`. Screen readers hear the net figure once typing pauses.
 */
export function AvoidedCostPreview({ preview, date }: { preview: ScenarioPreview; date: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const { figures } = preview;
  const announced = useDebouncedValue(figures.netAvoidedCents, 800);
  return (
    <section className="card preview" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('preview.title')}</h3>
      <p className="field__hint">{t('preview.pricesOn', { date: format.date(date) })}</p>
      <dl className="figures" data-testid="avoided-cost-preview">
        <div className="figures__item">
          <dt>{t('figures.without')}</dt>
          <dd>{format.euros(figures.withoutCents)}</dd>
        </div>
        <div className="figures__item">
          <dt>{t('figures.with')}</dt>
          <dd>{format.euros(figures.withCents)}</dd>
        </div>
        <div className="figures__item">
          <dt>{t('figures.gross')}</dt>
          <dd>{format.euros(figures.grossAvoidedCents)}</dd>
        </div>
        <div className="figures__item">
          <dt>{t('figures.intervention')}</dt>
          <dd>{format.euros(figures.interventionCents)}</dd>
        </div>
        <div className="figures__item figures__item--key">
          <dt>{t('figures.net')}</dt>
          <dd>{format.euros(figures.netAvoidedCents)}</dd>
        </div>
        <div className="figures__item">
          <dt>{t('figures.returnPerEuro')}</dt>
          <dd>
            {preview.returnPerEuroHundredths === null
              ? t('figures.noReturn')
              : t('figures.perEuro', { amount: format.euros(preview.returnPerEuroHundredths) })}
          </dd>
        </div>
      </dl>
      {preview.incompleteLines > 0 && (
        <p className="muted">{t('preview.incomplete', { count: preview.incompleteLines })}</p>
      )}
      {preview.interventionInvalid && <p className="muted">{t('preview.interventionInvalid')}</p>}
      <p className="visually-hidden" aria-live="polite">
        {t('preview.announce', { amount: format.euros(announced) })}
      </p>
    </section>
  );
}
