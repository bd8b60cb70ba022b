import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CsvExport } from '../../../components/csv-export';
import { DocumentTitle } from '../../../components/document-title';
import { ListStatus } from '../../../components/list-status';
import { LoadMore } from '../../../components/load-more';
import { useKeysetList } from '../../../lib/keyset';
import { caseloadCounts, caseloadQueryOptions, caseloadStageFrom, OPEN_STAGES, overdueFirst } from '../api';
import { CaseloadList } from '../components/caseload-list';

export default function CaseloadRoute() {
  const { t } = useTranslation();
  const filterId = useId();
  const [params, setParams] = useSearchParams();
  const stage = caseloadStageFrom(params);
  // The stage filter is the server's: a page holds only cases at that stage, so "Show more" goes on with them.
  const caseload = useKeysetList(caseloadQueryOptions(stage));

  const entries = overdueFirst(caseload.items);
  const counts = caseloadCounts(entries, caseload.hasNextPage);

  return (
    <div className="page">
      <DocumentTitle page={t('caseload.title')} />
      <h1>{t('caseload.title')}</h1>
      <p className="lead">{t('caseload.intro')}</p>

      <CsvExport path="/caseload.csv" query={{ stage }} fallbackName="caseload.csv" />
      <div className="toolbar">
        <div className="field field--inline">
          <label className="field__label" htmlFor={filterId}>
            {t('caseload.filterStage')}
          </label>
          <select
            id={filterId}
            value={stage ?? ''}
            onChange={(event) => {
              const next = new URLSearchParams(params);
              if (event.target.value) next.set('stage', event.target.value);
              else next.delete('stage');
              setParams(next, { replace: true });
            }}
          >
            <option value="">{t('caseload.allStages')}</option>
            {OPEN_STAGES.map((value) => (
              <option key={value} value={value}>
                {t(`enums.stage.${value}`)}
              </option>
            ))}
          </select>
        </div>
        {caseload.data && (
          <p className="toolbar__summary" aria-live="polite">
            {t('caseload.summary', counts)}
          </p>
        )}
      </div>

      <ListStatus
        query={caseload}
        count={entries.length}
        empty={stage ? t('caseload.emptyForStage') : t('caseload.empty')}
      >
        <CaseloadList entries={entries} />
        <LoadMore {...caseload} />
      </ListStatus>
    </div>
  );
}
