import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../config.js';

/*
 * Modules reach each other through their public face (`index.ts`) only, and the platform layer
 * (server/src/platform) imports no module at all; Biome's noRestrictedImports (biome.json, overrides)
 * enforces both. This plants a file in a module, or in the platform, and lints it, so the rules cannot
 * be loosened or mis-scoped without a failing test.
 */
const biome = path.join(repoRoot, 'node_modules', '.bin', 'biome');

function lint(source: string, folder = path.join('modules', 'aid')) {
  const file = path.join(repoRoot, 'server', 'src', folder, `planted-${process.pid}.ts`);
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

  it('refuses any import of a module from the platform layer, and allows the platform its own files', () => {
    for (const target of ['../modules/cases/index.js', '../modules/cases/service.js']) {
      const planted = lint(`import { getCase } from '${target}';\n\nexport const planted = getCase;\n`, 'platform');
      expect(planted.ok).toBe(false);
      expect(planted.output).toContain('noRestrictedImports');
    }

    const own = lint("import { audit } from './audit.js';\n\nexport const planted = audit;\n", 'platform');
    expect(own.output).toBe('');
    expect(own.ok).toBe(true);
  });
});
