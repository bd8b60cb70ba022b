import { describe, expect, it } from 'vitest';
import { CsvError, CsvParser, parseCsv } from './csv-parse.js';

describe('the incremental CSV parser', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks, CRLF, a BOM, and skips blank lines', () => {
    const text = '\uFEFFa;b;c\r\n1;"x;y";"say ""hi"""\r\n\r\n2;"two\nlines";\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x;y', 'say "hi"'],
      ['2', 'two\nlines', ''],
    ]);
  });

  it('detects , or ; from the header line, and reads a last line without a line break', () => {
    expect(parseCsv('a,b\n1,"2,5"')).toEqual([
      ['a', 'b'],
      ['1', '2,5'],
    ]);
    expect(parseCsv('a;b\n"";x')).toEqual([
      ['a', 'b'],
      ['', 'x'],
    ]);
  });

  it('gives the same records whatever the chunk boundaries', () => {
    const text = 'name;note\n"Dupont";"a ""quoted"" note"\n"Léa";"multi\r\nline;"\nZoé;plain\n';
    const whole = parseCsv(text);
    for (let size = 1; size <= 7; size++) {
      const parser = new CsvParser();
      const records: string[][] = [];
      for (let i = 0; i < text.length; i += size) records.push(...parser.push(text.slice(i, i + size)));
      records.push(...parser.end());
      expect(records, `chunks of ${size}`).toEqual(whole);
    }
    expect(whole).toHaveLength(4);
  });

  it('refuses an unclosed quoted field', () => {
    expect(() => parseCsv('a;b\n"open;x\n')).toThrow(CsvError);
  });
});
