import type { Case, Household, Role } from '@percee/shared';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AuditTable } from '../../../components/audit-table';
import { DataTable } from '../../../components/data-table';
import { DocumentTitle } from '../../../components/document-title';
import { EditorPanel } from '../../../components/editor-panel';
import { SuccessNotice } from '../../../components/form-parts';
import { ListStatus } from '../../../components/list-status';
import { NotFoundMessage } from '../../../components/not-found-message';
import { PageLoader } from '../../../components/page-loader';
import { QueryError } from '../../../components/query-error';
import { StageBadge } from '../../../components/stage-badge';
import { isNotFoundError } from '../../../lib/errors';
import { useFormat } from '../../../lib/i18n/format';
import { isUuid } from '../../../lib/ids';
import { useKeysetList } from '../../../lib/keyset';
import { sumCents } from '../../../lib/money';
import { readsFileAccessLog } from '../../../lib/roles';
import { useMe } from '../../../lib/session';
import {
  caseAidQueryOptions,
  householdAccessLogQueryOptions,
  householdCasesQueryOptions,
  householdName,
  householdQueryOptions,
} from '../api';
import { AddMemberForm } from '../components/add-member-form';
import { ConsentsSection } from '../components/consents-section';
import { FamilyComposition } from '../components/family-composition';
import { HouseholdEditForm } from '../components/household-edit-form';
import { LegalHolds } from '../components/legal-holds';
import { SeverityBadge } from '../components/severity-badge';

type Editing = 'household' | 'member' | null;

export default function HouseholdDetailRoute() {
  const { t } = useTranslation();
  const { householdId = '' } = useParams();
  const me = useMe();
  const household = useQuery({ ...householdQueryOptions(householdId), enabled: isUuid(householdId) });
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const actions = useRef<HTMLDivElement>(null);
  // Legal holds and the export of a person's data: coordinators and admins.
  const guardian = me.role === 'coordinator' || me.role === 'admin';

  if (!isUuid(householdId)) return <NotFoundMessage />;
  if (household.isPending) return <PageLoader />;
  if (household.isError && isNotFoundError(household.error)) return <NotFoundMessage />;
  if (household.isError) {
    return (
      <div className="page">
        <DocumentTitle page={t('households.title')} />
        <h1>{t('households.title')}</h1>
        <QueryError error={household.error} onRetry={() => void household.refetch()} />
      </div>
    );
  }

  const data = household.data;
  const name = householdName(data);
  const close = (message?: string) => {
    setEditing(null);
    setNotice(message ?? null);
    requestAnimationFrame(() => actions.current?.querySelector('button')?.focus());
  };

  return (
    <div className="page">
      <DocumentTitle page={name} />
      <p className="breadcrumb">
        <Link to="/households">{t('households.title')}</Link>
      </p>
      <h1>
        {name} <span className="muted case-header__ref">{data.reference}</span>
      </h1>
      <AddressLine household={data} />

      <div className="button-row" ref={actions}>
        <button
          type="button"
          className="button"
          onClick={() => {
            setNotice(null);
            setEditing('household');
          }}
          disabled={editing === 'household'}
        >
          {t('households.edit')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setNotice(null);
            setEditing('member');
          }}
          disabled={editing === 'member'}
        >
          {t('households.addMember')}
        </button>
        <Link to={`/referrals/new?householdId=${data.id}`} className="button">
          {t('households.refer')}
        </Link>
        <Link to={`/households/${data.id}/summary`} className="button">
          {t('family.summaryLink')}
        </Link>
      </div>

      <SuccessNotice>{notice}</SuccessNotice>

      {editing === 'household' && (
        <EditorPanel title={t('households.editTitle')}>
          <HouseholdEditForm household={data} onCancel={() => close()} onSaved={() => close(t('households.saved'))} />
        </EditorPanel>
      )}
      {editing === 'member' && (
        <EditorPanel title={t('households.addMemberTitle')}>
          <AddMemberForm
            householdId={data.id}
            onCancel={() => close()}
            onSaved={(person) => close(t('households.memberAdded', { name: `${person.firstName} ${person.lastName}` }))}
          />
        </EditorPanel>
      )}

      <div className="two-columns">
        <section className="card" aria-labelledby="household-members-title">
          <h2 id="household-members-title">{t('family.title')}</h2>
          <FamilyComposition household={data} canExport={guardian} />
        </section>
        <section className="card" aria-labelledby="household-problems-title">
          <h2 id="household-problems-title">{t('households.fields.problems')}</h2>
          <Problems household={data} />
        </section>
      </div>

      <HouseholdCases householdId={data.id} />
      <ConsentsSection householdId={data.id} members={data.members} />
      {guardian && <LegalHolds householdId={data.id} />}
      {readsFileAccessLog(me.role) && <FileAccessLog householdId={data.id} />}
    </div>
  );
}

function AddressLine({ household }: { household: Household }) {
  const { t } = useTranslation();
  const parts = [household.address, [household.postalCode, household.municipality].filter(Boolean).join(' ')].filter(
    Boolean,
  );
  return <p className="lead">{parts.length > 0 ? parts.join(', ') : t('households.noAddress')}</p>;
}

