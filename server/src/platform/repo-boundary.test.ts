import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../config.js';

/*
 * A module's queries live in its `repo.ts` (and its drizzle tables in `tables.ts`); services, jobs and
 * the other files hold the rules and the transactions and call repo functions (docs/architecture.md).
 * This scans every module file but those (and tests) for what writes a query: a value import from
 * drizzle-orm (`sql`, `eq`, `and`, `alias`...; `import type` is fine), a select/insert/update/delete/
 * execute call on a transaction or database handle, or `rowsOf` (lib/sql's raw query). A planted file
 * proves the scan finds each kind.
 */
const modulesDir = path.join(repoRoot, 'server', 'src', 'modules');

/** Files allowed to query for now, each with why; an entry that no longer queries fails the test. */
const EXCEPTIONS: Record<string, string> = {
  // Demo seeds write fixture rows of a dozen modules' tables in one scripted transaction; no service
  // or route calls them, and a repo function per seeded row would only rename the insert.
  'demo/casework.ts': 'demo seed data',
  'demo/heerlen.ts': 'demo seed data',
  'demo/partner.ts': 'demo seed data',
  'demo/soliha.ts': 'demo seed data',
};

const QUERY_CALL =
  /\b(tx|sp|db|trx|this\.db|deps\.db)\s*\.\s*(select|selectDistinct|insert|update|delete|execute)\s*\(/;

/** What in `source` writes a query, one line of explanation each. */
function queriesIn(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'(drizzle-orm[^']*)'/gm)) {
    const [, typeOnly, names = '', from] = match;
    if (typeOnly) continue;
    const values = names
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '' && !name.startsWith('type '));
    if (values.length > 0) found.push(`imports ${values.join(', ')} from ${from}`);
  }
  for (const match of source.matchAll(/^import\s+(\*\s+as\s+\w+|\w+)\s+from\s+'(drizzle-orm[^']*)'/gm)) {
    found.push(`imports ${match[1]} from ${match[2]}`);
  }
  const call = source.match(QUERY_CALL);
  if (call) found.push(`calls ${call[0].replace(/\s+/g, '')}…`);
  if (/\browsOf\s*[<(]/.test(source)) found.push('calls rowsOf');
  return found;
}

function moduleFiles(dir = modulesDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return moduleFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const isQueryHome = (file: string) => /(^|\/)(repo|tables)\.ts$/.test(file) || file.endsWith('.test.ts');

function violations() {
  const found: Record<string, string[]> = {};
  for (const file of moduleFiles()) {
    const name = path.relative(modulesDir, file).split(path.sep).join('/');
    if (isQueryHome(name)) continue;
    const queries = queriesIn(readFileSync(file, 'utf8'));
    if (queries.length > 0) found[name] = queries;
  }
  return found;
}

describe('queries live in repo.ts', () => {
  it('finds no query outside a module’s repo.ts and tables.ts but the listed exceptions', () => {
    const found = violations();
    const unexpected = Object.fromEntries(Object.entries(found).filter(([name]) => !(name in EXCEPTIONS)));
    expect(unexpected).toEqual({});
    // An exception that no longer queries is taken off the list.
    expect(Object.keys(EXCEPTIONS).filter((name) => !(name in found))).toEqual([]);
  });

  it('reports each kind of planted query in a service file, and passes repo calls and type imports', () => {
    expect(queriesIn("import { and, eq } from 'drizzle-orm';\n")).toEqual(['imports and, eq from drizzle-orm']);
    expect(queriesIn("import { alias } from 'drizzle-orm/pg-core';\n")).toEqual([
      'imports alias from drizzle-orm/pg-core',
    ]);
    expect(queriesIn("import { type SQL, sql } from 'drizzle-orm';\n")).toEqual(['imports sql from drizzle-orm']);
    expect(queriesIn('const rows = await tx\n    .select({ id: cases.id })\n    .from(cases);\n')).toHaveLength(1);
    expect(queriesIn('await sp.insert(consents).values(row);\n')).toHaveLength(1);
    expect(queriesIn('return rowsOf<{ n: number }>(tx, query);\n')).toEqual(['calls rowsOf']);
    expect(
      queriesIn(
        "import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';\nimport * as repo from './repo.js';\n" +
          'const row = await repo.findCase(tx, org, id);\nhash.update(buffer);\napp.delete(route);\n',
      ),
    ).toEqual([]);
  });

  it('fails the scan of the tree when a module file gains a query', () => {
    const planted = path.join(modulesDir, 'aid', `planted-${process.pid}.ts`);
    writeFileSync(
      planted,
      "import { eq } from 'drizzle-orm';\nimport type { Tx } from '../../db/client.js';\nimport { aidGrants } from '../../db/schema.js';\n\n" +
        'export const planted = (tx: Tx, id: string) => tx.select().from(aidGrants).where(eq(aidGrants.id, id));\n',
    );
    try {
      expect(violations()[`aid/planted-${process.pid}.ts`]).toEqual([
        'imports eq from drizzle-orm',
        'calls tx.select(…',
      ]);
    } finally {
      rmSync(planted, { force: true });
    }
  });
});
