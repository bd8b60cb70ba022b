import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

/*
 * Drafts of forms being typed, kept in the tab's sessionStorage (never localStorage: what a social
 * worker types about a household must not outlive the tab — see docs/decisions/0005-form-drafts.md).
 * A draft survives a reload, a lost connection or an expired session in the same tab, and is gone
 * when the tab closes, when the form is sent, when the person discards it, or on sign-out.
 */

const PREFIX = 'percee:draft:';

/** The storage key of a form's draft: the form's name and the record it belongs to (ids only). */
export function draftKey(form: string, scope: string): string {
  return `${PREFIX}${form}:${scope}`;
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    // Storage refused (privacy settings): forms work, without drafts.
    return null;
  }
}

export function readDraft<T>(key: string): Partial<T> | null {
  const raw = storage()?.getItem(key);
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Partial<T>) : null;
  } catch {
    storage()?.removeItem(key);
    return null;
  }
}

function writeDraft(key: string, values: unknown) {
  try {
    storage()?.setItem(key, JSON.stringify(values));
  } catch {
    // Quota exceeded: the draft is not kept; the form itself is unaffected.
  }
}

export function removeDraft(key: string) {
  storage()?.removeItem(key);
}

/** Forgets every form draft of the tab (on sign-out: the next person on this tab must not see them). */
export function clearFormDrafts() {
  const store = storage();
  if (!store) return;
  const keys: string[] = [];
  for (let index = 0; index < store.length; index++) {
    const key = store.key(index);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  for (const key of keys) store.removeItem(key);
}

export interface FormDraft {
  /** True when values typed earlier in this tab were put back into the form (show a notice). */
  restored: boolean;
  /** Throws the draft away and empties the form (back to its default values). */
  discard: () => void;
  /** Forgets the draft, e.g. once the form was sent successfully (the form is left as it is). */
  clear: () => void;
}

/**
 * Keeps what is typed in a react-hook-form form as a draft in sessionStorage under `key`, and puts it
 * back when the form mounts again (after a reload, say). Only changes made to fields are saved, so a
 * `reset()` after a successful submit does not write a new draft. `key` null: no draft.
 */
export function useFormDraft<T extends FieldValues>(
  form: Pick<UseFormReturn<T>, 'watch' | 'reset' | 'getValues'>,
  key: string | null,
): FormDraft {
  const [restored, setRestored] = useState(false);
  const { watch, reset, getValues } = form;
  const restoredKey = useRef<string | null>(null);

  useEffect(() => {
    if (!key || restoredKey.current === key) return;
    restoredKey.current = key;
    const draft = readDraft<T>(key);
    if (!draft) return;
    // The current values fill in any field the draft lacks (a form that gained a field since).
    reset({ ...getValues(), ...draft }, { keepDefaultValues: true });
    setRestored(true);
  }, [key, reset, getValues]);

  useEffect(() => {
    if (!key) return;
    const subscription = watch((values, { name }) => {
      // `name` is undefined for a reset: only a change to a field makes a draft.
      if (name !== undefined) writeDraft(key, values);
    });
    return () => subscription.unsubscribe();
  }, [key, watch]);

  const clear = useCallback(() => {
    if (key) removeDraft(key);
    setRestored(false);
  }, [key]);

  const discard = useCallback(() => {
    if (key) removeDraft(key);
    reset();
    setRestored(false);
  }, [key, reset]);

  return { restored, discard, clear };
}
