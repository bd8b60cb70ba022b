import { useTranslation } from 'react-i18next';
import { CsvExport } from '../../../components/csv-export';
import { LoadMore } from '../../../components/load-more';
import { PageLoader } from '../../../components/page-loader';
import { QueryError } from '../../../components/query-error';
import { useFormat } from '../../../lib/i18n/format';
import { useKeysetList } from '../../../lib/keyset';
import { contactsQueryOptions } from '../api';

/** The contact journal of a case, newest first. */
export function ContactsList({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const contacts = useKeysetList(contactsQueryOptions(caseId));

  if (contacts.isPending) return <PageLoader />;
  if (contacts.isError) return <QueryError error={contacts.error} onRetry={() => void contacts.refetch()} />;
  const items = contacts.items;
  if (items.length === 0) return <p className="empty-state">{t('contacts.empty')}</p>;

  return (
    <>
      <CsvExport path={`/cases/${caseId}/contacts.csv`} fallbackName="contacts.csv" />
      <ol className="journal">
        {items.map((contact) => (
          <li key={contact.id} className="journal__entry">
            <p className="journal__heading">
              <strong>{t(`enums.contactType.${contact.type}`)}</strong>
              {' · '}
              <time dateTime={contact.occurredAt}>{format.dateTime(contact.occurredAt)}</time>
              {contact.durationMinutes !== null && <> · {format.minutes(contact.durationMinutes)}</>}
            </p>
            {contact.participants && (
              <p className="muted">
                {t('common.labelValue', { label: t('contacts.fields.participants'), value: contact.participants })}
              </p>
            )}
            {contact.notes && <p className="journal__notes">{contact.notes}</p>}
            {contact.nextPlannedAt && (
              <p className="muted">
                {t('common.labelValue', {
                  label: t('contacts.fields.nextPlannedAt'),
                  value: format.dateTime(contact.nextPlannedAt),
                })}
              </p>
            )}
          </li>
        ))}
      </ol>
      <LoadMore {...contacts} />
    </>
  );
}
