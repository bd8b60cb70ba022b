import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '../../../components/document-title';
import { PageLoader } from '../../../components/page-loader';
import { QueryError } from '../../../components/query-error';
import { useFormat } from '../../../lib/i18n/format';
import { coordinates } from '../../../lib/roles';
import { useMe } from '../../../lib/session';
import { addDays, agendaQueryOptions, byDay, outboxQueryOptions, startOfWeek } from '../api';
import { AppointmentItem } from '../components/appointment-item';

type View = 'day' | 'week';

/** My agenda by day or week; a coordinator's team view; in development, the reminders the local sink kept. */
export default function AgendaRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const coordinator = coordinates(useMe().role);
  const [view, setView] = useState<View>('week');
  const [team, setTeam] = useState(false);
  const [anchor, setAnchor] = useState(() => new Date());
  const from =
    view === 'week' ? startOfWeek(anchor) : new Date(anchor.getFullYear(), anchor.getMonth(), anchor.getDate());
  const to = addDays(from, view === 'week' ? 7 : 1);
  const scope = team && coordinator ? 'team' : 'mine';
  const agenda = useQuery(agendaQueryOptions(scope, from.toISOString(), to.toISOString()));
  const outbox = useQuery(outboxQueryOptions());
  const step = view === 'week' ? 7 : 1;

  return (
    <div className="page">
      <DocumentTitle page={t('agenda.title')} />
      <h1>{t('agenda.title')}</h1>
      <div className="toolbar">
        <fieldset className="button-row">
          <legend className="visually-hidden">{t('agenda.view')}</legend>
          {(['day', 'week'] as const).map((option) => (
            <button
              key={option}
              type="button"
              className="button button--small"
              aria-pressed={view === option}
              onClick={() => setView(option)}
            >
              {t(`agenda.views.${option}`)}
            </button>
          ))}
          {coordinator && (
            <button type="button" className="button button--small" aria-pressed={team} onClick={() => setTeam(!team)}>
              {t('agenda.team')}
            </button>
          )}
        </fieldset>
        <div className="button-row">
          <button type="button" className="button button--small" onClick={() => setAnchor(addDays(anchor, -step))}>
            {t('agenda.previous')}
          </button>
          <button type="button" className="button button--small" onClick={() => setAnchor(new Date())}>
            {t('agenda.today')}
          </button>
          <button type="button" className="button button--small" onClick={() => setAnchor(addDays(anchor, step))}>
            {t('agenda.next')}
          </button>
        </div>
      </div>
      <p className="muted" aria-live="polite">
        {view === 'week'
          ? t('agenda.weekOf', { from: format.date(from), to: format.date(addDays(to, -1)) })
          : format.date(from)}
      </p>
      {agenda.isPending && <PageLoader />}
      {agenda.isError && <QueryError error={agenda.error} onRetry={() => void agenda.refetch()} />}
      {agenda.data && agenda.data.length === 0 && <p>{t('agenda.empty')}</p>}
      {agenda.data &&
        byDay(agenda.data).map(([day, items]) => (
          <section key={day} aria-label={format.date(day)}>
            <h2>{format.date(day)}</h2>
            <ul className="appointment-list">
              {items.map((appointment) => (
                <AppointmentItem key={appointment.id} appointment={appointment} showWorker={scope === 'team'} />
              ))}
            </ul>
          </section>
        ))}
      {outbox.data && (
        <section className="card" aria-labelledby="outbox-title">
          <h2 id="outbox-title">{t('agenda.outbox')}</h2>
          <p className="muted">{t('agenda.outboxHint')}</p>
          {outbox.data.items.length === 0 ? (
            <p>{t('agenda.outboxEmpty')}</p>
          ) : (
            <ul className="outbox">
              {outbox.data.items.map((message) => (
                <li key={message.id}>
                  <strong>{t(`agenda.channel.${message.channel}`)}</strong> · {message.recipient} ·{' '}
                  {format.dateTime(message.createdAt)}
                  <p lang={message.language}>{message.body}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
