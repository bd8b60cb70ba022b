import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import type { DefaultValues, FieldValues, UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { type ServerFields, useServerForm, zodErrorOptions } from './forms';

export interface EntryFormOptions<TFieldValues extends FieldValues, TTransformedValues> {
  /** What the inputs hold → the API's body. */
  schema: z.ZodType<TTransformedValues, TFieldValues>;
  /** The empty form, again after each save. */
  empty: () => TFieldValues;
  serverFields: ServerFields<TFieldValues>;
  /** Send the valid values (a mutation's `mutateAsync`). */
  save: (values: TTransformedValues) => Promise<unknown>;
  /** As `useServerForm`'s: a form-level message for a problem this form knows. */
  onProblem?: (
    error: unknown,
    form: UseFormReturn<TFieldValues, unknown, TTransformedValues>,
  ) => string | null | undefined;
}

/**
 * A form that adds one record after another and stays open (a consent, an involvement, a journal
 * entry…): a save empties the form and `saved` is true until the next attempt.
 */
export function useEntryForm<TFieldValues extends FieldValues, TTransformedValues>({
  schema,
  empty,
  serverFields,
  save,
  onProblem,
}: EntryFormOptions<TFieldValues, TTransformedValues>) {
  const [saved, setSaved] = useState(false);
  const form = useServerForm<TFieldValues, unknown, TTransformedValues>(
    // Complete values are default values too (react-hook-form types them as a deep partial).
    { resolver: zodResolver(schema, zodErrorOptions), defaultValues: empty() as DefaultValues<TFieldValues> },
    {
      serverFields,
      onAttempt: () => setSaved(false),
      submit: async (values, { reset }) => {
        await save(values);
        reset(empty());
        setSaved(true);
      },
      ...(onProblem && { onProblem }),
    },
  );
  return { ...form, saved };
}
