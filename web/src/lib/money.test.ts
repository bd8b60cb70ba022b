import { describe, expect, it } from 'vitest';
import { createFormatters } from './i18n/format';
import { parseEuroToCents, sumCents } from './money';

describe('parseEuroToCents', () => {
  it.each([
    ['1 234,56', 123456],
    ['1\u00a0234,56', 123456], // no-break space, as Intl writes it in French
    ['1\u202f234,56', 123456], // narrow no-break space
    ['12.5', 1250],
    ['12,50', 1250],
    ['12,5', 1250],
    ['0,05', 5],
    ['0.1', 10],
    ['12', 1200],
    ['1.234,56', 123456],
    ['1,234.56', 123456],
    ['1.234', 123400],
    ['12,500', 1250000],
    ['1.234.567', 123456700],
    ['  45 € ', 4500],
    ['€ 45,10', 4510],
    ['45,10 EUR', 4510],
    ['0', 0],
  ])('reads %j as %i cents', (input, cents) => {
    expect(parseEuroToCents(input)).toBe(cents);
  });

  it.each([
    'abc',
    '',
    '   ',
    '12,345,6',
    '12,567.8.9',
    '1,2345',
    '12,',
    ',50',
    '-5',
    '12,5a',
    '1 23,00',
    '0.125',
    '12.50.3',
    '1e3',
    '99999999999999',
  ])('rejects %j', (input) => {
    expect(parseEuroToCents(input)).toBeNull();
  });

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
