import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    globalSetup: ['./test/global-setup.ts'],
    // Generous: CI machines have two cores and the demo seed writes a few thousand rows.
    testTimeout: 90_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
