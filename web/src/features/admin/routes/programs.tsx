import type { Program } from '@percee/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { allProgramsQueryOptions, useUpdateProgram } from '../api';
import { AdminListPage, useStatusColumn } from '../components/admin-list-page';
import { ProgramForm } from '../components/program-form';

/** Programs administration (admins): list, create, edit, deactivate. */
export default function ProgramsRoute() {
  const { t } = useTranslation();
  const programs = useQuery(allProgramsQueryOptions());
  const updateProgram = useUpdateProgram();
  const status = useStatusColumn<Program>();

  return (
    <AdminListPage
      id="programs"
      texts="programs"
      nameOf={(program) => program.name}
      list={{ ...programs, items: programs.data }}
      toggle={updateProgram}
      columns={[
        {
          label: t('programs.fields.name'),
          cell: (program) => (
            <>
              {program.name}
              <span className="cell-secondary">
                {program.accompanimentTypes.map((type) => t(`enums.accompanimentType.${type}`)).join(', ')}
              </span>
            </>
          ),
        },
        { label: t('programs.fields.method'), cell: (program) => t(`enums.programMethod.${program.method}`) },
        {
          label: t('programs.fields.caseloadLimit'),
          cell: (program) => t('programs.perWorker', { count: program.caseloadLimit }),
        },
        {
          label: t('programs.fields.contactIntervalDays'),
          cell: (program) => t('programs.days', { count: program.contactIntervalDays }),
        },
        {
          label: t('programs.fields.expectedDurationMonths'),
          cell: (program) =>
            program.expectedDurationMonths === null
              ? '—'
              : t('programs.months', { count: program.expectedDurationMonths }),
        },
        {
          label: t('programs.fields.eligibilityChecklist'),
          cell: (program) =>
            program.eligibilityChecklist.length === 0 ? (
              '—'
            ) : (
              <ul className="plain-list">
                {program.eligibilityChecklist.map((criterion) => (
                  <li key={criterion.code}>{criterion.label}</li>
                ))}
              </ul>
            ),
        },
        status,
      ]}
      renderEditor={(editing, { close, saved }) => (
        <ProgramForm program={editing.mode === 'edit' ? editing.item : undefined} onCancel={close} onSaved={saved} />
      )}
    />
  );
}
