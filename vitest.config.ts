import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    // Launching a browser on a loaded 2-core machine can take longer than the default 10 s.
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default', './tests/helpers/plain-summary-reporter.ts'],
  },
});
