import { type Aid, AidCreate, aidKinds, aidNatures, type Case } from '@percee/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { DataTable } from '../../../components/data-table';
import { Field } from '../../../components/field';
import { FormActions, SelectField } from '../../../components/form-parts';
import { LoadMore } from '../../../components/load-more';
import { PageLoader } from '../../../components/page-loader';
import { QueryError } from '../../../components/query-error';
import { RecordCorrection, VoidedNote } from '../../../components/record-correction';
import { localDate } from '../../../lib/dates';
import { blankToNull } from '../../../lib/forms';
import { i18n } from '../../../lib/i18n';
import { useFormat } from '../../../lib/i18n/format';
import { useKeysetList } from '../../../lib/keyset';
import { parseEuroToCents } from '../../../lib/money';
import { aidQueryOptions, aidTotalQueryOptions, caseKeys, useCreateAid } from '../api';
import { JournalFormNotices, useJournalForm } from './journal-form';

type AidKind = (typeof aidKinds)[number];
type AidNature = (typeof aidNatures)[number];

/**
 * Inputs (text) → the API's `AidCreate`. The amount is typed in euros ("12,50") and sent as integer
 * cents (1250), parsed without floating point; an amount that is not one is refused here.
 */
const AidInput = z
  .object({
    kind: z.string(),
    nature: z.string(),
    amountCents: z.string(),
    grantedOn: z.string(),
    note: z.string(),
  })
  .transform((values, context): AidCreate => {
    let amountCents: number | null = null;
    if (values.amountCents.trim() !== '') {
      amountCents = parseEuroToCents(values.amountCents);
      if (amountCents === null) {
        context.addIssue({ code: 'custom', path: ['amountCents'], message: i18n.t('aid.amountInvalid') });
        return z.NEVER;
      }
    }
    return {
      kind: values.kind as AidKind, // checked by AidCreate below
      nature: values.nature as AidNature,
      amountCents,
      grantedOn: values.grantedOn,
      note: blankToNull(values.note),
    };
  })
  .pipe(AidCreate);

const FIELDS = ['kind', 'nature', 'amountCents', 'grantedOn', 'note'] as const;

const emptyAid = () => ({ kind: '', nature: '', amountCents: '', grantedOn: localDate(), note: '' });

/**
 * Aid granted on the case (material, financial, social), page by page, with the total of every
 * grant (summed by the server, not over the rows loaded so far), and a form to record more.
 */