function Problems({ household }: { household: Household }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (household.problems.length === 0) return <p className="muted">{t('problems.none')}</p>;
  return (
    <ul className="plain-list">
      {household.problems.map((problem, index) => (
        // Problems have no id; a household has at most one row per domain in practice.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <li key={`${problem.domain}-${index}`}>
          <strong>{t(`enums.problemDomain.${problem.domain}`)}</strong> <SeverityBadge severity={problem.severity} />
          {(problem.since || problem.note) && (
            <span className="cell-secondary">
              {problem.since && t('problems.sinceDate', { date: format.date(problem.since) })}
              {problem.since && problem.note && ' · '}
              {problem.note}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The household's cases, and the aid granted on each of them. */
function HouseholdCases({ householdId }: { householdId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const cases = useQuery(householdCasesQueryOptions(householdId));
  const caseList: Case[] = cases.data ?? [];
  const aid = useQueries({
    queries: caseList.map((item) => caseAidQueryOptions(item.id)),
  });

  const aidRows = caseList.flatMap((item, index) =>
    (aid[index]?.data ?? []).map((entry) => ({ ...entry, programName: item.programName })),
  );
  aidRows.sort((a, b) => b.grantedOn.localeCompare(a.grantedOn));
  const aidPending = aid.some((query) => query.isPending);
  const aidError = aid.find((query) => query.isError)?.error;

  return (
    <>
      <section className="card" aria-labelledby="household-cases-title">
        <h2 id="household-cases-title">{t('households.cases')}</h2>
        <ListStatus query={cases} count={caseList.length} empty={<p className="muted">{t('households.noCases')}</p>}>
          <ul className="plain-list">
            {caseList.map((item) => (
              <li key={item.id}>
                <Link to={`/cases/${item.id}`}>{item.programName}</Link> <StageBadge stage={item.stage} />
                <span className="cell-secondary">
                  {t('households.caseLine', {
                    worker: item.primaryWorker.displayName,
                    date: format.date(item.openedAt),
                  })}
                  {item.closedAt && <> · {t('cases.closedOn', { date: format.date(item.closedAt) })}</>}
                </span>
              </li>
            ))}
          </ul>
        </ListStatus>
      </section>

      <section className="card" aria-labelledby="household-aid-title">
        <h2 id="household-aid-title">{t('aid.title')}</h2>
        {cases.isPending || (caseList.length > 0 && aidPending) ? (
          <PageLoader />
        ) : aidError ? (
          <QueryError error={aidError} />
        ) : aidRows.length === 0 ? (
          <p className="muted">{t('aid.empty')}</p>
        ) : (
          <DataTable
            caption={t('aid.title')}
            columns={[
              { label: t('aid.fields.grantedOn') },
              { label: t('aid.fields.kind') },
              { label: t('cases.fields.program') },
              { label: t('aid.fields.amount'), numeric: true },
            ]}
          >
            <tbody>
              {aidRows.map((row) => (
                <tr key={row.id}>
                  <th scope="row" data-label={t('aid.fields.grantedOn')}>
                    <time dateTime={row.grantedOn}>{format.date(row.grantedOn)}</time>
                  </th>
                  <td data-label={t('aid.fields.kind')}>
                    {t(`enums.aidKind.${row.kind}`)}
                    <span className="cell-secondary">{t(`enums.aidNature.${row.nature}`)}</span>
                  </td>
                  <td data-label={t('cases.fields.program')}>{row.programName}</td>
                  <td data-label={t('aid.fields.amount')} className="numeric">
                    {row.amountCents === null ? '—' : format.euros(row.amountCents)}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot className="data-table__foot">
              <tr>
                <th scope="row" colSpan={3}>
                  {t('aid.total')}
                </th>
                <td className="numeric">{format.euros(sumCents(aidRows.map((row) => row.amountCents)))}</td>
              </tr>
            </tfoot>
          </DataTable>
        )}
      </section>
    </>
  );
}

/** Who looked at this file: reads and changes of the household and what hangs from it, by whom and when. */
function FileAccessLog({ householdId }: { householdId: string }) {
  const { t } = useTranslation();
  const log = useKeysetList(householdAccessLogQueryOptions(householdId));
  const items = log.items;
  return (
    <section className="card" aria-labelledby="household-access-title">
      <h2 id="household-access-title">{t('audit.fileTitle')}</h2>
      <p className="muted">{t('audit.fileIntro')}</p>
      <ListStatus query={log} count={items.length} empty={<p className="muted">{t('audit.fileEmpty')}</p>}>
        <AuditTable
          caption={t('audit.fileCaption')}
          more={log}
          rows={items.map((entry) => ({
            ...entry,
            who: (
              <>
                {entry.actorName ?? '—'}
                <span className="cell-secondary">
                  {' '}
                  {entry.actorKind === 'client'
                    ? t('audit.client')
                    : entry.actorRole
                      ? t(`roles.${entry.actorRole as Role}`)
                      : ''}
                </span>
              </>
            ),
          }))}
        />
      </ListStatus>
    </section>
  );
}
