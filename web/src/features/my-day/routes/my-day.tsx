import type { Notification, Task } from '@percee/shared';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { DocumentTitle } from '../../../components/document-title';
import { DueBadge } from '../../../components/due-badge';
import { Field } from '../../../components/field';
import { PageLoader } from '../../../components/page-loader';
import { QueryError } from '../../../components/query-error';
import { dateTimeLocalToIso, toDateTimeLocal } from '../../../lib/dates';
import { errorMessage } from '../../../lib/errors';
import { useFormat } from '../../../lib/i18n/format';
import { can } from '../../../lib/roles';
import { useMe } from '../../../lib/session';
import {
  notificationLink,
  notificationsQueryOptions,
  overdueHouseholdsQueryOptions,
  tasksDueQueryOptions,
  teamOverdueQueryOptions,
  todayRange,
  todaysAppointmentsQueryOptions,
  useAddTask,
  useCloseTask,
  useMarkRead,
} from '../api';

/**
 * "My day", the page the app opens on for those who work on cases: what others told me
 * (notifications), today's appointments, the tasks due by tonight, and the households whose contact is
 * overdue. Each list is its own query, so one failing leaves the others on screen.
 */
export default function MyDayRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  // "Today" is fixed when the page opens: a page left open past midnight keeps its day.
  const { from, to } = useMemo(() => todayRange(), []);

  return (
    <div className="page my-day">
      <DocumentTitle page={t('myDay.title')} />
      <h1>{t('myDay.title')}</h1>
      <p className="lead">{t('myDay.intro', { name: me.displayName, date: format.date(from) })}</p>
      <Notifications />
      <div className="my-day__grid">
        <TodaysAppointments from={from} to={to} />
        <TasksDue to={to} />
        <OverdueHouseholds />
        {can(me.role, 'task.team') && <TeamOverdueTasks />}
      </div>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section className="card my-day__section" aria-labelledby={`${id}-title`} id={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

function Notifications() {
  const { t } = useTranslation();
  const format = useFormat();
  const notifications = useQuery(notificationsQueryOptions());
  const markRead = useMarkRead();
  const [error, setError] = useState<string | null>(null);
  const describe = useDescribeNotification();
  const items = notifications.data?.items ?? [];
  const unread = items.filter((item) => item.readAt === null).length;

  const mark = async (id: string) => {
    setError(null);
    try {
      await markRead.mutateAsync(id);
    } catch (caught) {
      setError(errorMessage(caught, t));
    }
  };

  return (
    <Section id="notifications" title={t('myDay.notifications.title')}>
      {notifications.isPending && <PageLoader />}
      {notifications.isError && <QueryError error={notifications.error} onRetry={() => void notifications.refetch()} />}
      {error && <Alert tone="error">{error}</Alert>}
      {notifications.data && items.length === 0 && <p>{t('myDay.notifications.empty')}</p>}
      {items.length > 0 && (
        <>
          {unread > 0 && (
            <p>
              <button
                type="button"
                className="button button--small"
                onClick={() => void mark('all')}
                disabled={markRead.isPending}
              >
                {t('myDay.notifications.markAllRead')}
              </button>
            </p>
          )}
          <ul className="notification-list">
            {items.map((item) => (
              <li key={item.id} className="notification" data-unread={item.readAt === null}>
                <p>
                  {item.readAt === null && <span className="badge badge--info">{t('myDay.notifications.new')}</span>}{' '}
                  <NotificationText notification={item} />
                </p>
                <p className="muted">
                  {format.dateTime(item.createdAt)}
                  {item.readAt === null && (
                    <>
                      {' · '}
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => void mark(item.id)}
                        disabled={markRead.isPending}
                      >
                        {t('myDay.notifications.markRead')}
                        <span className="visually-hidden"> – {describe(item)}</span>
                      </button>
                    </>
                  )}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}

/** A notification in words: the API sends a kind and ids, the app says it in the reader's language. */
function useDescribeNotification() {
  const { t } = useTranslation();
  return (notification: Notification) =>
    t(`myDay.notifications.kinds.${notification.kind}`, {
      actor: notification.actor?.displayName ?? t('myDay.notifications.someone'),
      reference: notification.household?.reference ?? '',
    });
}

function NotificationText({ notification }: { notification: Notification }) {
  const text = useDescribeNotification()(notification);
  const link = notificationLink(notification);
  return link ? <Link to={link}>{text}</Link> : <span>{text}</span>;
}

function TodaysAppointments({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const appointments = useQuery(todaysAppointmentsQueryOptions(from, to));
  return (
    <Section id="today-appointments" title={t('myDay.appointments.title')}>
      {appointments.isPending && <PageLoader />}
      {appointments.isError && <QueryError error={appointments.error} onRetry={() => void appointments.refetch()} />}
      {appointments.data && appointments.data.length === 0 && <p>{t('myDay.appointments.empty')}</p>}
      {appointments.data && appointments.data.length > 0 && (
        <ul className="plain-list">
          {appointments.data.map((appointment) => (
            <li key={appointment.id} data-status={appointment.status}>
              <strong>{format.dateTime(appointment.startsAt)}</strong> · {t(`agenda.place.${appointment.place}`)}
              {appointment.household && appointment.caseId && (
                <>
                  {' · '}
                  <Link to={`/cases/${appointment.caseId}`}>{appointment.household.reference}</Link>
                </>
              )}
              {appointment.status !== 'planned' && <> · {t(`myDay.appointments.status.${appointment.status}`)}</>}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/agenda">{t('myDay.appointments.agenda')}</Link>
      </p>
    </Section>
  );
}

function TaskText({ task }: { task: Task }) {
  const { t } = useTranslation();
  return <>{task.kind === 'manual' ? task.title : t(`myDay.tasks.kinds.${task.kind}`)}</>;
}

function TasksDue({ to }: { to: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const tasks = useQuery(tasksDueQueryOptions(to));
  const close = useCloseTask();
  const [error, setError] = useState<string | null>(null);
  const now = Date.now();

  const done = async (task: Task) => {
    setError(null);
    try {
      await close.mutateAsync(task);
    } catch (caught) {
      setError(errorMessage(caught, t));
    }
  };

  return (
    <Section id="tasks-due" title={t('myDay.tasks.title')}>
      {tasks.isPending && <PageLoader />}
      {tasks.isError && <QueryError error={tasks.error} onRetry={() => void tasks.refetch()} />}
      {error && <Alert tone="error">{error}</Alert>}
      {tasks.data && tasks.data.items.length === 0 && <p>{t('myDay.tasks.empty')}</p>}
      {tasks.data && tasks.data.items.length > 0 && (
        <ul className="plain-list">
          {tasks.data.items.map((task) => (
            <li key={task.id}>
              <span>
                <TaskText task={task} />
              </span>
              {task.household && task.caseId && (
                <>
                  {' · '}
                  <Link to={`/cases/${task.caseId}`}>{task.household.reference}</Link>
                </>
              )}
              {' · '}
              <span className={new Date(task.dueAt).getTime() < now ? 'badge badge--danger' : 'muted'}>
                {t(new Date(task.dueAt).getTime() < now ? 'myDay.tasks.overdueSince' : 'myDay.tasks.due', {
                  date: format.dateTime(task.dueAt),
                })}
              </span>{' '}
              <button
                type="button"
                className="button button--small"
                onClick={() => void done(task)}
                disabled={close.isPending}
              >
                {t('myDay.tasks.done')}
                <span className="visually-hidden">
                  {' '}
                  – <TaskText task={task} />
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {tasks.data?.nextCursor && <p className="muted">{t('myDay.tasks.more')}</p>}
      <AddTask />
    </Section>
  );
}

/** A task for oneself, due today by default (the API refuses an empty title: the message is shown). */
function AddTask() {
  const { t } = useTranslation();
  const add = useAddTask();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  // By default due at the end of today's working hours (or in an hour, later in the evening).
  const [dueAt, setDueAt] = useState(() => {
    const now = new Date();
    const evening = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 17);
    return toDateTimeLocal(evening.getTime() > now.getTime() ? evening : new Date(now.getTime() + 3_600_000));
  });
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    if (title.trim() === '') {
      setError(t('validation.required'));
      return;
    }
    try {
      await add.mutateAsync({ title: title.trim(), dueAt: dateTimeLocalToIso(dueAt) });
      setTitle('');
      setOpen(false);
    } catch (caught) {
      setError(errorMessage(caught, t));
    }
  };

  if (!open)
    return (
      <p>
        <button type="button" className="button button--small" onClick={() => setOpen(true)}>
          {t('myDay.tasks.add')}
        </button>
      </p>
    );
  return (
    <form className="form" aria-label={t('myDay.tasks.add')} onSubmit={(event) => void submit(event)} noValidate>
      <Field label={t('myDay.tasks.fields.title')} required error={error ?? undefined}>
        {(control) => <input {...control} value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label={t('myDay.tasks.fields.dueAt')} required>
        {(control) => (
          <input {...control} type="datetime-local" value={dueAt} onChange={(e) => setDueAt(e.target.value)} />
        )}
      </Field>
      <div className="button-row">
        <button type="submit" className="button button--primary button--small" disabled={add.isPending}>
          {t('myDay.tasks.save')}
        </button>
        <button type="button" className="button button--small" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function OverdueHouseholds() {
  const { t } = useTranslation();
  const overdue = useQuery(overdueHouseholdsQueryOptions());
  return (
    <Section id="overdue-households" title={t('myDay.overdue.title')}>
      {overdue.isPending && <PageLoader />}
      {overdue.isError && <QueryError error={overdue.error} onRetry={() => void overdue.refetch()} />}
      {overdue.data && overdue.data.length === 0 && <p>{t('myDay.overdue.empty')}</p>}
      {overdue.data && overdue.data.length > 0 && (
        <ul className="plain-list">
          {overdue.data.map((entry) => (
            <li key={entry.case.id}>
              <Link to={`/cases/${entry.case.id}`}>
                {entry.case.household.reference} · {entry.case.household.displayName}
              </Link>{' '}
              <DueBadge daysUntilDue={entry.daysUntilDue} overdue={entry.case.overdue} />
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/caseload">{t('myDay.overdue.caseload')}</Link>
      </p>
    </Section>
  );
}

/** Coordinators: every worker's overdue tasks, oldest first, with whose they are. */
function TeamOverdueTasks() {
  const { t } = useTranslation();
  const format = useFormat();
  const tasks = useQuery(teamOverdueQueryOptions());
  return (
    <Section id="team-overdue" title={t('myDay.team.title')}>
      {tasks.isPending && <PageLoader />}
      {tasks.isError && <QueryError error={tasks.error} onRetry={() => void tasks.refetch()} />}
      {tasks.data && tasks.data.items.length === 0 && <p>{t('myDay.team.empty')}</p>}
      {tasks.data && tasks.data.items.length > 0 && (
        <ul className="plain-list">
          {tasks.data.items.map((task) => (
            <li key={task.id}>
              <strong>{task.owner.displayName}</strong> · <TaskText task={task} />
              {task.household && task.caseId && (
                <>
                  {' · '}
                  <Link to={`/cases/${task.caseId}`}>{task.household.reference}</Link>
                </>
              )}
              {' · '}
              <span className="badge badge--danger">
                {t('myDay.tasks.overdueSince', { date: format.dateTime(task.dueAt) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {tasks.data?.nextCursor && <p className="muted">{t('myDay.tasks.more')}</p>}
    </Section>
  );
}
