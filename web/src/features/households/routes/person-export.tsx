import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DocumentTitle } from '../../../components/document-title';
import { NotFoundMessage } from '../../../components/not-found-message';
import { PageLoader } from '../../../components/page-loader';
import { QueryError } from '../../../components/query-error';
import { isNotFoundError } from '../../../lib/errors';
import { useFormat } from '../../../lib/i18n/format';
import { isUuid } from '../../../lib/ids';
import { personExportQueryOptions } from '../api';

type Row = Record<string, unknown>;

/** A record as a definition list: every stored field, as stored (the export is the data itself). */
function Fields({ row }: { row: Row }) {
  const entries = Object.entries(row).filter(([, value]) => value !== null && value !== '');
  return (
    <dl className="export-record">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>{typeof value === 'object' ? JSON.stringify(value) : String(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

function Rows({ title, rows, id }: { title: string; rows: Row[]; id: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>
        {title} ({rows.length})
      </h3>
      {rows.length === 0 ? (
        <p className="muted">{t('personExport.none')}</p>
      ) : (
        <ol>
          {rows.map((row, index) => (
            // Rows of different tables: their position is their identity here.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={index}>
              <Fields row={row} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Everything held about a person, as a print-ready page (GDPR art. 15), with the JSON download (art. 20). */
export default function PersonExportRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const { householdId = '', personId = '' } = useParams();
  const exported = useQuery({ ...personExportQueryOptions(personId), enabled: isUuid(personId) });

  if (!isUuid(personId)) return <NotFoundMessage />;
  if (exported.isPending) return <PageLoader />;
  if (exported.isError && isNotFoundError(exported.error)) return <NotFoundMessage />;
  if (exported.isError) {
    return (
      <div className="page">
        <h1>{t('personExport.title')}</h1>
        <QueryError error={exported.error} onRetry={() => void exported.refetch()} />
      </div>
    );
  }
  const data = exported.data;
  const download = () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'person-export.json';
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <div className="page export-document">
      <DocumentTitle page={t('personExport.title')} />
      <p className="breadcrumb no-print">
        <Link to={`/households/${householdId}`}>{t('households.title')}</Link>
      </p>
      <h1>{t('personExport.title')}</h1>
      <p className="lead">
        {t('personExport.intro', { organisation: data.organisation.name, date: format.dateTime(data.exportedAt) })}
      </p>
      <div className="button-row no-print">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('personExport.print')}
        </button>
        <button type="button" className="button" onClick={download}>
          {t('personExport.download')}
        </button>
      </div>

      <section aria-labelledby="export-person">
        <h2 id="export-person">{t('personExport.person')}</h2>
        <Fields row={data.person} />
      </section>
      <section aria-labelledby="export-household">
        <h2 id="export-household">{t('personExport.household')}</h2>
        <Fields row={data.household} />
        <p>{t('personExport.otherMembers', { count: data.otherMembers })}</p>
        <Rows id="export-problems" title={t('personExport.problems')} rows={data.householdProblems} />
      </section>
      <Rows id="export-referrals" title={t('personExport.referrals')} rows={data.referrals} />
      {data.cases.map((file, index) => (
        <section key={String(file.case.id)} aria-labelledby={`export-case-${index}`}>
          <h2 id={`export-case-${index}`}>{t('personExport.case', { n: index + 1 })}</h2>
          <Fields row={file.case} />
          <Rows id={`export-timeline-${index}`} title={t('personExport.timeline')} rows={file.timeline} />
          <Rows id={`export-contacts-${index}`} title={t('personExport.contacts')} rows={file.contacts} />
          <Rows
            id={`export-assessments-${index}`}
            title={t('personExport.assessments')}
            rows={file.assessments.map((a) => ({ ...a.assessment, scores: a.scores }))}
          />
          <Rows id={`export-aid-${index}`} title={t('personExport.aid')} rows={file.aid} />
          <Rows
            id={`export-plan-${index}`}
            title={t('personExport.plan')}
            rows={[...(file.plan ? [file.plan] : []), ...file.planVersions]}
          />
          <Rows
            id={`export-breakthroughs-${index}`}
            title={t('personExport.breakthroughs')}
            rows={file.breakthroughs.map((b) => ({ ...b.breakthrough, scenarioLines: b.scenarioLines }))}
          />
          <Rows
            id={`export-objectives-${index}`}
            title={t('personExport.objectives')}
            rows={[
              ...file.objectives,
              ...file.objectiveEvaluations.map((e) => ({ ...e.evaluation, outcomes: e.outcomes })),
            ]}
          />
          <Rows id={`export-involvements-${index}`} title={t('personExport.involvements')} rows={file.involvements} />
          <Rows id={`export-tasks-${index}`} title={t('personExport.tasks')} rows={file.tasks} />
        </section>
      ))}
      <Rows id="export-appointments" title={t('personExport.appointments')} rows={data.appointments} />
      <Rows id="export-revisions" title={t('personExport.revisions')} rows={data.revisions} />
      <Rows id="export-inquiries" title={t('personExport.inquiries')} rows={data.inquiries} />
      <Rows id="export-holds" title={t('personExport.legalHolds')} rows={data.legalHolds} />
      <Rows id="export-consents" title={t('personExport.consents')} rows={data.consents} />
      <Rows id="export-audit" title={t('personExport.audit')} rows={data.audit} />
    </div>
  );
}
