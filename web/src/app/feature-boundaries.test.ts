/// <reference types="node" />
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Features never import each other: what two features share lives in src/lib or src/components.
 * Biome's noRestrictedImports (biome.json, overrides for web/src/features) enforces it. This plants
 * files in a feature, at both depths a feature's files stand, and lints them, so the rule cannot be
 * loosened or mis-scoped without a failing test.
 */
// The repository root: the nearest folder up from where vitest runs that holds biome.json.
function findRoot(dir: string): string {
  if (existsSync(path.join(dir, 'biome.json'))) return dir;
  const parent = path.dirname(dir);
  if (parent === dir) throw new Error('biome.json not found');
  return findRoot(parent);
}
const repoRoot = findRoot(process.cwd());
const biome = path.join(repoRoot, 'node_modules', '.bin', 'biome');
const feature = path.join(repoRoot, 'web', 'src', 'features', 'caseload');

function lint(relativeFile: string, source: string) {
  const file = path.join(feature, relativeFile);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, source);
  try {
    execFileSync(biome, ['lint', '--max-diagnostics=5', file], { cwd: repoRoot, stdio: 'pipe' });
    return { ok: true, output: '' };
  } catch (error) {
    const failed = error as { stdout?: Buffer; stderr?: Buffer };
    return { ok: false, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  } finally {
    rmSync(file, { force: true });
  }
}

const planted = `planted-${process.pid}`;

describe('feature boundaries', () => {
  it("refuses a feature file's import of another feature", () => {
    const top = lint(
      `${planted}.ts`,
      "import { casesQueryOptions } from '../cases/api';\n\nexport const planted = casesQueryOptions;\n",
    );
    expect(top.ok).toBe(false);
    expect(top.output).toContain('noRestrictedImports');

    const nested = lint(
      `routes/${planted}.tsx`,
      "import { CaseForm } from '../../cases/components/case-form';\n\nexport const planted = CaseForm;\n",
    );
    expect(nested.ok).toBe(false);
    expect(nested.output).toContain('noRestrictedImports');
  }, 30_000);

  it('allows the shared lib and components and the feature itself', () => {
    const allowed = lint(
      `routes/${planted}.tsx`,
      [
        "import { Alert } from '../../../components/alert';",
        "import { api } from '../../../lib/api-client';",
        "import { caseloadQueryOptions } from '../api';",
        '',
        'export const planted = [Alert, api, caseloadQueryOptions];',
        '',
      ].join('\n'),
    );
    expect(allowed.output).toBe('');
    expect(allowed.ok).toBe(true);
  }, 30_000);
});
