import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FiguresList } from '../../../components/figures-list';
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
      <FiguresList
        figures={figures}
        perEuroHundredths={preview.returnPerEuroHundredths}
        testId="avoided-cost-preview"
      />
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
