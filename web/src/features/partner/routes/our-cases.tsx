import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table';
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
        <DataTable
          caption={t('partnerCases.title')}
          columns={[
            { label: t('partnerCases.reference') },
            { label: t('partnerCases.stage') },
            { label: t('partnerCases.program') },
            { label: t('partnerCases.nextContact') },
            { label: t('partnerCases.purposes') },
          ]}
        >
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
                  {item.involvements.map((involvement) => t(`enums.consentPurpose.${involvement.purpose}`)).join(', ')}
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
