import { defineConfig } from 'vitest/config';

// Unit and integration tests run under plain Node against the TypeScript sources, with real SQLite
// files in temporary folders. Browser tests are Playwright's (tests/e2e), not Vitest's.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
  },
});
