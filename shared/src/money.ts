/**
 * Amounts of money are integer numbers of cents everywhere (the API's `amountCents`). What people type
 * is parsed here, once, for the web and the server, with string and integer operations only: no
 * floating-point number ever holds an amount, so 0.1 + 0.2 never becomes 0.30000000000000004 cents.
 *
 * The rules:
 * - accepted: "40", "40,50", "40.50", "12,5" (at most two decimals, comma or point);
 * - thousands grouped by spaces (also no-break and narrow no-break spaces) or by the other mark:
 *   "1 234,56", "1.234,56", "1,234.56"; a single mark followed by exactly three digits groups
 *   thousands ("1.234" is 1 234 euros): euros never have three decimals;
 * - an optional euro sign, "EUR" or "euro(s)" before or after, any case: "€ 40", "EUR 40", "40 €";
 * - refused: any sign ("-5", "+5": no amount typed by a person is negative; a refund is its own
 *   record), exponents, letters, three decimals, more than 13 integer digits.
 */

/** Above this many digits the integer part could not be held exactly; the API caps amounts far lower. */
const MAX_INTEGER_DIGITS = 13;

const CURRENCY_AFFIX = /^(?:€|eur(?:os?)?)\s*|\s*(?:€|eur(?:os?)?)$/gi;

/** An amount in euros typed by a person, as integer cents; `null` when it is not one (rules above). */
export function parseEuroToCents(input: string): number | null {
  const text = input.trim().replace(CURRENCY_AFFIX, '').trim();
  if (!/^[0-9]/.test(text) || !/^[0-9.,\s]+$/.test(text)) return null;

  const lastMark = Math.max(text.lastIndexOf(','), text.lastIndexOf('.'));
  let integerPart = text;
  let fraction = '';
  let groupMark: string | null = null;

  if (lastMark >= 0) {
    const mark = text.charAt(lastMark);
    const other = mark === ',' ? '.' : ',';
    const after = text.slice(lastMark + 1);
    const before = text.slice(0, lastMark);
    const markCount = text.split(mark).length - 1;

    if (text.includes(other)) {
      // Both marks: the last one is the decimal separator, the other groups thousands.
      if (markCount > 1 || !/^\d{1,2}$/.test(after)) return null;
      integerPart = before;
      fraction = after;
      groupMark = other;
    } else if (markCount > 1) {
      groupMark = mark; // "1.234.567": thousands only
    } else if (/^\d{1,2}$/.test(after)) {
      integerPart = before;
      fraction = after;
    } else if (/^\d{3}$/.test(after)) {
      groupMark = mark; // "1.234" or "12,500"
    } else {
      return null;
    }
  }

  const integerDigits = groupedDigits(integerPart, groupMark);
  if (integerDigits === null || integerDigits.length > MAX_INTEGER_DIGITS) return null;
  return Number.parseInt(integerDigits, 10) * 100 + Number.parseInt(fraction.padEnd(2, '0'), 10);
}

/** The digits of an integer part whose groups of thousands may be separated by spaces or `mark`. */
function groupedDigits(text: string, mark: string | null): string | null {
  const separator = mark === null ? /\s+/ : new RegExp(`\\s*\\${mark}\\s*|\\s+`);
  const groups = text.trim().split(separator);
  if (groups.length === 1) return /^\d+$/.test(groups[0] ?? '') ? (groups[0] as string) : null;
  const [first, ...rest] = groups;
  if (!first || !/^[1-9]\d{0,2}$/.test(first)) return null;
  if (!rest.every((group) => /^\d{3}$/.test(group))) return null;
  return groups.join('');
}
