/**
 * An incremental RFC 4180 CSV parser: feed it text chunks as they arrive, get back the complete
 * records. A bulk import is parsed as it streams in, so a large file is never held whole in memory.
 *
 * Why not the `csv-parse` package: it is not a dependency of the server yet (only `csv-stringify`
 * is). This covers what imports need: quoted fields with delimiters, doubled quotes and line breaks,
 * CRLF or LF, a UTF-8 byte-order mark, `;` or `,` (detected from the header line), blank lines
 * skipped. Swap it for `csv-parse` once that is added; the tests in csv-parse.test.ts still apply.
 */
export class CsvParser {
  private delimiter: ';' | ',' | undefined;
  private pending = '';
  private field = '';
  private record: string[] = [];
  private inQuotes = false;
  /** A quote seen inside a quoted field at the end of a chunk: closing, or the first of a doubled pair. */
  private quoteAtEnd = false;
  private started = false;
  private fieldWasQuoted = false;

  constructor(delimiter?: ';' | ',') {
    this.delimiter = delimiter;
  }

  /** Parses a chunk; returns the records completed by it. */
  push(chunk: string): string[][] {
    let text = chunk;
    if (!this.started) {
      if (text.length === 0) return [];
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      this.started = true;
    }
    if (!this.delimiter) {
      // Wait for the end of the header line to choose the delimiter.
      this.pending += text;
      const end = this.pending.indexOf('\n');
      if (end < 0) return [];
      this.delimiter = detectDelimiter(this.pending.slice(0, end));
      text = this.pending;
      this.pending = '';
    }
    return this.scan(text);
  }

  /** Ends the input; returns the last record if the text did not end with a line break. */
  end(): string[][] {
    const out: string[][] = [];
    if (!this.delimiter) {
      this.delimiter = detectDelimiter(this.pending);
      out.push(...this.scan(this.pending));
      this.pending = '';
    }
    if (this.quoteAtEnd) {
      this.quoteAtEnd = false;
      this.inQuotes = false;
    }
    if (this.inQuotes) throw new CsvError('A quoted field is not closed');
    if (this.field !== '' || this.record.length > 0 || this.fieldWasQuoted) this.endRecord(out);
    return out;
  }

  private scan(text: string): string[][] {
    const out: string[][] = [];
    const delimiter = this.delimiter as string;
    let i = 0;
    if (this.quoteAtEnd) {
      this.quoteAtEnd = false;
      if (text[0] === '"') {
        this.field += '"';
        i = 1;
      } else {
        this.inQuotes = false;
      }
    }
    for (; i < text.length; i++) {
      const c = text[i] as string;
      if (this.inQuotes) {
        if (c !== '"') {
          this.field += c;
        } else if (i + 1 >= text.length) {
          this.quoteAtEnd = true;
        } else if (text[i + 1] === '"') {
          this.field += '"';
          i++;
        } else {
          this.inQuotes = false;
        }
      } else if (c === delimiter) {
        this.record.push(this.field);
        this.field = '';
        this.fieldWasQuoted = false;
      } else if (c === '\n') {
        this.endRecord(out);
      } else if (c === '\r') {
        // CRLF: the \n ends the record.
      } else if (c === '"' && this.field === '' && !this.fieldWasQuoted) {
        this.inQuotes = true;
        this.fieldWasQuoted = true;
      } else {
        this.field += c;
      }
    }
    return out;
  }

  private endRecord(out: string[][]) {
    this.record.push(this.field);
    const blank = this.record.length === 1 && this.record[0] === '' && !this.fieldWasQuoted;
    if (!blank) out.push(this.record);
    this.record = [];
    this.field = '';
    this.fieldWasQuoted = false;
  }
}

export class CsvError extends Error {}

function detectDelimiter(headerLine: string): ';' | ',' {
  const count = (d: string) => headerLine.split(d).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** Parses a whole text (tests, small inputs). */
export function parseCsv(text: string, delimiter?: ';' | ','): string[][] {
  const parser = new CsvParser(delimiter);
  return [...parser.push(text), ...parser.end()];
}
