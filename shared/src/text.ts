import { z } from 'zod';

/*
 * Text a person or a system typed, as every input schema takes it (one rule, one place). Refused:
 *  - NUL (U+0000): PostgreSQL cannot store it in text or jsonb;
 *  - an unpaired UTF-16 surrogate: not a character, it would be stored as U+FFFD;
 *  - U+FFFD itself: what invalid UTF-8 in a request body decodes to, so a body that was not valid
 *    UTF-8 is refused field by field instead of being stored with replacement characters.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching NUL is the point.
const UNSTORABLE = /\u0000|\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const TEXT_REFUSED_MESSAGE =
  'Contains a character that cannot be stored: NUL, an unpaired surrogate, or invalid UTF-8 (U+FFFD)';

export const isStorableText = (value: string) => !UNSTORABLE.test(value);

/** A string input field: `text().trim().min(1).max(200)`, like `z.string()`, with the rule above. */
export const text = () => z.string().refine(isStorableText, { message: TEXT_REFUSED_MESSAGE, abort: true });
