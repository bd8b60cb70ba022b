import type { FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { DraftNotice } from '../../../components/draft-notice';
import { FormNotices } from '../../../components/form-parts';
import { isProblem } from '../../../lib/api-client';
import { useEntryForm } from '../../../lib/entry-form';
import { isNetworkError } from '../../../lib/errors';
import { draftKey, type FormDraft, useFormDraft } from '../../../lib/form-draft';
import type { ServerFields } from '../../../lib/forms';
import { useReloadCase } from '../api';

interface JournalFormOptions<TFieldValues extends FieldValues, TTransformedValues> {
  caseId: string;
  /** The draft's key: the form's name and the record it belongs to. */
  draft: { form: string; scope: string };
  /** What the inputs hold → the API's body. */
  schema: z.ZodType<TTransformedValues, TFieldValues>;
  /** The empty form, again after each save. */
  empty: () => TFieldValues;
  serverFields: ServerFields<TFieldValues>;
  save: (values: TTransformedValues) => Promise<unknown>;
  /** The problem meaning the case moved on meanwhile (closed, another stage): reload it and say so. */
  movedOn: { slug: string; message: string };
}

/**
 * A form that adds an entry to a case's journal (a contact, an aid, an assessment): what is typed is
 * kept as a draft in this tab, a lost connection keeps it and says so, a case that moved on meanwhile
 * is reloaded, and a save empties the form and shows a "saved" notice until the next attempt.
 */
export function useJournalForm<TFieldValues extends FieldValues, TTransformedValues>({
  caseId,
  draft: { form: formName, scope },
  schema,
  empty,
  serverFields,
  save,
  movedOn,
}: JournalFormOptions<TFieldValues, TTransformedValues>) {
  const { t } = useTranslation();
  const reloadCase = useReloadCase(caseId);
  const form = useEntryForm({
    schema,
    empty,
    serverFields,
    save: async (values: TTransformedValues) => {
      await save(values);
      draft.clear();
    },
    onProblem: (error) => {
      if (isNetworkError(error)) return t('drafts.offline');
      if (isProblem(error, movedOn.slug)) {
        void reloadCase();
        return movedOn.message;
      }
      return undefined;
    },
  });
  // What is typed survives a reload or a lost connection, in this tab only.
  const draft = useFormDraft(form, draftKey(formName, scope));
  return { ...form, draft };
}

/** The notices above a journal form: saved (announced), the form-level error, a draft put back. */
export function JournalFormNotices({
  saved,
  savedMessage,
  formError,
  draft,
}: {
  saved: boolean;
  savedMessage: string;
  formError: string | null;
  draft: FormDraft;
}) {
  return (
    <>
      <FormNotices saved={saved && savedMessage} error={formError} />
      <DraftNotice draft={draft} />
    </>
  );
}
