import type { FieldError as ServerFieldError } from '@percee/shared';
import { useState } from 'react';
import {
  type FieldValues,
  type Path,
  type UseFormProps,
  type UseFormReturn,
  type UseFormSetError,
  useForm,
} from 'react-hook-form';
import type { core } from 'zod';
import { ApiError, fieldOfPath } from './api-client';
import { errorMessage } from './errors';
import { i18n } from './i18n';

/**
 * Translate a zod issue into the interface language. Passed to `zodResolver(schema, zodErrorOptions)`
 * so that validation messages of the shared schemas are shown in French, Dutch or English.
 * (A message hard-coded in a shared schema still wins — handle those per field.)
 */
export function zodIssueMessage(issue: core.$ZodRawIssue): string {
  const t = i18n.t;
  const empty = issue.input === undefined || issue.input === null || issue.input === '';
  switch (issue.code) {
    case 'invalid_type':
      return empty ? t('validation.required') : t('validation.invalid');
    case 'too_small':
      if (issue.origin === 'string') {
        return empty || Number(issue.minimum) <= 1
          ? t('validation.required')
          : t('validation.tooShort', { minimum: Number(issue.minimum) });
      }
      return t('validation.invalid');
    case 'too_big':
      return issue.origin === 'string'
        ? t('validation.tooLong', { maximum: Number(issue.maximum) })
        : t('validation.invalid');
    case 'invalid_format':
      if (empty) return t('validation.required');
      return issue.format === 'email' ? t('validation.email') : t('validation.format');
    case 'invalid_value':
      return empty ? t('validation.required') : t('validation.choice');
    default:
      return t('validation.invalid');
  }
}

export const zodErrorOptions = { error: zodIssueMessage };

/**
 * A server field error in the interface language. The API reports zod issue codes
 * (but not their parameters): known codes get a generic translated message, others keep the server's.
 */
export function serverFieldMessage(error: ServerFieldError): string {
  const t = i18n.t;
  switch (error.code) {
    case 'invalid_format':
      return fieldOfPath(error.path).endsWith('email') ? t('validation.email') : t('validation.format');
    case 'too_small':
      return t('validation.tooShortGeneric');
    case 'too_big':
      return t('validation.tooLongGeneric');
    case 'invalid_value':
      return t('validation.choice');
    case 'invalid_type':
    case 'unrecognized_keys':
      return t('validation.invalid');
    default:
      return error.message;
  }
}

/**
 * Show problem+json field errors (`errors[].path` such as `body.email`) under the matching fields.
 * Returns true when at least one error could be attached to a field of the form.
 */
export function applyServerFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[] | ((field: string) => field is Path<T>),
): boolean {
  if (!(error instanceof ApiError)) return false;
  let applied = false;
  if (typeof fields === 'function') {
    // Dynamic forms (repeaters): every error whose path is a field of the form, e.g. `members.0.lastName`.
    const seen = new Set<string>();
    for (const fieldError of error.errors) {
      const field = fieldOfPath(fieldError.path);
      if (seen.has(field) || !fields(field)) continue;
      seen.add(field);
      setError(field, { type: 'server', message: serverFieldMessage(fieldError) }, { shouldFocus: !applied });
      applied = true;
    }
    return applied;
  }
  for (const field of fields) {
    const fieldError = error.errors.find((candidate) => fieldOfPath(candidate.path) === field);
    if (fieldError) {
      setError(field, { type: 'server', message: serverFieldMessage(fieldError) }, { shouldFocus: !applied });
      applied = true;
    }
  }
  return applied;
}

/**
 * Show the server's field errors under the fields of a form whose names differ from the API's
 * (an amount typed in euros for `…Cents`, a nested object flattened in the form…).
 * `fieldOf` returns the form field for an API field (`body.` removed), or null when the form has none.
 */
export function applyRenamedFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fieldOf: (apiField: string) => Path<T> | null,
): boolean {
  if (!(error instanceof ApiError)) return false;
  const seen = new Set<string>();
  let applied = false;
  for (const fieldError of error.errors) {
    const field = fieldOf(fieldOfPath(fieldError.path));
    if (!field || seen.has(field)) continue;
    seen.add(field);
    setError(field, { type: 'server', message: serverFieldMessage(fieldError) }, { shouldFocus: !applied });
    applied = true;
  }
  return applied;
}

/** Empty text inputs mean "no value" (`null`) for nullable schema fields. */
export const emptyToNull = (value: unknown) => (value === '' ? null : value);
/** Empty text inputs mean "leave unchanged" for optional schema fields. */
export const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);

/** Text that is empty or only spaces means "no value" (`null`), for form schemas that transform. */
export const blankToNull = (value: string): string | null => (value.trim() === '' ? null : value);

/** Which form fields the API's field errors (`errors[].path`, `body.` removed) land on. */
export type ServerFields<T extends FieldValues> =
  | readonly Path<T>[]
  | ((field: string) => field is Path<T>)
  | { rename: (apiField: string) => Path<T> | null };

export interface ServerFormOptions<TFieldValues extends FieldValues, TContext, TTransformedValues> {
  /** The fields the server may name in `errors[]`, a test for them, or how API fields map to form fields. */
  serverFields: ServerFields<TFieldValues>;
  /** Send the valid values (a mutation's `mutateAsync`) and do what follows a success. */
  submit: (
    values: TTransformedValues,
    form: UseFormReturn<TFieldValues, TContext, TTransformedValues>,
  ) => Promise<unknown>;
  /**
   * A form-level message for a problem this form knows (a conflict, a closed case…), null when it
   * handled the problem itself (no message), or undefined for the usual handling: field errors under
   * their fields with a summary, else the error's message.
   */
  onProblem?: (
    error: unknown,
    form: UseFormReturn<TFieldValues, TContext, TTransformedValues>,
  ) => string | null | undefined;
  /** Called at every submit attempt, valid or not (to hide a "saved" notice, say). */
  onAttempt?: () => void;
}

/**
 * A react-hook-form form whose submission goes to the API: the same handling for every form of the
 * app. Client validation errors show a summary; the server's problem+json field errors are shown
 * under their fields (focusing the first) with a summary; any other failure shows its message as
 * the form-level error (`formError`). `isSubmitting` covers the whole request.
 */
export function useServerForm<
  TFieldValues extends FieldValues = FieldValues,
  // biome-ignore lint/suspicious/noExplicitAny: react-hook-form's own default for the context type
  TContext = any,
  TTransformedValues = TFieldValues,
>(
  formOptions: UseFormProps<TFieldValues, TContext, TTransformedValues>,
  { serverFields, submit, onProblem, onAttempt }: ServerFormOptions<TFieldValues, TContext, TTransformedValues>,
) {
  const form = useForm<TFieldValues, TContext, TTransformedValues>(formOptions);
  const [formError, setFormError] = useState<string | null>(null);

  const fail = (error: unknown) => {
    const known = onProblem?.(error, form);
    if (known !== undefined) return setFormError(known);
    const onFields =
      typeof serverFields === 'object' && 'rename' in serverFields
        ? applyRenamedFieldErrors(error, form.setError, serverFields.rename)
        : applyServerFieldErrors(error, form.setError, serverFields);
    setFormError(onFields ? i18n.t('validation.summary') : errorMessage(error, i18n.t));
  };

  const onSubmit = form.handleSubmit(
    async (values) => {
      onAttempt?.();
      setFormError(null);
      try {
        await submit(values, form);
      } catch (error) {
        fail(error);
      }
    },
    () => {
      onAttempt?.();
      setFormError(i18n.t('validation.summary'));
    },
  );

  return { ...form, onSubmit, formError, setFormError };
}
