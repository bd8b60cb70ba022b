import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../config.js';

/*
 * Modules reach each other through their public face (`index.ts`) only; Biome's noRestrictedImports
 * (biome.json, overrides) enforces it. This plants a file in a module and lints it, so the rule cannot
 * be loosened or mis-scoped without a failing test.
 */
const biome = path.join(repoRoot, 'node_modules', '.bin', 'biome');

function lint(source: string) {
  const file = path.join(repoRoot, 'server', 'src', 'modules', 'aid', `planted-${process.pid}.ts`);
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

describe('module boundaries', () => {
  it("refuses an import of another module's internals, and allows its public face", () => {
    const internal = lint("import { getCase } from '../cases/service.js';\n\nexport const planted = getCase;\n");
    expect(internal.ok).toBe(false);
    expect(internal.output).toContain('noRestrictedImports');

    const face = lint("import { getCase } from '../cases/index.js';\n\nexport const planted = getCase;\n");
    expect(face.output).toBe('');
    expect(face.ok).toBe(true);
  });
});
