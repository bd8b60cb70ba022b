import type { Program } from '@percee/shared';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { DocumentTitle } from '../../../components/document-title';
import { EditorPanel } from '../../../components/editor-panel';
import { PageLoader } from '../../../components/page-loader';
import { StatusBadge } from '../../../components/status-badge';
import { errorMessage } from '../../../lib/errors';
import { allProgramsQueryOptions, useUpdateProgram } from '../api';
import { ProgramForm } from '../components/program-form';

type Editing = { mode: 'create' } | { mode: 'edit'; program: Program } | null;

/** Programs administration (admins): list, create, edit, deactivate. */
export default function ProgramsRoute() {
  const { t } = useTranslation();
  const programs = useQuery(allProgramsQueryOptions());
  const updateProgram = useUpdateProgram();
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);

  const close = () => {
    setEditing(null);
    requestAnimationFrame(() => newButton.current?.focus());
  };

  const toggleActive = (program: Program) => {
    setNotice(null);
    updateProgram.mutate(
      { id: program.id, changes: { active: !program.active } },
      {
        onSuccess: (saved) =>
          setNotice({
            tone: 'success',
            text: t(saved.active ? 'programs.activated' : 'programs.deactivated', { name: saved.name }),
          }),
        onError: (error) => setNotice({ tone: 'error', text: errorMessage(error, t) }),
      },
    );
  };

  return (
    <section aria-labelledby="programs-title">
      <DocumentTitle page={t('programs.title')} />
      <div className="section-header">
        <div>
          <h2 id="programs-title">{t('programs.title')}</h2>
          <p className="muted">{t('programs.intro')}</p>
        </div>
        <button
          ref={newButton}
          type="button"
          className="button button--primary"
          onClick={() => {
            setNotice(null);
            setEditing({ mode: 'create' });
          }}
          disabled={editing?.mode === 'create'}
        >
          {t('programs.new')}
        </button>
      </div>

      <div aria-live="polite">
        {notice && (
          <Alert tone={notice.tone} live={false}>
            {notice.text}
          </Alert>
        )}
      </div>

      {editing && (
        <EditorPanel
          key={editing.mode === 'edit' ? editing.program.id : 'new'}
          title={
            editing.mode === 'edit'
              ? t('programs.editTitle', { name: editing.program.name })
              : t('programs.createTitle')
          }
        >
          <ProgramForm
            program={editing.mode === 'edit' ? editing.program : undefined}
            onCancel={close}
            onSaved={(saved) => {
              setNotice({
                tone: 'success',
                text: t(editing.mode === 'edit' ? 'programs.updated' : 'programs.created', { name: saved.name }),
              });
              close();
            }}
          />
        </EditorPanel>
      )}

      {programs.isPending ? (
        <PageLoader />
      ) : programs.isError ? (
        <Alert tone="error">
          {errorMessage(programs.error, t)}{' '}
          <button type="button" className="button button--small" onClick={() => void programs.refetch()}>
            {t('common.retry')}
          </button>
        </Alert>
      ) : programs.data.length === 0 ? (
        <p className="empty-state">{t('programs.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('programs.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('programs.fields.name')}</th>
                <th scope="col">{t('programs.fields.method')}</th>
                <th scope="col">{t('programs.fields.caseloadLimit')}</th>
                <th scope="col">{t('programs.fields.contactIntervalDays')}</th>
                <th scope="col">{t('programs.fields.expectedDurationMonths')}</th>
                <th scope="col">{t('programs.fields.eligibilityChecklist')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {programs.data.map((program) => {
                const toggling = updateProgram.isPending && updateProgram.variables?.id === program.id;
                return (
                  <tr key={program.id} className={program.active ? undefined : 'is-inactive'}>
                    <th scope="row" data-label={t('programs.fields.name')}>
                      {program.name}
                      <span className="cell-secondary">
                        {program.accompanimentTypes.map((type) => t(`enums.accompanimentType.${type}`)).join(', ')}
                      </span>
                    </th>
                    <td data-label={t('programs.fields.method')}>{t(`enums.programMethod.${program.method}`)}</td>
                    <td data-label={t('programs.fields.caseloadLimit')}>
                      {t('programs.perWorker', { count: program.caseloadLimit })}
                    </td>
                    <td data-label={t('programs.fields.contactIntervalDays')}>
                      {t('programs.days', { count: program.contactIntervalDays })}
                    </td>
                    <td data-label={t('programs.fields.expectedDurationMonths')}>
                      {program.expectedDurationMonths === null
                        ? '—'
                        : t('programs.months', { count: program.expectedDurationMonths })}
                    </td>
                    <td data-label={t('programs.fields.eligibilityChecklist')}>
                      {program.eligibilityChecklist.length === 0 ? (
                        '—'
                      ) : (
                        <ul className="plain-list">
                          {program.eligibilityChecklist.map((criterion) => (
                            <li key={criterion.code}>{criterion.label}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td data-label={t('common.status')}>
                      <StatusBadge active={program.active} />
                    </td>
                    <td className="row-actions">
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t('common.editItem', { name: program.name })}
                        onClick={() => {
                          setNotice(null);
                          setEditing({ mode: 'edit', program });
                        }}
                      >
                        {t('common.edit')}
                      </button>
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t(program.active ? 'common.deactivateItem' : 'common.activateItem', {
                          name: program.name,
                        })}
                        disabled={toggling}
                        onClick={() => toggleActive(program)}
                      >
                        {program.active ? t('common.deactivate') : t('common.activate')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
