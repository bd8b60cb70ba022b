import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { problemCodes } from '@percee/shared';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

/** Problem codes written literally in server code: `conflict('x', …)`, `new HttpProblem(409, 'x', …)`, `slug: 'x'`. */
function codesIn(text: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\bconflict\(\s*'([a-z0-9-]+)'/g,
    /new HttpProblem\(\s*\d+,\s*'([a-z0-9-]+)'/g,
    /\bslug: '([a-z0-9-]+)'/g,
  ];
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.add(match[1] as string);
  return [...found];
}

describe('problem codes (issue 18.8): every code the server sends is listed in shared, so the web translates it', () => {
  it('finds every literal code of the server in problemCodes', () => {
    const missing = sources(SRC).flatMap((file) =>
      codesIn(readFileSync(file, 'utf8'))
        .filter((code) => !(problemCodes as readonly string[]).includes(code))
        .map((code) => `${code} (${file.slice(SRC.length + 1)})`),
    );
    expect(missing).toEqual([]);
  });

  it('lists the codes built from a template (the help desk’s unknown-<what>)', () => {
    for (const code of ['unknown-referral', 'unknown-site']) expect(problemCodes).toContain(code);
  });

  it('the scan sees a planted code, on one line or across lines', () => {
    expect(codesIn("throw conflict('planted-code', 'x')")).toEqual(['planted-code']);
    expect(codesIn("new HttpProblem(\n  422,\n  'other-code',\n  'T')")).toEqual(['other-code']);
  });
});
