import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../config.js';

/*
 * The migration linter as `.ci/run` runs it (`pnpm lint:migrations`: squawk with .squawk.toml): the
 * migrations pass, and the configuration still catches what it is there for (decision 17).
 */
const squawk = (files: string[]) =>
  new Promise<{ code: number; stdout: string }>((resolve) => {
    execFile(
      path.join(repoRoot, 'node_modules/.bin/squawk'),
      ['--config', '.squawk.toml', '--reporter', 'gcc', ...files],
      { cwd: repoRoot },
      (error, stdout) => resolve({ code: error ? Number(error.code) : 0, stdout }),
    );
  });

describe('the migration linter', () => {
  it('finds nothing in migrations/ (each exception justified in place)', async () => {
    const { code, stdout } = await squawk(['migrations/*.sql']);
    expect(stdout).toBe('');
    expect(code).toBe(0);
  });

  it('flags a blocking index build and a table rewrite on an existing table', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'percee-squawk-')), '0099_hazard.sql');
    writeFileSync(
      file,
      [
        'CREATE INDEX "cases_note_idx" ON "cases" USING btree ("organisation_id","note");',
        'ALTER TABLE "cases" ALTER COLUMN "note" TYPE varchar(200);',
      ].join('\n--> statement-breakpoint\n'),
    );
    const { code, stdout } = await squawk([file]);
    expect(code).not.toBe(0);
    expect(stdout).toContain('require-concurrent-index-creation');
    expect(stdout).toContain('changing-column-type');
  });
});
