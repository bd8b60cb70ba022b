import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DocumentTitle } from '../../../components/document-title';
import { ListStatus } from '../../../components/list-status';
import { LoadMore } from '../../../components/load-more';
import { useFormat } from '../../../lib/i18n/format';
import { useKeysetList } from '../../../lib/keyset';
import { ourCasesQueryOptions } from '../api';

/** For partner accounts: the cases their service is involved in, while a consent covers it. */
export default function OurCasesRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const cases = useKeysetList(ourCasesQueryOptions());
  const items = cases.items;

  return (
    <div className="page">
      <DocumentTitle page={t('partnerCases.title')} />
      <h1>{t('partnerCases.title')}</h1>
      <p className="muted">{t('partnerCases.intro')}</p>
      <ListStatus query={cases} count={items.length} empty={t('partnerCases.empty')}>
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('partnerCases.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('partnerCases.reference')}</th>
                <th scope="col">{t('partnerCases.stage')}</th>
                <th scope="col">{t('partnerCases.program')}</th>
                <th scope="col">{t('partnerCases.nextContact')}</th>
                <th scope="col">{t('partnerCases.purposes')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <th scope="row" data-label={t('partnerCases.reference')}>
                    <Link to={`/partner/cases/${item.id}`}>{item.reference}</Link>
                  </th>
                  <td data-label={t('partnerCases.stage')}>{t(`enums.stage.${item.stage}`)}</td>
                  <td data-label={t('partnerCases.program')}>{item.programName}</td>
                  <td data-label={t('partnerCases.nextContact')}>
                    {item.nextContactAt ? format.date(item.nextContactAt) : '—'}
                  </td>
                  <td data-label={t('partnerCases.purposes')}>
                    {item.involvements
                      .map((involvement) => t(`enums.consentPurpose.${involvement.purpose}`))
                      .join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <LoadMore {...cases} />
      </ListStatus>
    </div>
  );
}
