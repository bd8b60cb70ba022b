import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEuroToCents } from './money.js';

/* The rules are written at the top of money.ts; each case below is one of them. */
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
    ['40', 4000],
    ['40,50', 4050],
    ['40.50', 4050],
    ['EUR 40', 4000],
    ['eur 40', 4000],
    ['40 euros', 4000],
    ['€40', 4000],
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
    '+5',
    '- 5',
    '-5,00 €',
    'EUR -40',
    '€',
    'EUR',
    '12,5a',
    '1 23,00',
    '0.125',
    '12.50.3',
    '1e3',
    '99999999999999',
  ])('rejects %j', (input) => {
    expect(parseEuroToCents(input)).toBeNull();
  });

  it('reads back any amount written the French, Dutch or English way', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (cents) => {
        const euros = Math.floor(cents / 100);
        const fraction = String(cents % 100).padStart(2, '0');
        const grouped = (mark: string) => String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, mark);
        expect(parseEuroToCents(`${grouped('\u202f')},${fraction} €`)).toBe(cents);
        expect(parseEuroToCents(`€ ${grouped('.')},${fraction}`)).toBe(cents);
        expect(parseEuroToCents(`€${grouped(',')}.${fraction}`)).toBe(cents);
        expect(parseEuroToCents(`-${euros},${fraction}`)).toBeNull();
      }),
    );
  });
});
