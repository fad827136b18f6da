import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['extractors/**/*.test.ts', 'pipeline/**/*.test.ts', 'queue/**/*.test.ts', 'output/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
