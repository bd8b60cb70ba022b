import { describe, expect, it } from 'vitest';
import { createFormatters } from './i18n/format';
import { parseEuroToCents, sumCents } from './money';

// The parser's rules and cases are tested where it lives: shared/src/money.test.ts.
describe('parseEuroToCents', () => {
  it('never goes through floating point: 0,10 + 0,20 is 30 cents', () => {
    const a = parseEuroToCents('0,10');
    const b = parseEuroToCents('0,20');
    expect(sumCents([a, b, null])).toBe(30);
    expect(Number.isInteger(parseEuroToCents('19,99'))).toBe(true);
    expect(parseEuroToCents('19,99')).toBe(1999); // 19.99 * 100 would be 1998.9999999999998
  });

  it('formats cents back as euros in each language', () => {
    const plain = (text: string) => text.replace(/\s/g, ' ');
    expect(plain(createFormatters('fr').euros(123456))).toBe('1 234,56 €');
    expect(plain(createFormatters('nl').euros(1250))).toBe('€ 12,50');
    expect(createFormatters('en').euros(5)).toBe('€0.05');
  });
});
