import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DocumentTitle } from '../../../components/document-title';
import { DueBadge } from '../../../components/due-badge';
import { NotFoundMessage } from '../../../components/not-found-message';
import { PageLoader } from '../../../components/page-loader';
import { QueryError } from '../../../components/query-error';
import { casePagesFor } from '../../../lib/case-pages';
import { daysUntil } from '../../../lib/dates';
import { isNotFoundError } from '../../../lib/errors';
import { useFormat } from '../../../lib/i18n/format';
import { isUuid } from '../../../lib/ids';
import { programsQueryOptions } from '../../../lib/reference-data';
import { CaseAppointmentsSlot } from '../../../lib/slots';
import { caseQueryOptions } from '../api';
import { AidSection } from '../components/aid-section';
import { AssessmentsSection } from '../components/assessments';
import { ContactJournalForm } from '../components/contact-form';
import { ContactsList } from '../components/contacts-list';
import { ObjectivesSection } from '../components/objectives-section';
import { PartnersSection } from '../components/partners-section';
import { StageStepper } from '../components/stage-stepper';
import { TeamPanel } from '../components/team-panel';
import { Timeline } from '../components/timeline';
import { TransitionPanel } from '../components/transition-panel';

export default function CaseDetailRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const { caseId = '' } = useParams();
  const query = useQuery({ ...caseQueryOptions(caseId), enabled: isUuid(caseId) });
  const programs = useQuery(programsQueryOptions());

  if (!isUuid(caseId)) return <NotFoundMessage />;
  if (query.isPending) return <PageLoader />;
  if (query.isError && isNotFoundError(query.error)) return <NotFoundMessage />;
  if (query.isError) {
    return (
      <div className="page">
        <DocumentTitle page={t('cases.title')} />
        <h1>{t('cases.title')}</h1>
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  }

  const item = query.data;
  const closed = item.closedAt !== null;
  // Pages other features add for the cases of this program's method (e.g. the breakthrough plan).
  const extraPages = casePagesFor(programs.data?.find((program) => program.id === item.programId)?.method);

  return (
    <div className="page case-page">
      <DocumentTitle page={t('cases.pageTitle', { name: item.household.displayName })} />
      <p className="breadcrumb">
        <Link to="/cases">{t('cases.title')}</Link>
      </p>
      <header className="case-header">
        <h1>
          {item.household.displayName} <span className="muted case-header__ref">{item.household.reference}</span>
        </h1>
        <p className="badge-row">
          {!closed && (
            <DueBadge overdue={item.overdue} daysUntilDue={item.contactDueAt ? daysUntil(item.contactDueAt) : null} />
          )}
          {closed && <span className="badge badge--inactive">{t('cases.closed')}</span>}
        </p>
        <dl className="meta meta--inline">
          <div>
            <dt>{t('cases.fields.household')}</dt>
            <dd>
              <Link to={`/households/${item.household.id}`}>{item.household.reference}</Link>
            </dd>
          </div>
          <div>
            <dt>{t('cases.fields.program')}</dt>
            <dd>{item.programName}</dd>
          </div>
          <div>
            <dt>{t('cases.fields.accompanimentType')}</dt>
            <dd>{t(`enums.accompanimentType.${item.accompanimentType}`)}</dd>
          </div>
          <div>
            <dt>{t('cases.fields.primaryWorker')}</dt>
            <dd>{item.primaryWorker.displayName}</dd>
          </div>
          <div>
            <dt>{t('cases.fields.openedAt')}</dt>
            <dd>
              <time dateTime={item.openedAt}>{format.date(item.openedAt)}</time>
            </dd>
          </div>
          <div>
            <dt>{t('cases.fields.lastContact')}</dt>
            <dd>
              {item.lastContactAt ? (
                <time dateTime={item.lastContactAt}>{format.date(item.lastContactAt)}</time>
              ) : (
                t('cases.noContactYet')
              )}
            </dd>
          </div>
          {item.contactDueAt && (
            <div>
              <dt>{t('cases.fields.contactDue')}</dt>
              <dd>
                <time dateTime={item.contactDueAt}>{format.date(item.contactDueAt)}</time>
              </dd>
            </div>
          )}
        </dl>
        {extraPages.length > 0 && (
          <p className="button-row case-header__pages">
            {extraPages.map((page) => (
              <Link key={page.id} to={page.path(item.id)} className="button button--primary">
                {t(`casePages.${page.id}`)}
              </Link>
            ))}
          </p>
        )}
      </header>

      <section className="card" aria-labelledby="case-stage-title">
        <h2 id="case-stage-title">{t('cases.stageTitle')}</h2>
        <StageStepper stage={item.stage} />
        <TransitionPanel caseItem={item} />
      </section>

      <nav className="jump-links" aria-label={t('cases.sectionsNav')}>
        <a href="#case-journal">{t('contacts.title')}</a>
        <a href="#case-assessments">{t('assessments.title')}</a>
        <a href="#case-objectives">{t('objectives.title')}</a>
        <a href="#case-aid">{t('aid.title')}</a>
        <a href="#case-team">{t('cases.team.title')}</a>
        <a href="#case-timeline">{t('timeline.title')}</a>
      </nav>

      <div className="case-layout">
        <div className="case-layout__main">
          <CaseAppointmentsSlot caseId={item.id} householdId={item.household.id} closed={closed} />
          <section id="case-journal" aria-labelledby="case-journal-title" tabIndex={-1}>
            <h2 id="case-journal-title">{t('contacts.title')}</h2>
            {closed ? <p className="muted">{t('contacts.closed')}</p> : <ContactJournalForm caseId={item.id} />}
            <ContactsList caseId={item.id} />
          </section>
          <section id="case-assessments" aria-labelledby="case-assessments-title" tabIndex={-1}>
            <h2 id="case-assessments-title">{t('assessments.title')}</h2>
            <AssessmentsSection caseItem={item} />
          </section>
          <section id="case-objectives" aria-labelledby="case-objectives-title" tabIndex={-1}>
            <h2 id="case-objectives-title">{t('objectives.title')}</h2>
            <ObjectivesSection caseItem={item} />
          </section>
          <section id="case-aid" aria-labelledby="case-aid-title" tabIndex={-1}>
            <h2 id="case-aid-title">{t('aid.title')}</h2>
            <AidSection caseItem={item} />
          </section>
          <section id="case-partners" aria-labelledby="case-partners-title" tabIndex={-1}>
            <h2 id="case-partners-title">{t('involvements.title')}</h2>
            <PartnersSection caseItem={item} />
          </section>
        </div>
        <aside className="case-layout__side">
          <section id="case-team" className="card" aria-labelledby="case-team-title" tabIndex={-1}>
            <h2 id="case-team-title">{t('cases.team.title')}</h2>
            <TeamPanel caseItem={item} />
          </section>
          <section id="case-timeline" className="card" aria-labelledby="case-timeline-title" tabIndex={-1}>
            <h2 id="case-timeline-title">{t('timeline.title')}</h2>
            <Timeline caseId={item.id} />
          </section>
        </aside>
      </div>
    </div>
  );
}
