import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { productionNodeArgs, repoRoot } from '../bench/lib.js';

/*
 * Production starts the server with a V8 heap cap (decision 10): `pnpm start` (server/package.json)
 * and the Docker image must start it the same way, and the benchmark reads the options from the
 * former, so what is measured is what runs.
 */
describe('the production start command', () => {
  it('caps the heap, in the start script and in the Docker image alike', () => {
    const options = productionNodeArgs();
    expect(options).toContainEqual(expect.stringMatching(/^--max-old-space-size=\d+$/));
    const dockerfile = readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8');
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1];
    expect(cmd).toBeDefined();
    expect(JSON.parse(cmd as string)).toEqual(['node', ...options, 'server/dist/main.js']);
  });

  it('is what the root `pnpm start` runs once the build is there, exec-ed so signals reach the server', () => {
    const root = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      scripts: { start: string };
    };
    expect(root.scripts.start).toBe(
      `node scripts/ensure-built.mjs && exec ${['node', ...productionNodeArgs(), 'server/dist/main.js'].join(' ')}`,
    );
  });
});
