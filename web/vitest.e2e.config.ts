import { defineConfig } from 'vitest/config';

/** Browser tests: the built product in Debian's Chromium (see e2e/global-setup.ts). */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
