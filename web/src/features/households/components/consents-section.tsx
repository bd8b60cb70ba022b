import {
  type Consent,
  ConsentCreate,
  type ConsentPurpose,
  consentPurposes,
  type LegalBasis,
  legalBases,
  type Person,
} from '@percee/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { DataTable } from '../../../components/data-table';
import { Field } from '../../../components/field';
import { FormActions, FormNotices, SelectField } from '../../../components/form-parts';
import { ListStatus } from '../../../components/list-status';
import { LoadMore } from '../../../components/load-more';
import { PartnerServiceSelect } from '../../../components/partner-service-select';
import { useEntryForm } from '../../../lib/entry-form';
import { errorMessage } from '../../../lib/errors';
import { blankToNull } from '../../../lib/forms';
import { useFormat } from '../../../lib/i18n/format';
import { useKeysetList } from '../../../lib/keyset';
import { consentsQueryOptions, useRecordConsent, useWithdrawConsent } from '../api';

/** Form inputs (text) → the shared `ConsentCreate`; the expiry is a calendar date, kept to the end of that day. */
const ConsentInput = z
  .object({
    personId: z.string(),
    purpose: z.string(),
    partnerServiceId: z.string(),
    legalBasis: z.string(),
    expiresOn: z.string(),
    evidenceNote: z.string(),
  })
  .transform(
    (values): ConsentCreate => ({
      personId: values.personId,
      purpose: values.purpose as ConsentPurpose, // checked by ConsentCreate below
      partnerServiceId: values.partnerServiceId,
      legalBasis: values.legalBasis as LegalBasis,
      expiresAt: values.expiresOn ? new Date(`${values.expiresOn}T23:59:59`).toISOString() : null,
      evidenceNote: blankToNull(values.evidenceNote),
    }),
  )
  .pipe(ConsentCreate);

const FIELDS = ['personId', 'purpose', 'partnerServiceId', 'legalBasis', 'evidenceNote'] as const;

const empty = () => ({
  personId: '',
  purpose: '',
  partnerServiceId: '',
  legalBasis: '',
  expiresOn: '',
  evidenceNote: '',
});

/** The household's consent and legal-basis register: every line kept, withdrawals recorded on it. */
export function ConsentsSection({ householdId, members }: { householdId: string; members: Person[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const consents = useKeysetList(consentsQueryOptions(householdId));
  const lines = consents.items;

  return (
    <section className="card" aria-labelledby="household-consents-title">
      <h2 id="household-consents-title">{t('consents.title')}</h2>
      <p className="muted">{t('consents.intro')}</p>
      <ListStatus query={consents} count={lines.length} empty={t('consents.empty')}>
        <DataTable
          caption={t('consents.title')}
          columns={[
            { label: t('consents.fields.person') },
            { label: t('consents.fields.purpose') },
            { label: t('consents.fields.recipient') },
            { label: t('consents.fields.legalBasis') },
            { label: t('consents.fields.status') },
            { label: t('consents.actions'), labelHidden: true },
          ]}
        >
          <tbody>
            {lines.map((consent) => (
              <tr key={consent.id}>
                <th scope="row" data-label={t('consents.fields.person')}>
                  {consent.person.displayName}
                  {consent.evidenceNote && <span className="cell-secondary">{consent.evidenceNote}</span>}
                </th>
                <td data-label={t('consents.fields.purpose')}>{t(`enums.consentPurpose.${consent.purpose}`)}</td>
                <td data-label={t('consents.fields.recipient')}>{consent.recipient.name}</td>
                <td data-label={t('consents.fields.legalBasis')}>{t(`enums.legalBasis.${consent.legalBasis}`)}</td>
                <td data-label={t('consents.fields.status')}>
                  {t(`consents.status.${consent.status}`)}
                  <span className="cell-secondary">
                    {t('consents.grantedOn', { date: format.date(consent.grantedAt) })}
                    {consent.expiresAt && ` · ${t('consents.expiresOn', { date: format.date(consent.expiresAt) })}`}
                    {consent.withdrawnAt &&
                      ` · ${t('consents.withdrawnOn', { date: format.date(consent.withdrawnAt) })}: ${consent.withdrawalReason ?? ''}`}
                  </span>
                </td>
                <td>{!consent.withdrawnAt && <WithdrawButton householdId={householdId} consent={consent} />}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </ListStatus>
      <LoadMore {...consents} />
      <ConsentForm householdId={householdId} members={members} />
    </section>
  );
}

function WithdrawButton({ householdId, consent }: { householdId: string; consent: Consent }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawConsent(householdId);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = `withdraw-reason-${consent.id}`;

  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('consents.withdraw')}
      </button>
    );
  }
  return (
    <form
      className="stack"
      onSubmit={async (event) => {
        event.preventDefault();
        if (reason.trim() === '') return setError(t('consents.reasonRequired'));
        try {
          await withdraw.mutateAsync({ id: consent.id, reason: reason.trim() });
          setOpen(false);
        } catch (caught) {
          setError(errorMessage(caught, t));
        }
      }}
    >
      <label htmlFor={inputId}>{t('consents.withdrawalReason')}</label>
      <input
        id={inputId}
        type="text"
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${inputId}-error` : undefined}
      />
      {error && (
        <p id={`${inputId}-error`} className="field-error">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={withdraw.isPending}>
          {t('consents.confirmWithdraw')}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

export function ConsentForm({ householdId, members }: { householdId: string; members: Person[] }) {
  const { t } = useTranslation();
  const record = useRecordConsent(householdId);
  const {
    register,
    onSubmit,
    formError,
    saved,
    formState: { errors, isSubmitting },
  } = useEntryForm({ schema: ConsentInput, empty, serverFields: FIELDS, save: record.mutateAsync });

  return (
    <form className="form card" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
      <h3>{t('consents.newTitle')}</h3>
      <FormNotices saved={saved && t('consents.saved')} error={formError} />
      <div className="form-grid">
        <SelectField
          label={t('consents.fields.person')}
          error={errors.personId?.message}
          required
          registration={register('personId')}
          options={members.map((member) => ({
            value: member.id,
            label: (
              <>
                {member.firstName} {member.lastName}
              </>
            ),
          }))}
        />
        <SelectField
          label={t('consents.fields.purpose')}
          error={errors.purpose?.message}
          required
          registration={register('purpose')}
          options={consentPurposes.map((purpose) => ({
            value: purpose,
            label: t(`enums.consentPurpose.${purpose}`),
          }))}
        />
        <PartnerServiceSelect
          label={t('consents.fields.recipient')}
          error={errors.partnerServiceId?.message}
          registration={register('partnerServiceId')}
        />
        <SelectField
          label={t('consents.fields.legalBasis')}
          error={errors.legalBasis?.message}
          required
          registration={register('legalBasis')}
          options={legalBases.map((basis) => ({ value: basis, label: t(`enums.legalBasis.${basis}`) }))}
        />
        <Field label={t('consents.fields.expiresOn')} error={errors.expiresOn?.message}>
          {(control) => <input {...control} {...register('expiresOn')} type="date" />}
        </Field>
      </div>
      <Field label={t('consents.fields.evidenceNote')} error={errors.evidenceNote?.message}>
        {(control) => <input {...control} {...register('evidenceNote')} type="text" />}
      </Field>
      <FormActions submitting={isSubmitting} label={t('consents.save')} />
    </form>
  );
}