export function AidSection({ caseItem }: { caseItem: Case }) {
  const { t } = useTranslation();
  const format = useFormat();
  const aid = useKeysetList(aidQueryOptions(caseItem.id));
  const total = useQuery(aidTotalQueryOptions(caseItem.id));
  const rows = aid.items;

  return (
    <div className="stack">
      {aid.isPending ? (
        <PageLoader />
      ) : aid.isError && rows.length === 0 ? (
        <QueryError error={aid.error} onRetry={() => void aid.refetch()} />
      ) : rows.length === 0 ? (
        <p className="empty-state">{t('aid.empty')}</p>
      ) : (
        <>
          <DataTable
            caption={t('aid.title')}
            columns={[
              { label: t('aid.fields.grantedOn') },
              { label: t('aid.fields.kind') },
              { label: t('aid.fields.nature') },
              { label: t('aid.fields.amount'), numeric: true },
              { label: t('corrections.column') },
            ]}
          >
            <tbody>
              {rows.map((item) => (
                <tr key={item.id} data-voided={item.voided ? 'true' : undefined}>
                  <th scope="row" data-label={t('aid.fields.grantedOn')}>
                    <VoidedNote voided={item.voided} />
                    <time dateTime={item.grantedOn}>{format.date(item.grantedOn)}</time>
                    {item.note && <span className="cell-secondary">{item.note}</span>}
                  </th>
                  <td data-label={t('aid.fields.kind')}>{t(`enums.aidKind.${item.kind}`)}</td>
                  <td data-label={t('aid.fields.nature')}>{t(`enums.aidNature.${item.nature}`)}</td>
                  <td data-label={t('aid.fields.amount')} className="numeric">
                    {item.amountCents === null ? '—' : format.euros(item.amountCents)}
                  </td>
                  <td data-label={t('corrections.column')}>
                    {item.correctedAt && <span className="cell-secondary">{t('corrections.corrected')}</span>}
                    {!caseItem.closedAt && <AidCorrection aid={item} />}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot className="data-table__foot">
              <tr>
                <th scope="row" colSpan={3}>
                  {aid.hasNextPage && total.data ? t('aid.totalOfAll', { number: total.data.grants }) : t('aid.total')}
                </th>
                <td className="numeric">
                  {total.data ? format.euros(total.data.totalCents) : total.isError ? '—' : t('common.loading')}
                </td>
                <td />
              </tr>
            </tfoot>
          </DataTable>
          {aid.isError && <QueryError error={aid.error} onRetry={() => void aid.fetchNextPage()} />}
          {total.isError && <QueryError error={total.error} onRetry={() => void total.refetch()} />}
          <LoadMore {...aid} />
        </>
      )}
      {caseItem.closedAt ? <p className="muted">{t('aid.closed')}</p> : <AidForm caseId={caseItem.id} />}
    </div>
  );
}

export function AidForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const createAid = useCreateAid(caseId);
  const {
    register,
    onSubmit,
    formError,
    draft,
    saved,
    formState: { errors, isSubmitting },
  } = useJournalForm({
    caseId,
    draft: { form: 'aid', scope: caseId },
    schema: AidInput,
    empty: emptyAid,
    serverFields: FIELDS,
    save: (values) => createAid.mutateAsync(values),
    movedOn: { slug: 'case-closed', message: t('cases.closedMeanwhile') },
  });

  return (
    <form className="form card" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
      <h3>{t('aid.newTitle')}</h3>
      <JournalFormNotices saved={saved} savedMessage={t('aid.saved')} formError={formError} draft={draft} />
      <div className="form-grid">
        <SelectField
          label={t('aid.fields.kind')}
          error={errors.kind?.message}
          required
          registration={register('kind')}
          options={aidKinds.map((kind) => ({ value: kind, label: t(`enums.aidKind.${kind}`) }))}
        />
        <SelectField
          label={t('aid.fields.nature')}
          error={errors.nature?.message}
          required
          registration={register('nature')}
          options={aidNatures.map((nature) => ({ value: nature, label: t(`enums.aidNature.${nature}`) }))}
        />
        <Field label={t('aid.fields.amountEuros')} hint={t('aid.amountHint')} error={errors.amountCents?.message}>
          {(control) => (
            <input {...control} {...register('amountCents')} type="text" inputMode="decimal" autoComplete="off" />
          )}
        </Field>
        <Field label={t('aid.fields.grantedOn')} error={errors.grantedOn?.message} required>
          {(control) => <input {...control} {...register('grantedOn')} type="date" max={localDate()} />}
        </Field>
      </div>
      <Field label={t('aid.fields.note')} error={errors.note?.message}>
        {(control) => <input {...control} {...register('note')} type="text" />}
      </Field>
      <FormActions submitting={isSubmitting} label={t('aid.save')} />
    </form>
  );
}

/** Correct or void an aid entry (its author, a coordinator), or read its earlier versions. */
function AidCorrection({ aid }: { aid: Aid }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const format = useFormat();
  const fields = [
    { name: 'grantedOn', label: t('aid.fields.grantedOn'), type: 'date' },
    {
      name: 'kind',
      label: t('aid.fields.kind'),
      type: 'select',
      options: aidKinds.map((kind) => ({ value: kind, label: t(`enums.aidKind.${kind}`) })),
    },
    {
      name: 'nature',
      label: t('aid.fields.nature'),
      type: 'select',
      options: aidNatures.map((nature) => ({ value: nature, label: t(`enums.aidNature.${nature}`) })),
    },
    { name: 'amountCents', label: t('aid.fields.amount'), type: 'text' },
    { name: 'note', label: t('aid.fields.note'), type: 'textarea' },
  ] as const;
  return (
    <RecordCorrection
      kind="aid"
      record={{ id: aid.id, version: aid.version, voided: aid.voided, authorIds: [aid.recordedBy] }}
      fields={fields}
      initial={{
        grantedOn: aid.grantedOn,
        kind: aid.kind,
        nature: aid.nature,
        // Typed in euros, as when recording it.
        amountCents: aid.amountCents === null ? '' : format.euros(aid.amountCents).replace(/\s*€\s*/g, ''),
        note: aid.note ?? '',
      }}
      toApi={(changed) => {
        const body: Record<string, unknown> = {};
        if (changed.grantedOn !== undefined) body.grantedOn = changed.grantedOn;
        if (changed.kind !== undefined) body.kind = changed.kind;
        if (changed.nature !== undefined) body.nature = changed.nature;
        if (changed.amountCents !== undefined) {
          // An amount that is not one is sent as such: the server refuses it under the field.
          body.amountCents = changed.amountCents.trim() === '' ? null : (parseEuroToCents(changed.amountCents) ?? -1);
        }
        if (changed.note !== undefined) body.note = changed.note.trim() || null;
        return body;
      }}
      onChanged={() => queryClient.invalidateQueries({ queryKey: caseKeys.detail(aid.caseId) })}
    />
  );
}
