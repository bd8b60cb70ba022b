import { zodResolver } from '@hookform/resolvers/zod';
import {
  type CostCatalogueItem,
  CostCatalogueItemCreate,
  CostCatalogueItemUpdate,
  CostPriceCreate,
  costCategories,
  costUnits,
} from '@percee/shared';
import type { Path, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Alert } from '../../../components/alert';
import { Field } from '../../../components/field';
import { FormActions, SelectField } from '../../../components/form-parts';
import { isProblem } from '../../../lib/api-client';
import { localDate } from '../../../lib/dates';
import { blankToNull, useServerForm, zodErrorOptions } from '../../../lib/forms';
import { i18n, type Language, languages } from '../../../lib/i18n';
import { useFormat } from '../../../lib/i18n/format';
import { parseEuroToCents } from '../../../lib/money';
import { useAddCostPrice, useCreateCostItem, useUpdateCostItem } from '../api';

/** A price typed in euros → integer cents, or an issue on `path`. */
function priceCents(text: string, path: (string | number)[], context: z.RefinementCtx): number {
  const cents = parseEuroToCents(text);
  if (cents === null) {
    context.addIssue({ code: 'custom', path, message: i18n.t('catalogue.priceInvalid') });
    return z.NEVER;
  }
  return cents;
}

const LabelsText = z.object({ fr: z.string(), nl: z.string(), en: z.string() });

const CreateInput = z
  .object({
    code: z.string(),
    labels: LabelsText,
    category: z.string(),
    unit: z.string(),
    sourceNote: z.string(),
    validFrom: z.string(),
    price: z.string(),
    priceNote: z.string(),
  })
  .transform(
    (values, context): CostCatalogueItemCreate => ({
      code: values.code,
      labels: values.labels,
      category: values.category as CostCatalogueItemCreate['category'],
      unit: values.unit as CostCatalogueItemCreate['unit'],
      sourceNote: blankToNull(values.sourceNote),
      firstPrice: {
        validFrom: values.validFrom,
        unitPriceCents: priceCents(values.price, ['price'], context),
        note: blankToNull(values.priceNote),
      },
    }),
  )
  .pipe(CostCatalogueItemCreate);

type CreateValues = z.input<typeof CreateInput>;

/** API fields → form fields (the first price is flattened in the form). */
function createField(field: string): Path<CreateValues> | null {
  if (field === 'firstPrice.validFrom') return 'validFrom';
  if (field === 'firstPrice.unitPriceCents') return 'price';
  if (field === 'firstPrice.note') return 'priceNote';
  return /^(code|category|unit|sourceNote|labels\.(fr|nl|en))$/.test(field) ? (field as Path<CreateValues>) : null;
}

interface FormProps {
  onSaved: (item: CostCatalogueItem) => void;
  onCancel: () => void;
}

/** The labels of an item in the three interface languages. */
function LabelFields({
  registration,
  errorOf,
}: {
  registration: (language: Language) => UseFormRegisterReturn;
  errorOf: (language: Language) => string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="form-section">
      <legend>{t('catalogue.fields.labels')}</legend>
      <div className="form-grid">
        {languages.map((language) => (
          <Field
            key={language}
            label={t('catalogue.fields.labelIn', { language: t(`locales.${language}`) })}
            error={errorOf(language)}
            required
          >
            {(control) => <input {...control} {...registration(language)} type="text" lang={language} />}
          </Field>
        ))}
      </div>
    </fieldset>
  );
}

/** Add an item to the catalogue with its first price. */
export function CreateCostItemForm({ onSaved, onCancel }: FormProps) {
  const { t } = useTranslation();
  const create = useCreateCostItem();
  const {
    register,
    setError,
    formState: { errors, isSubmitting },
    onSubmit,
    formError,
  } = useServerForm(
    {
      resolver: zodResolver(CreateInput, zodErrorOptions),
      defaultValues: {
        code: '',
        labels: { fr: '', nl: '', en: '' },
        category: '',
        unit: '',
        sourceNote: '',
        validFrom: localDate(),
        price: '',
        priceNote: '',
      },
    },
    {
      serverFields: { rename: createField },
      submit: async (body) => {
        onSaved(await create.mutateAsync(body));
      },
      onProblem: (error) => {
        if (isProblem(error, 'duplicate-code')) {
          setError('code', { type: 'server', message: t('catalogue.duplicateCode') }, { shouldFocus: true });
          return t('validation.summary');
        }
        return undefined;
      },
    },
  );

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="form-grid">
        <Field label={t('catalogue.fields.code')} hint={t('catalogue.codeHint')} error={errors.code?.message} required>
          {(control) => <input {...control} {...register('code')} type="text" autoComplete="off" spellCheck={false} />}
        </Field>
        <SelectField
          label={t('catalogue.fields.category')}
          error={errors.category?.message}
          required
          registration={register('category')}
          options={costCategories.map((category) => ({
            value: category,
            label: t(`enums.costCategory.${category}`),
          }))}
        />
        <SelectField
          label={t('catalogue.fields.unit')}
          error={errors.unit?.message}
          required
          registration={register('unit')}
          options={costUnits.map((unit) => ({ value: unit, label: t(`catalogue.units.${unit}`) }))}
        />
      </div>
      <LabelFields
        registration={(language) => register(`labels.${language}`)}
        errorOf={(language) => errors.labels?.[language]?.message}
      />
      <Field
        label={t('catalogue.fields.sourceNote')}
        hint={t('catalogue.sourceHint')}
        error={errors.sourceNote?.message}
      >
        {(control) => <textarea {...control} {...register('sourceNote')} rows={2} />}
      </Field>
      <fieldset className="form-section">
        <legend>{t('catalogue.firstPrice')}</legend>
        <div className="form-grid">
          <Field
            label={t('catalogue.fields.price')}
            hint={t('catalogue.priceHint')}
            error={errors.price?.message}
            required
          >
            {(control) => (
              <input {...control} {...register('price')} type="text" inputMode="decimal" autoComplete="off" />
            )}
          </Field>
          <Field label={t('catalogue.fields.validFrom')} error={errors.validFrom?.message} required>
            {(control) => <input {...control} {...register('validFrom')} type="date" />}
          </Field>
        </div>
        <Field label={t('catalogue.fields.priceNote')} error={errors.priceNote?.message}>
          {(control) => <input {...control} {...register('priceNote')} type="text" />}
        </Field>
      </fieldset>
      <FormActions submitting={isSubmitting} label={t('common.create')} onCancel={onCancel} />
    </form>
  );
}

