import type { HouseholdCaseSummary } from '@percee/shared';
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
import { householdName, householdSummaryQueryOptions } from '../api';
import './household-summary.css';

/**
 * The printable case summary (issue 18.6), for supervision and for handing a file over: the household,
 * its composition, and each case with its stage, objectives, recent contacts, breakthroughs and
 * partners. Print CSS keeps it on paper without navigation; opening it is an audited read.
 */
export default function HouseholdSummaryRoute() {
  const { t } = useTranslation();
  const { householdId = '' } = useParams();
  const summary = useQuery({ ...householdSummaryQueryOptions(householdId), enabled: isUuid(householdId) });

  if (!isUuid(householdId)) return <NotFoundMessage />;
  if (summary.isPending) return <PageLoader />;
  if (summary.isError && isNotFoundError(summary.error)) return <NotFoundMessage />;
  if (summary.isError) {
    return (
      <div className="page">
        <DocumentTitle page={t('family.summaryTitle')} />
        <h1>{t('family.summaryTitle')}</h1>
        <QueryError error={summary.error} onRetry={() => void summary.refetch()} />
      </div>
    );
  }
  return <SummaryDocument summary={summary.data} />;
}

function SummaryDocument({ summary }: { summary: HouseholdCaseSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { household } = summary;
  const name = householdName(household);
  const address = [household.address, [household.postalCode, household.municipality].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  const current = household.members.filter((m) => !m.leftOn);
  const left = household.members.filter((m) => m.leftOn);

  return (
    <article className="page case-summary" aria-labelledby="case-summary-title">
      <DocumentTitle page={`${t('family.summaryTitle')} · ${name}`} />
      <p className="breadcrumb no-print">
        <Link to={`/households/${household.id}`}>{name}</Link>
      </p>
      {/* Not a <header>: the print styles hide headers (the app's), and this one is the document's title. */}
      <div className="case-summary__header">
        <h1 id="case-summary-title">
          {t('family.summaryTitle')}: {name} <span className="muted">{household.reference}</span>
        </h1>
        <p className="lead">{address || t('households.noAddress')}</p>
        <p className="muted">
          {t('family.generated', { date: format.dateTime(summary.generatedAt) })} · {t('family.confidential')}
        </p>
        <div className="button-row no-print">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            {t('family.print')}
          </button>
        </div>
      </div>

      <section aria-labelledby="case-summary-members">
        <h2 id="case-summary-members">{t('family.title')}</h2>
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('family.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('households.fields.name')}</th>
                <th scope="col">{t('family.relationship')}</th>
                <th scope="col">{t('family.ageColumn')}</th>
                <th scope="col">{t('family.contactColumn')}</th>
                <th scope="col">{t('family.presence')}</th>
              </tr>
            </thead>
            <tbody>
              {[...current, ...left].map((m) => (
                <tr key={m.id}>
                  <th scope="row" data-label={t('households.fields.name')}>
                    {m.firstName} {m.lastName}
                  </th>
                  <td data-label={t('family.relationship')}>{t(`enums.householdRole.${m.role}`)}</td>
                  <td data-label={t('family.ageColumn')}>
                    {m.age === null ? '—' : t('family.years', { count: m.age })}
                  </td>
                  <td data-label={t('family.contactColumn')}>
                    {[m.phone, m.email].filter(Boolean).join(' · ') || '—'}
                  </td>
                  <td data-label={t('family.presence')}>
                    {m.leftOn
                      ? t('family.leftLine', { date: format.date(m.leftOn) })
                      : m.joinedOn
                        ? t('family.joinedLine', { date: format.date(m.joinedOn) })
                        : t('family.present')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {household.problems.length > 0 && (
        <section aria-labelledby="case-summary-problems">
          <h2 id="case-summary-problems">{t('households.fields.problems')}</h2>
          <ul>
            {household.problems.map((p) => (
              <li key={p.domain}>
                {t(`enums.problemDomain.${p.domain}`)} ({t(`enums.severity.${p.severity}`)})
                {p.note ? `: ${p.note}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="case-summary-cases">
        <h2 id="case-summary-cases">{t('households.cases')}</h2>
        {summary.cases.length === 0 && <p className="muted">{t('households.noCases')}</p>}
        {summary.cases.map((c) => (
          <section key={c.id} className="case-summary__case" aria-labelledby={`case-summary-${c.id}`}>
            <h3 id={`case-summary-${c.id}`}>
              {c.programName} · {t(`enums.stage.${c.stage}`)}
            </h3>
            <p className="muted">
              {t('households.caseLine', { worker: c.primaryWorker, date: format.date(c.openedAt) })}
              {c.closedAt && <> · {t('cases.closedOn', { date: format.date(c.closedAt) })}</>}
            </p>
            <h4>{t('family.objectives')}</h4>
            {c.objectives.length === 0 ? (
              <p className="muted">{t('family.none')}</p>
            ) : (
              <ul>
                {c.objectives.map((o, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the summary's objectives have no id
                  <li key={index}>
                    {t(`objectives.domain.${o.domain}`)}: {o.text} ({t(`objectives.status.${o.status}`)}
                    {o.dueOn ? `, ${format.date(o.dueOn)}` : ''})
                  </li>
                ))}
              </ul>
            )}
            <h4>{t('family.recentContacts')}</h4>
            {c.recentContacts.length === 0 ? (
              <p className="muted">{t('family.none')}</p>
            ) : (
              <ul>
                {c.recentContacts.map((contact) => (
                  <li key={contact.occurredAt}>
                    {format.dateTime(contact.occurredAt)} · {t(`enums.contactType.${contact.type}`)}
                    {contact.durationMinutes !== null && ` · ${contact.durationMinutes} min`}
                    {contact.notes && <span className="cell-secondary">{contact.notes}</span>}
                  </li>
                ))}
              </ul>
            )}
            <h4>{t('family.breakthroughs')}</h4>
            {c.breakthroughs.length === 0 ? (
              <p className="muted">{t('family.none')}</p>
            ) : (
              <ul>
                {c.breakthroughs.map((b, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the summary's breakthroughs have no id
                  <li key={index}>
                    {b.title} ({t(`enums.breakthroughStatus.${b.status}`)}
                    {b.dueDate ? `, ${format.date(b.dueDate)}` : ''})
                  </li>
                ))}
              </ul>
            )}
            <h4>{t('family.partners')}</h4>
            {c.partners.length === 0 ? (
              <p className="muted">{t('family.none')}</p>
            ) : (
              <ul>
                {c.partners.map((p, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the summary's involvements have no id
                  <li key={index}>
                    {p.name} · {t(`enums.consentPurpose.${p.purpose}`)} ·{' '}
                    {p.endedAt
                      ? t('family.partnerEnded', { from: format.date(p.startedAt), to: format.date(p.endedAt) })
                      : t('family.partnerSince', { date: format.date(p.startedAt) })}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </section>
    </article>
  );
}
