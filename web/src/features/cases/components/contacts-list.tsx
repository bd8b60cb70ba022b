import { type Contact, contactTypes } from '@percee/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CsvExport } from '../../../components/csv-export';
import { LoadMore } from '../../../components/load-more';
import { PageLoader } from '../../../components/page-loader';
import { QueryError } from '../../../components/query-error';
import { RecordCorrection, VoidedNote } from '../../../components/record-correction';
import { dateTimeLocalToIso, toDateTimeLocal } from '../../../lib/dates';
import { useFormat } from '../../../lib/i18n/format';
import { useKeysetList } from '../../../lib/keyset';
import { caseKeys, contactsQueryOptions } from '../api';

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
          <li key={contact.id} className="journal__entry" data-voided={contact.voided ? 'true' : undefined}>
            <VoidedNote voided={contact.voided} />
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
            {contact.correctedAt && <p className="muted">{t('corrections.corrected')}</p>}
            <ContactCorrection contact={contact} />
          </li>
        ))}
      </ol>
      <LoadMore {...contacts} />
    </>
  );
}

/** Correct or void a contact (its author, a coordinator), or read its earlier versions. */
function ContactCorrection({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const fields = [
    { name: 'occurredAt', label: t('contacts.fields.occurredAt'), type: 'datetime-local' },
    {
      name: 'type',
      label: t('contacts.fields.type'),
      type: 'select',
      options: contactTypes.map((type) => ({ value: type, label: t(`enums.contactType.${type}`) })),
    },
    { name: 'durationMinutes', label: t('contacts.fields.durationMinutes'), type: 'text' },
    { name: 'participants', label: t('contacts.fields.participants'), type: 'text' },
    { name: 'notes', label: t('contacts.fields.notes'), type: 'textarea' },
  ] as const;
  return (
    <RecordCorrection
      kind="contact"
      record={{ id: contact.id, version: contact.version, voided: contact.voided, authorIds: [contact.recordedBy] }}
      fields={fields}
      initial={{
        occurredAt: toDateTimeLocal(new Date(contact.occurredAt)),
        type: contact.type,
        durationMinutes: contact.durationMinutes === null ? '' : String(contact.durationMinutes),
        participants: contact.participants ?? '',
        notes: contact.notes ?? '',
      }}
      historyLabels={{ nextPlannedAt: t('contacts.fields.nextPlannedAt') }}
      toApi={(changed) => {
        const body: Record<string, unknown> = {};
        if (changed.occurredAt !== undefined) body.occurredAt = dateTimeLocalToIso(changed.occurredAt);
        if (changed.type !== undefined) body.type = changed.type;
        if (changed.durationMinutes !== undefined) {
          body.durationMinutes = changed.durationMinutes.trim() === '' ? null : Number(changed.durationMinutes);
        }
        if (changed.participants !== undefined) body.participants = changed.participants.trim() || null;
        if (changed.notes !== undefined) body.notes = changed.notes.trim() || null;
        return body;
      }}
      // The contact clock, the timeline and the report may all have moved: the case's queries again.
      onChanged={() => queryClient.invalidateQueries({ queryKey: caseKeys.detail(contact.caseId) })}
    />
  );
}
