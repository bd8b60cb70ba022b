import type { CaseStage } from '@percee/shared';
import { useTranslation } from 'react-i18next';

/** The cycle of case management, in order; exit is reachable from every open stage. */
const CYCLE = ['intake', 'assessment', 'planning', 'monitoring', 'evaluation'] as const satisfies readonly CaseStage[];

type StepState = 'done' | 'current' | 'upcoming' | 'inactive';

/**
 * The six stages with the current one highlighted. The five stages of the cycle come in order;
 * exit stands apart (a case can leave from any stage), and evaluation can loop back to assessment.
 */
export function StageStepper({ stage }: { stage: CaseStage }) {
  const { t } = useTranslation();
  const currentIndex = CYCLE.indexOf(stage as (typeof CYCLE)[number]);
  const stateOf = (index: number): StepState =>
    stage === 'exit' ? 'inactive' : index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'upcoming';

  return (
    <div className="stepper">
      <ol className="stepper__list" aria-label={t('cases.stepper.label')}>
        {CYCLE.map((step, index) => {
          const state = stateOf(index);
          return (
            <li
              key={step}
              className={`stepper__step stepper__step--${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="stepper__marker" aria-hidden="true">
                {state === 'done' ? '✓' : index + 1}
              </span>
              <span className="stepper__name">{t(`enums.stage.${step}`)}</span>
              {(state === 'current' || state === 'done') && (
                <span className="visually-hidden"> – {t(`cases.stepper.${state}`)}</span>
              )}
            </li>
          );
        })}
        <li
          className={`stepper__step stepper__step--exit stepper__step--${stage === 'exit' ? 'current' : 'upcoming'}`}
          aria-current={stage === 'exit' ? 'step' : undefined}
        >
          <span className="stepper__marker" aria-hidden="true">
            ⏏
          </span>
          <span className="stepper__name">{t('enums.stage.exit')}</span>
          {stage === 'exit' && <span className="visually-hidden"> – {t('cases.stepper.current')}</span>}
        </li>
      </ol>
      <p className="stepper__note muted">{t('cases.stepper.loop')}</p>
    </div>
  );
}
