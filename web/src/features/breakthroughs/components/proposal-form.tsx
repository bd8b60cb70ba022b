import { zodResolver } from '@hookform/resolvers/zod';
import type { Breakthrough } from '@percee/shared';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Controller, get, type Path, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { DraftNotice } from '../../../components/draft-notice';
import { FormActions } from '../../../components/form-parts';
import { PageLoader } from '../../../components/page-loader';
import { QueryError } from '../../../components/query-error';
import { isProblem } from '../../../lib/api-client';
import { localDate } from '../../../lib/dates';
import { isNetworkError } from '../../../lib/errors';
import { draftKey, useFormDraft } from '../../../lib/form-draft';
import { useServerForm, zodErrorOptions } from '../../../lib/forms';
import { costCatalogueQueryOptions } from '../../../lib/reference-data';
import { useProposeBreakthrough } from '../api';
import {
  type BreakthroughText,
  emptyScenario,
  interventionCentsOf,
  ProposalForm as ProposalSchema,
  previewScenario,
  SCENARIO_FIELD,
  type ScenarioDraft,
} from '../scenario';
import { AvoidedCostPreview } from './avoided-cost-preview';
import { BreakthroughFields } from './breakthrough-fields';
import { ScenarioEditor } from './scenario-editor';

type ProposalValues = BreakthroughText & { scenario: ScenarioDraft };

const DETAIL_FIELDS = new Set(['title', 'domain', 'category', 'responsible', 'dueDate', 'needsApproval']);

/** The form field of an API field of `BreakthroughCreate`. */
function proposalField(apiField: string): Path<ProposalValues> | null {
  if (apiField === 'interventionCents') return 'intervention';
  if (DETAIL_FIELDS.has(apiField) || SCENARIO_FIELD.test(apiField)) return apiField as Path<ProposalValues>;
  return null;
}

const emptyProposal = (): ProposalValues => ({
  title: '',
  domain: '',
  category: '',
  responsible: '',
  intervention: '',
  dueDate: '',
  needsApproval: true,
  scenario: emptyScenario(),
});

/**
 * Propose a breakthrough: what it is, its cost, and the two scenarios it is judged on, with the
 * avoided cost previewed live as the coach types (prices valid today, the server's maths).
 */
export function ProposalForm({ caseId, onCreated }: { caseId: string; onCreated: (created: Breakthrough) => void }) {
  const { t } = useTranslation();
  const catalogue = useQuery(costCatalogueQueryOptions(true));
  const propose = useProposeBreakthrough(caseId);
  const today = localDate();
  const form = useServerForm(
    {
      resolver: zodResolver(ProposalSchema, zodErrorOptions),
      defaultValues: emptyProposal(),
    },
    {
      serverFields: { rename: proposalField },
      submit: async (body) => {
        const created = await propose.mutateAsync(body);
        draft.clear();
        onCreated(created);
      },
      onProblem: (error) => {
        if (isNetworkError(error)) return t('drafts.offline');
        if (isProblem(error, 'no-plan') || isProblem(error, 'plan-completed') || isProblem(error, 'case-closed')) {
          return t(`breakthroughs.problems.${error.slug as 'no-plan' | 'plan-completed' | 'case-closed'}`);
        }
        return undefined;
      },
    },
  );
  const {
    register,
    control,
    onSubmit,
    formError,
    formState: { errors, isSubmitting },
  } = form;
  // What is typed survives a reload or a lost connection, in this tab only.
  const draft = useFormDraft(form, draftKey('breakthrough-proposal', caseId));
  const scenario = useWatch({ control, name: 'scenario' });
  const intervention = useWatch({ control, name: 'intervention' });
  const preview = useMemo(
    () => previewScenario(scenario, interventionCentsOf(intervention), catalogue.data ?? [], today),
    [scenario, intervention, catalogue.data, today],
  );

  if (catalogue.isPending) return <PageLoader />;
  if (catalogue.isError) return <QueryError error={catalogue.error} onRetry={() => void catalogue.refetch()} />;

  return (
    <form className="form proposal-form" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <DraftNotice draft={draft} />
      <fieldset className="form-section">
        <legend>{t('breakthroughs.form.what')}</legend>
        <BreakthroughFields register={register} errors={errors} approvalEditable />
      </fieldset>
      <div className="scenario-layout">
        <div className="scenario-layout__editor">
          <h2>{t('scenario.title')}</h2>
          <p className="field__hint">{t('scenario.intro')}</p>
          <Controller
            control={control}
            name="scenario"
            render={({ field }) => (
              <ScenarioEditor
                value={field.value}
                onChange={field.onChange}
                catalogue={catalogue.data}
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
      <FormActions submitting={isSubmitting} label={t('breakthroughs.form.submit')} />
    </form>
  );
}
