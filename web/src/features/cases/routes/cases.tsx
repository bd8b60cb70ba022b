import { caseSorts, caseStages } from '@percee/shared';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CsvExport } from '../../../components/csv-export';
import { DataTable } from '../../../components/data-table';
import { DocumentTitle } from '../../../components/document-title';
import { DueBadge } from '../../../components/due-badge';
import { ListStatus } from '../../../components/list-status';
import { LoadMore } from '../../../components/load-more';
import { StageBadge } from '../../../components/stage-badge';
import { daysUntil } from '../../../lib/dates';
import { useFormat } from '../../../lib/i18n/format';
import { useKeysetList } from '../../../lib/keyset';
import { programsQueryOptions, teamQueryOptions } from '../../../lib/reference-data';
import { coordinates } from '../../../lib/roles';
import { useMe } from '../../../lib/session';
import { caseFiltersFrom, casesQueryOptions } from '../api';

export default function CasesRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const filters = caseFiltersFrom(params);
  const cases = useKeysetList(casesQueryOptions(filters));
  const programs = useQuery(programsQueryOptions());
  const seesTeam = coordinates(me.role);
  const team = useQuery({ ...teamQueryOptions(), enabled: seesTeam });

  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const items = cases.items;

  return (
    <div className="page">
      <DocumentTitle page={t('cases.title')} />
      <h1>{t('cases.title')}</h1>
      <p className="lead">{seesTeam ? t('cases.introAll') : t('cases.introMine')}</p>

      <form className="filters" aria-label={t('cases.filters.label')} onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-stage`}>
            {t('cases.filters.stage')}
          </label>
          <select id={`${id}-stage`} value={filters.stage ?? ''} onChange={(e) => setParam('stage', e.target.value)}>
            <option value="">{t('cases.filters.any')}</option>
            {caseStages.map((stage) => (
              <option key={stage} value={stage}>
                {t(`enums.stage.${stage}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-program`}>
            {t('cases.filters.program')}
          </label>
          <select
            id={`${id}-program`}
            value={filters.programId ?? ''}
            onChange={(e) => setParam('programId', e.target.value)}
          >
            <option value="">{t('cases.filters.any')}</option>
            {(programs.data ?? []).map((program) => (
              <option key={program.id} value={program.id}>
                {program.name}
              </option>
            ))}
          </select>
        </div>
        {seesTeam && (
          <div className="field">
            <label className="field__label" htmlFor={`${id}-worker`}>
              {t('cases.filters.worker')}
            </label>
            <select
              id={`${id}-worker`}
              value={filters.workerId ?? ''}
              onChange={(e) => setParam('workerId', e.target.value)}
            >
              <option value="">{t('cases.filters.any')}</option>
              {(team.data ?? []).map((member) => (
                <option key={member.id} value={member.id}>
                  {member.displayName}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label className="field__label" htmlFor={`${id}-open`}>
            {t('cases.filters.open')}
          </label>
          <select id={`${id}-open`} value={params.get('open') ?? ''} onChange={(e) => setParam('open', e.target.value)}>
            <option value="">{t('cases.filters.openOnly')}</option>
            <option value="false">{t('cases.filters.closedOnly')}</option>
            <option value="all">{t('cases.filters.openAndClosed')}</option>
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-sort`}>
            {t('cases.filters.sort')}
          </label>
          <select id={`${id}-sort`} value={filters.sort} onChange={(e) => setParam('sort', e.target.value)}>
            {caseSorts.map((sort) => (
              <option key={sort} value={sort}>
                {t(`cases.sorts.${sort}`)}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox filters__checkbox">
          <input
            type="checkbox"
            checked={filters.overdue === true}
            onChange={(e) => setParam('overdue', e.target.checked ? 'true' : '')}
          />
          <span>{t('cases.filters.overdueOnly')}</span>
        </label>
      </form>
      <CsvExport path="/cases.csv" query={{ ...filters }} fallbackName="cases.csv" />

      <ListStatus query={cases} count={items.length} empty={t('cases.empty')}>
        <DataTable
          caption={t('cases.tableCaption')}
          columns={[
            { label: t('cases.fields.household') },
            { label: t('cases.fields.stage') },
            { label: t('cases.fields.program') },
            { label: t('cases.fields.primaryWorker') },
            { label: t('cases.fields.contactDue') },
          ]}
        >
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <th scope="row" data-label={t('cases.fields.household')}>
                  <Link to={`/cases/${item.id}`}>{item.household.displayName}</Link>
                  <span className="cell-secondary">{item.household.reference}</span>
                </th>
                <td data-label={t('cases.fields.stage')}>
                  <StageBadge stage={item.stage} />
                </td>
                <td data-label={t('cases.fields.program')}>{item.programName}</td>
                <td data-label={t('cases.fields.primaryWorker')}>{item.primaryWorker.displayName}</td>
                <td data-label={t('cases.fields.contactDue')}>
                  {item.closedAt ? (
                    <>
                      {t('cases.closedOn', { date: format.date(item.closedAt) })}
                      {item.closureReason && (
                        <span className="cell-secondary">{t(`enums.closureReason.${item.closureReason}`)}</span>
                      )}
                    </>
                  ) : item.contactDueAt ? (
                    <>
                      <time dateTime={item.contactDueAt}>{format.date(item.contactDueAt)}</time>{' '}
                      <DueBadge overdue={item.overdue} daysUntilDue={daysUntil(item.contactDueAt)} />
                    </>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
        <LoadMore {...cases} />
      </ListStatus>
    </div>
  );
}
