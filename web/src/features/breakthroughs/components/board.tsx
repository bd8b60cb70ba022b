import { type Breakthrough, breakthroughStatuses } from '@percee/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/i18n/format';

/** The path of a breakthrough's page (under its case's plan). */
export const breakthroughPagePath = (breakthrough: Pick<Breakthrough, 'id' | 'caseId'>) =>
  `/cases/${encodeURIComponent(breakthrough.caseId)}/plan/breakthroughs/${encodeURIComponent(breakthrough.id)}`;

/**
 * The case's breakthroughs by status, one column each (a list per column for screen readers;
 * columns stack on small screens).
 */
export function BreakthroughBoard({ breakthroughs }: { breakthroughs: readonly Breakthrough[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="board">
      {breakthroughStatuses.map((status) => {
        const column = breakthroughs.filter((item) => item.status === status);
        const headingId = `board-${status}`;
        return (
          <section key={status} className={`board__column board__column--${status}`} aria-labelledby={headingId}>
            <h3 id={headingId} className="board__title">
              {t(`enums.breakthroughStatus.${status}`)} <span className="board__count">({column.length})</span>
            </h3>
            {column.length === 0 ? (
              <p className="muted board__empty">{t('board.empty')}</p>
            ) : (
              <ul className="board__list">
                {column.map((item) => {
                  const figures = item.realised ?? item.expected;
                  return (
                    <li key={item.id} className="board__card">
                      <Link to={breakthroughPagePath(item)} className="board__link">
                        {item.title}
                      </Link>
                      <p className="cell-secondary">
                        {t(`enums.breakthroughCategory.${item.category}`)} · {t(`enums.problemDomain.${item.domain}`)}
                      </p>
                      <p className="board__figure">
                        {t(item.realised ? 'board.realisedNet' : 'board.expectedNet', {
                          amount: format.euros(figures.netAvoidedCents),
                        })}
                      </p>
                      {item.status === 'proposed' && item.needsApproval && (
                        <span className="badge badge--warning">{t('board.awaitingSignOff')}</span>
                      )}
                      {item.dueDate && !item.realised && item.status !== 'abandoned' && (
                        <p className="cell-secondary">{t('board.due', { date: format.date(item.dueDate) })}</p>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
