import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { AuditTable } from '../../../components/audit-table';
import { type Notice, NoticeRegion } from '../../../components/form-parts';
import { PageLoader } from '../../../components/page-loader';
import { downloadFromApi } from '../../../lib/download';
import { errorMessage } from '../../../lib/errors';
import { useKeysetList } from '../../../lib/keyset';
import { type AuditFilterValues, auditQueryOptions, auditVerifyQueryOptions, usersQueryOptions } from '../api';
import { AdminSection } from '../components/admin-section';

/** A date field (yyyy-mm-dd) as the instant its day starts, in UTC; `to` includes its whole day. */
const dayStart = (day: string, plusDays = 0) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + plusDays);
  return date.toISOString();
};

export default function AuditRoute() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({ from: '', to: '', actorUserId: '', action: '', entityType: '', entityId: '' });
  const [filters, setFilters] = useState<AuditFilterValues>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const users = useKeysetList(usersQueryOptions());
  const entries = useKeysetList(auditQueryOptions(filters));
  const verify = useQuery(auditVerifyQueryOptions());
  const items = entries.items;
  const people = users.items;

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    setFilters({
      from: draft.from ? dayStart(draft.from) : undefined,
      to: draft.to ? dayStart(draft.to, 1) : undefined,
      actorUserId: draft.actorUserId || undefined,
      action: draft.action.trim() || undefined,
      entityType: draft.entityType.trim() || undefined,
      entityId: draft.entityId.trim() || undefined,
    });
  };

  const exportCsv = async () => {
    setNotice(null);
    try {
      const name = await downloadFromApi('/admin/audit.csv', { query: filters, fallbackName: 'audit.csv' });
      setNotice({ tone: 'success', text: t('audit.exported', { name }) });
    } catch (error) {
      setNotice({ tone: 'error', text: errorMessage(error, t) });
    }
  };

  const field = (name: keyof typeof draft, label: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`audit-${name}`}>{label}</label>
      <input
        id={`audit-${name}`}
        type={type}
        value={draft[name]}
        onChange={(event) => setDraft({ ...draft, [name]: event.target.value })}
      />
    </div>
  );

  return (
    <AdminSection
      titleId="audit-title"
      title={t('audit.title')}
      intro={t('audit.intro')}
      actions={
        <div>
          <button type="button" className="button" onClick={() => void verify.refetch()}>
            {t('audit.verify')}
          </button>{' '}
          <button type="button" className="button" onClick={() => void exportCsv()}>
            {t('audit.export')}
          </button>
        </div>
      }
    >
      <NoticeRegion notice={notice}>
        {verify.isFetching ? (
          <PageLoader />
        ) : verify.isError ? (
          <Alert tone="error" live={false}>
            {errorMessage(verify.error, t)}
          </Alert>
        ) : verify.data ? (
          <Alert tone={verify.data.verification.ok ? 'success' : 'error'} live={false}>
            {verify.data.verification.ok
              ? t('audit.verifyOk', {
                  count: verify.data.verification.checked,
                  seq: verify.data.verification.head?.seq ?? 0,
                })
              : t('audit.verifyBroken', {
                  seq: verify.data.verification.firstBroken?.seq ?? '?',
                  reason: verify.data.verification.firstBroken?.reason ?? verify.data.verification.anchor ?? '',
                })}{' '}
            <code>{t('audit.head', { seq: verify.data.head.seq, hash: verify.data.head.hash })}</code>
          </Alert>
        ) : null}
      </NoticeRegion>

      <form className="filters" aria-label={t('audit.filters')} onSubmit={apply}>
        {field('from', t('audit.from'), 'date')}
        {field('to', t('audit.to'), 'date')}
        <div className="field">
          <label htmlFor="audit-actor">{t('audit.actor')}</label>
          <select
            id="audit-actor"
            value={draft.actorUserId}
            onChange={(event) => setDraft({ ...draft, actorUserId: event.target.value })}
          >
            <option value="">{t('audit.anyActor')}</option>
            {people.map((user) => (
              <option key={user.id} value={user.id}>
                {user.displayName}
              </option>
            ))}
          </select>
        </div>
        {field('action', t('audit.action'))}
        {field('entityType', t('audit.entityType'))}
        {field('entityId', t('audit.entityId'))}
        <button type="submit" className="button button--primary">
          {t('audit.apply')}
        </button>
      </form>

      {entries.isPending ? (
        <PageLoader />
      ) : entries.isError ? (
        <Alert tone="error">
          {errorMessage(entries.error, t)}{' '}
          <button type="button" className="button button--small" onClick={() => void entries.refetch()}>
            {t('common.retry')}
          </button>
        </Alert>
      ) : items.length === 0 ? (
        <p className="empty-state">{t('audit.empty')}</p>
      ) : (
        <AuditTable
          caption={t('audit.tableCaption')}
          withEntity
          more={entries}
          rows={items.map((entry) => ({
            ...entry,
            who: entry.actorClientId
              ? `${entry.actorClientName ?? entry.actorClientId} (${t('audit.client')})`
              : (entry.actorUserName ?? '—'),
            entity: { type: entry.entityType, id: entry.entityId },
          }))}
        />
      )}
    </AdminSection>
  );
}
