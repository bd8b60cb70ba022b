import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert } from './alert';
import { Field } from './field';

/** The API's refusal to give a worker one more case than their program's limit (`caseload-full`). */
export interface CaseloadFull {
  workerId: string;
  caseload: number | null;
  caseloadLimit: number | null;
}

/**
 * Says that the chosen worker is at their caseload limit; a coordinator may assign anyway with a
 * reason (the field shown when `overriding`), anyone else is told only a coordinator may.
 */
export function CaseloadFullNotice({
  full,
  workerName,
  overriding,
  reason,
  reasonError,
}: {
  full: CaseloadFull;
  workerName: string;
  overriding: boolean;
  reason: UseFormRegisterReturn;
  reasonError: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Alert tone="warning" title={t('caseloadFull.title')}>
        <p>
          {t('caseloadFull.body', {
            name: workerName,
            caseload: full.caseload ?? '?',
            limit: full.caseloadLimit ?? '?',
          })}
        </p>
        {!overriding && <p>{t('caseloadFull.coordinatorOnly')}</p>}
      </Alert>
      {overriding && (
        <Field
          label={t('caseloadFull.overrideReason')}
          hint={t('caseloadFull.overrideHint')}
          error={reasonError}
          required
        >
          {(control) => <textarea {...control} {...reason} rows={2} />}
        </Field>
      )}
    </>
  );
}