const UpdateInput = z
  .object({ labels: LabelsText, sourceNote: z.string(), toReview: z.boolean(), active: z.boolean() })
  .transform((values): CostCatalogueItemUpdate => ({ ...values, sourceNote: blankToNull(values.sourceNote) }))
  .pipe(CostCatalogueItemUpdate);

/** Edit the labels, the source note and the flags of an item (never its prices). */
export function EditCostItemForm({ item, onSaved, onCancel }: FormProps & { item: CostCatalogueItem }) {
  const { t } = useTranslation();
  const update = useUpdateCostItem();
  const {
    register,
    formState: { errors, isSubmitting },
    onSubmit,
    formError,
  } = useServerForm(
    {
      resolver: zodResolver(UpdateInput, zodErrorOptions),
      defaultValues: {
        labels: item.labels,
        sourceNote: item.sourceNote ?? '',
        toReview: item.toReview,
        active: item.active,
      },
    },
    {
      serverFields: ['labels.fr', 'labels.nl', 'labels.en', 'sourceNote'],
      submit: async (changes) => {
        onSaved(await update.mutateAsync({ id: item.id, changes }));
      },
    },
  );

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <LabelFields
        registration={(language) => register(`labels.${language}`)}
        errorOf={(language) => errors.labels?.[language]?.message}
      />
      <Field
        label={t('catalogue.fields.sourceNote')}
        hint={t('catalogue.sourceHint')}
        error={errors.sourceNote?.message}
      >
        {(control) => <textarea {...control} {...register('sourceNote')} rows={2} />}
      </Field>
      <label className="checkbox">
        <input type="checkbox" {...register('toReview')} />
        <span>{t('catalogue.fields.toReview')}</span>
      </label>
      <label className="checkbox">
        <input type="checkbox" {...register('active')} />
        <span>{t('catalogue.fields.active')}</span>
      </label>
      <FormActions submitting={isSubmitting} label={t('common.save')} onCancel={onCancel} />
    </form>
  );
}

const PriceInput = z
  .object({ validFrom: z.string(), price: z.string(), note: z.string() })
  .transform(
    (values, context): CostPriceCreate => ({
      validFrom: values.validFrom,
      unitPriceCents: priceCents(values.price, ['price'], context),
      note: blankToNull(values.note),
    }),
  )
  .pipe(CostPriceCreate);

/** The day after an ISO date. */
function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00`);
  next.setDate(next.getDate() + 1);
  return localDate(next);
}

/** Add a price valid from a date, after the latest one: the past is never rewritten. */
export function AddPriceForm({ item, onSaved, onCancel }: FormProps & { item: CostCatalogueItem }) {
  const { t } = useTranslation();
  const format = useFormat();
  const addPrice = useAddCostPrice();
  const latest = item.prices.at(-1)?.validFrom ?? null;
  const earliest = latest ? dayAfter(latest) : undefined;
  const {
    register,
    onSubmit,
    formError,
    formState: { errors, isSubmitting },
  } = useServerForm(
    {
      resolver: zodResolver(PriceInput, zodErrorOptions),
      defaultValues: {
        validFrom: earliest && earliest > localDate() ? earliest : localDate(),
        price: '',
        note: '',
      },
    },
    {
      serverFields: ['validFrom', 'note'],
      submit: async (price) => onSaved(await addPrice.mutateAsync({ id: item.id, price })),
      onProblem: (error, form) => {
        if (!isProblem(error, 'price-history')) return undefined;
        const message = latest ? t('catalogue.priceAfter', { date: format.date(latest) }) : t('catalogue.priceExists');
        form.setError('validFrom', { type: 'server', message }, { shouldFocus: true });
        return t('validation.summary');
      },
    },
  );

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="form-grid">
        <Field
          label={t('catalogue.fields.price')}
          hint={t('catalogue.priceHint')}
          error={errors.price?.message}
          required
        >
          {(control) => (
            <input {...control} {...register('price')} type="text" inputMode="decimal" autoComplete="off" />
          )}
        </Field>
        <Field
          label={t('catalogue.fields.validFrom')}
          hint={latest ? t('catalogue.validFromHint', { date: format.date(latest) }) : undefined}
          error={errors.validFrom?.message}
          required
        >
          {(control) => <input {...control} {...register('validFrom')} type="date" min={earliest} />}
        </Field>
      </div>
      <Field label={t('catalogue.fields.priceNote')} error={errors.note?.message}>
        {(control) => <input {...control} {...register('note')} type="text" />}
      </Field>
      <FormActions submitting={isSubmitting} label={t('catalogue.addPrice')} onCancel={onCancel} />
    </form>
  );
}
