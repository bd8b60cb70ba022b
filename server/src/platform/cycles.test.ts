import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cruise } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../config.js';

/*
 * No cycle between the server's parts: each module (src/modules/<name>) and each top-level folder
 * (platform, db, lib, plugins…) counted as one node, as dependency-cruiser collapses them. A module
 * that needs to act when another changes gets a listener handed in by app.ts (the catalogue's price
 * changes re-price breakthroughs) or a rule from the platform (sessions), never an import back.
 */
const serverDir = path.join(repoRoot, 'server');

async function moduleCycles() {
  const result = await cruise(
    ['src'],
    {
      baseDir: serverDir,
      includeOnly: '^src/',
      exclude: { path: '\\.test\\.ts$' },
      tsPreCompilationDeps: true,
      collapse: '^src/(modules/[^/]+|[^/]+)',
      validate: true,
      ruleSet: { forbidden: [{ name: 'no-module-cycle', severity: 'error', from: {}, to: { circular: true } }] },
    },
    {},
    { tsConfig: extractTSConfig(path.join(serverDir, 'tsconfig.json')) },
  );
  if (typeof result.output === 'string') throw new Error('expected the JSON result');
  return result.output.summary.violations.map((violation) => `${violation.from} -> ${violation.to}`);
}

describe('module dependencies', () => {
  it('have no cycle, and a planted one between two modules is found', async () => {
    expect(await moduleCycles()).toEqual([]);

    const tag = `planted-cycle-${process.pid}`;
    const aid = path.join(serverDir, 'src', 'modules', 'aid', `${tag}.ts`);
    const contacts = path.join(serverDir, 'src', 'modules', 'contacts', `${tag}.ts`);
    writeFileSync(aid, `import { b } from '../contacts/${tag}.js';\n\nexport const a = () => b;\n`);
    writeFileSync(contacts, `import { a } from '../aid/${tag}.js';\n\nexport const b = () => a;\n`);
    try {
      const found = await moduleCycles();
      expect(found.length).toBeGreaterThan(0);
      expect(found.join('\n')).toMatch(/src\/modules\/(aid -> src\/modules\/contacts|contacts -> src\/modules\/aid)/);
    } finally {
      rmSync(aid, { force: true });
      rmSync(contacts, { force: true });
    }
  });
});
