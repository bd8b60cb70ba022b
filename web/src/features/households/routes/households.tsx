import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CsvExport } from '../../../components/csv-export';
import { DataTable } from '../../../components/data-table';
import { DocumentTitle } from '../../../components/document-title';
import { ListStatus } from '../../../components/list-status';
import { LoadMore } from '../../../components/load-more';
import { useFormat } from '../../../lib/i18n/format';
import { useKeysetList } from '../../../lib/keyset';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { householdSearchQueryOptions } from '../api';

export default function HouseholdsRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const searchId = useId();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  // Until the person types, this is householdSearchFrom(params): the search its route loader started.
  const q = useDebouncedValue(text.trim(), 300);
  const households = useKeysetList(householdSearchQueryOptions(q));

  // Keep the search in the URL (back button, bookmarks), without a history entry per keystroke.
  const urlQ = params.get('q') ?? '';
  useEffect(() => {
    if (q === urlQ) return;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (q) next.set('q', q);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [q, urlQ, setParams]);

  const items = households.items;

  return (
    <div className="page">
      <DocumentTitle page={t('households.title')} />
      <div className="section-header">
        <div>
          <h1>{t('households.title')}</h1>
          <p className="lead">{t('households.intro')}</p>
        </div>
        <Link to="/referrals/new" className="button button--primary">
          {t('households.referNew')}
        </Link>
      </div>
      <CsvExport
        path="/households.csv"
        query={{ q: q || undefined }}
        fallbackName="households.csv"
        label={t('households.title')}
      />

      <search className="search-box">
        <label className="field__label" htmlFor={searchId}>
          {t('households.search')}
        </label>
        <p className="field__hint" id={`${searchId}-hint`}>
          {t('family.searchHint')}
        </p>
        <input
          id={searchId}
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-describedby={`${searchId}-hint`}
          aria-controls={`${searchId}-results`}
          autoComplete="off"
          spellCheck={false}
        />
      </search>

      <div id={`${searchId}-results`} aria-busy={households.isFetching} aria-live="polite">
        <ListStatus
          query={households}
          count={items.length}
          empty={q ? t('households.noResults', { q }) : t('households.empty')}
        >
          <DataTable
            caption={q ? t('households.resultsFor', { q }) : t('households.title')}
            columns={[
              { label: t('households.fields.name') },
              { label: t('households.fields.reference') },
              { label: t('households.fields.municipality') },
              { label: t('households.fields.members') },
              { label: t('households.fields.openCases') },
            ]}
          >
            <tbody>
              {items.map((household) => (
                <tr key={household.id}>
                  <th scope="row" data-label={t('households.fields.name')}>
                    <Link to={`/households/${household.id}`}>{household.displayName}</Link>
                  </th>
                  <td data-label={t('households.fields.reference')}>{household.reference}</td>
                  <td data-label={t('households.fields.municipality')}>{household.municipality ?? '—'}</td>
                  <td data-label={t('households.fields.members')}>{format.number(household.memberCount)}</td>
                  <td data-label={t('households.fields.openCases')}>{format.number(household.openCaseCount)}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          <LoadMore {...households} />
        </ListStatus>
      </div>
    </div>
  );
}
