import { type Case, type ConsentPurpose, consentPurposes, InvolvementCreate } from '@percee/shared';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Field } from '../../../components/field';
import { FormActions, FormNotices, SelectField } from '../../../components/form-parts';
import { ListStatus } from '../../../components/list-status';
import { LoadMore } from '../../../components/load-more';
import { PartnerServiceSelect } from '../../../components/partner-service-select';
import { isProblem } from '../../../lib/api-client';
import { useEntryForm } from '../../../lib/entry-form';
import { blankToNull } from '../../../lib/forms';
import { useFormat } from '../../../lib/i18n/format';
import { useKeysetList } from '../../../lib/keyset';
import { involvementsQueryOptions, useEndInvolvement, useInvolve } from '../api';

const InvolveInput = z
  .object({ partnerServiceId: z.string(), purpose: z.string(), note: z.string() })
  .transform(
    (values): InvolvementCreate => ({
      partnerServiceId: values.partnerServiceId,
      purpose: values.purpose as ConsentPurpose, // checked by InvolvementCreate below
      note: blankToNull(values.note),
    }),
  )
  .pipe(InvolvementCreate);

const FIELDS = ['partnerServiceId', 'purpose', 'note'] as const;
const empty = () => ({ partnerServiceId: '', purpose: '', note: '' });

/** Partner services involved in the case, whether a consent covers each now, and a form to involve one. */
export function PartnersSection({ caseItem }: { caseItem: Case }) {
  const { t } = useTranslation();
  const format = useFormat();
  const involvements = useKeysetList(involvementsQueryOptions(caseItem.id));
  const end = useEndInvolvement(caseItem.id);
  const items = involvements.items;

  return (
    <div className="stack">
      <ListStatus query={involvements} count={items.length} empty={t('involvements.empty')}>
        <ul className="plain-list">
          {items.map((involvement) => (
            <li key={involvement.id}>
              <strong>{involvement.partnerService.name}</strong> · {t(`enums.consentPurpose.${involvement.purpose}`)} ·{' '}
              {involvement.endedAt
                ? t('involvements.ended', { date: format.date(involvement.endedAt) })
                : involvement.consentActive
                  ? t('involvements.active')
                  : t('involvements.noConsent')}
              {!involvement.endedAt && (
                <button
                  type="button"
                  className="button"
                  disabled={end.isPending}
                  onClick={() => end.mutate(involvement.id)}
                  aria-label={t('involvements.endLabel', { name: involvement.partnerService.name })}
                >
                  {t('involvements.end')}
                </button>
              )}
            </li>
          ))}
        </ul>
        <LoadMore {...involvements} />
      </ListStatus>
      {!caseItem.closedAt && <InvolveForm caseId={caseItem.id} />}
    </div>
  );
}

export function InvolveForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const involve = useInvolve(caseId);
  const {
    register,
    onSubmit,
    formError,
    saved,
    formState: { errors, isSubmitting },
  } = useEntryForm({
    schema: InvolveInput,
    empty,
    serverFields: FIELDS,
    save: involve.mutateAsync,
    onProblem: (error) => (isProblem(error, 'consent-missing') ? t('involvements.consentMissing') : undefined),
  });

  return (
    <form className="form card" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
      <h3>{t('involvements.newTitle')}</h3>
      <FormNotices saved={saved && t('involvements.saved')} error={formError} />
      <div className="form-grid">
        <PartnerServiceSelect
          label={t('involvements.service')}
          error={errors.partnerServiceId?.message}
          registration={register('partnerServiceId')}
        />
        <SelectField
          label={t('involvements.purpose')}
          error={errors.purpose?.message}
          required
          registration={register('purpose')}
          options={consentPurposes.map((purpose) => ({
            value: purpose,
            label: t(`enums.consentPurpose.${purpose}`),
          }))}
        />
      </div>
      <Field label={t('involvements.note')} error={errors.note?.message}>
        {(control) => <input {...control} {...register('note')} type="text" />}
      </Field>
      <FormActions submitting={isSubmitting} label={t('involvements.save')} />
    </form>
  );
}
