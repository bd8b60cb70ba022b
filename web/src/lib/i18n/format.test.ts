import { describe, expect, it } from 'vitest';
import { createFormatters } from './format';

describe('Intl formatters', () => {
  it('format dates and numbers per language', () => {
    const date = '2025-03-04T10:00:00Z';
    expect(createFormatters('fr').date(date)).toMatch(/mars/);
    expect(createFormatters('nl').date(date)).toMatch(/mrt|maart/);
    expect(createFormatters('en').date(date)).toMatch(/Mar/);
    expect(createFormatters('fr').number(1234.5).replace(/\s/g, ' ')).toBe('1 234,5');
  });

  it('express waits in seconds, then minutes', () => {
    const plain = (text: string) => text.replace(/\s/g, ' '); // French uses no-break spaces
    expect(plain(createFormatters('fr').duration(30))).toBe('30 secondes');
    expect(createFormatters('en').duration(1)).toBe('1 second');
    expect(createFormatters('nl').duration(120)).toBe('2 minuten');
  });
});
