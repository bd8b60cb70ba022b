import type { CaseloadEntry } from '@percee/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DueBadge } from '../../../components/due-badge';
import { StageBadge } from '../../../components/stage-badge';
import { useFormat } from '../../../lib/i18n/format';

/** Pending actions shown as badges; an overdue contact already has its own (red) badge. */
const ACTION_BADGES = ['assessment_missing', 'evaluation_due', 'planned_contact_soon'] as const;

/** "What do I do today": one card per case, the most urgent on top. */
export function CaseloadList({ entries }: { entries: readonly CaseloadEntry[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ul className="card-list">
      {entries.map(({ case: item, daysUntilDue, nextPlannedContactAt, nextObjectiveDueOn, pendingActions }) => (
        <li key={item.id} className={`card-list__item${item.overdue ? ' card-list__item--urgent' : ''}`}>
          <h2 className="card-list__title">
            <Link to={`/cases/${item.id}`}>{item.household.displayName}</Link>{' '}
            <span className="muted card-list__reference">{item.household.reference}</span>
          </h2>
          <p className="badge-row">
            <DueBadge daysUntilDue={daysUntilDue} overdue={item.overdue} />
            {ACTION_BADGES.filter((action) => pendingActions.includes(action)).map((action) => (
              <span key={action} className="badge badge--info">
                {t(`enums.pendingAction.${action}`)}
              </span>
            ))}
            <StageBadge stage={item.stage} />
          </p>
          <dl className="meta meta--inline">
            <div>
              <dt>{t('cases.fields.program')}</dt>
              <dd>{item.programName}</dd>
            </div>
            <div>
              <dt>{t('caseload.nextPlannedContact')}</dt>
              <dd>
                {nextPlannedContactAt ? (
                  <time dateTime={nextPlannedContactAt}>{format.dateTime(nextPlannedContactAt)}</time>
                ) : (
                  t('caseload.noPlannedContact')
                )}
              </dd>
            </div>
            <div>
              <dt>{t('objectives.nextDue')}</dt>
              <dd>
                {nextObjectiveDueOn ? (
                  <time dateTime={nextObjectiveDueOn}>{format.date(nextObjectiveDueOn)}</time>
                ) : (
                  t('caseload.noPlannedContact')
                )}
              </dd>
            </div>
            <div>
              <dt>{t('cases.fields.lastContact')}</dt>
              <dd>
                {item.lastContactAt ? (
                  <time dateTime={item.lastContactAt}>{format.date(item.lastContactAt)}</time>
                ) : (
                  t('cases.noContactYet')
                )}
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
