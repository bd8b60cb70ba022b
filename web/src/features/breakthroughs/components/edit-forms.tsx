import { zodResolver } from '@hookform/resolvers/zod';
import { type Breakthrough, BreakthroughUpdate, type CostCatalogueItem } from '@percee/shared';
import { useMemo } from 'react';
import { Controller, get, type Path, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Alert } from '../../../components/alert';
import { FormActions } from '../../../components/form-parts';
import { isProblem } from '../../../lib/api-client';
import { localDate } from '../../../lib/dates';
import { isStaleError } from '../../../lib/errors';
import { useServerForm, zodErrorOptions } from '../../../lib/forms';
import { i18n } from '../../../lib/i18n';
import { useSetScenario, useUpdateBreakthrough } from '../api';
import {
  BreakthroughText,
  draftOf,
  interventionCentsOf,
  previewScenario,
  SCENARIO_FIELD,
  type ScenarioDraft,
  ScenarioFormSchema,
} from '../scenario';
import { AvoidedCostPreview } from './avoided-cost-preview';
import { BreakthroughFields } from './breakthrough-fields';
import { ScenarioEditor } from './scenario-editor';

/** Cents as typed euros ("1234,56"), for an input. */
const centsToText = (cents: number) => `${Math.trunc(cents / 100)},${String(cents % 100).padStart(2, '0')}`;

const DetailsSchema = (approvalEditable: boolean) =>
  BreakthroughText.transform((values, context): BreakthroughUpdate => {
    const interventionCents = interventionCentsOf(values.intervention);
    if (approvalEditable && interventionCents === undefined) {
      context.addIssue({ code: 'custom', path: ['intervention'], message: i18n.t('breakthroughs.form.amountInvalid') });
      return z.NEVER;
    }
    return {
      title: values.title,
      domain: values.domain as BreakthroughUpdate['domain'],
      category: values.category as BreakthroughUpdate['category'],
      responsible: values.responsible,
      dueDate: values.dueDate === '' ? null : values.dueDate,
      ...(approvalEditable ? { interventionCents: interventionCents ?? 0, needsApproval: values.needsApproval } : {}),
    };
  }).pipe(BreakthroughUpdate);

const DETAIL_FIELDS = new Set(['title', 'domain', 'category', 'responsible', 'dueDate', 'needsApproval']);
const detailsField = (apiField: string): Path<BreakthroughText> | null =>
  apiField === 'interventionCents'
    ? 'intervention'
    : DETAIL_FIELDS.has(apiField)
      ? (apiField as Path<BreakthroughText>)
      : null;

interface EditProps {
  breakthrough: Breakthrough;
  onSaved: () => void;
  onCancel: () => void;
  /** Someone else changed the breakthrough (412): the page offers to reload it. */
  onStale: () => void;
}

/** Edit what a breakthrough is; its cost and sign-off flag only while it is proposed. */
export function DetailsForm({ breakthrough, onSaved, onCancel, onStale }: EditProps) {
  const { t } = useTranslation();
  const update = useUpdateBreakthrough();
  const approvalEditable = breakthrough.status === 'proposed';
  const {
    register,
    formState: { errors, isSubmitting },
    onSubmit,
    formError,
  } = useServerForm(
    {
      resolver: zodResolver(DetailsSchema(approvalEditable), zodErrorOptions),
      defaultValues: {
        title: breakthrough.title,
        domain: breakthrough.domain,
        category: breakthrough.category,
        responsible: breakthrough.responsible,
        intervention: centsToText(breakthrough.interventionCents),
        dueDate: breakthrough.dueDate ?? '',
        needsApproval: breakthrough.needsApproval,
      },
    },
    {
      serverFields: { rename: detailsField },
      submit: async (changes) => {
        await update.mutateAsync({ current: breakthrough, changes });
        onSaved();
      },
      onProblem: (error) => {
        if (isStaleError(error)) {
          onStale();
          return null;
        }
        if (isProblem(error, 'approval-locked') || isProblem(error, 'breakthrough-closed')) {
          return t(`breakthroughs.problems.${error.slug as 'approval-locked' | 'breakthrough-closed'}`);
        }
        return undefined;
      },
    },
  );

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <BreakthroughFields register={register} errors={errors} approvalEditable={approvalEditable} />
      <FormActions submitting={isSubmitting} label={t('common.save')} onCancel={onCancel} />
    </form>
  );
}

interface ScenarioFormProps extends EditProps {
  catalogue: readonly CostCatalogueItem[];
}

const scenarioField = (apiField: string): Path<{ scenario: ScenarioDraft }> | null => {
  const field = `scenario.${apiField}`;
  return SCENARIO_FIELD.test(field) ? (field as Path<{ scenario: ScenarioDraft }>) : null;
};

/**
 * Replace the two scenarios of an open breakthrough, with the live preview. The expected figures the
 * server stores are priced on the proposal date; the preview uses today's prices.
 */
export function ScenarioForm({ breakthrough, catalogue, onSaved, onCancel, onStale }: ScenarioFormProps) {
  const { t } = useTranslation();
  const setScenario = useSetScenario();
  const today = localDate();
  const {
    control,
    formState: { errors, isSubmitting },
    onSubmit,
    formError,
  } = useServerForm(
    {
      resolver: zodResolver(ScenarioFormSchema, zodErrorOptions),
      defaultValues: { scenario: draftOf(breakthrough.scenario) },
    },
    {
      serverFields: { rename: scenarioField },
      submit: async (values) => {
        await setScenario.mutateAsync({ current: breakthrough, scenario: values.scenario });
        onSaved();
      },
      onProblem: (error) => {
        if (isStaleError(error)) {
          onStale();
          return null;
        }
        if (isProblem(error, 'breakthrough-closed')) return t('breakthroughs.problems.breakthrough-closed');
        return undefined;
      },
    },
  );
  const scenario = useWatch({ control, name: 'scenario' });
  const preview = useMemo(
    () => previewScenario(scenario, breakthrough.interventionCents, catalogue, today),
    [scenario, breakthrough.interventionCents, catalogue, today],
  );

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="scenario-layout">
        <div className="scenario-layout__editor">
          <Controller
            control={control}
            name="scenario"
            render={({ field }) => (
              <ScenarioEditor
                value={field.value}
                onChange={field.onChange}
                catalogue={catalogue}
                preview={preview}
                errorOf={(path) => (get(errors, path) as { message?: string } | undefined)?.message}
              />
            )}
          />
        </div>
        <div className="scenario-layout__preview">
          <AvoidedCostPreview preview={preview} date={today} />
        </div>
      </div>
      <FormActions submitting={isSubmitting} label={t('scenario.save')} onCancel={onCancel} />
    </form>
  );
}
