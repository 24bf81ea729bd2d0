import { defineConfig } from 'vitest/config';

// Unit and integration tests run under plain Node against the TypeScript sources, with real SQLite
// files in temporary folders. Browser tests are Playwright's (tests/e2e), not Vitest's.
export default defineConfig({
  resolve: {
    // The renderer's first bundle imports `locales/<language>.json?first-screen`, a cut of the file
    // made by renderer/vite.config.ts; under test the whole file stands in for it.
    alias: [{ find: /^(.*\.json)\?first-screen$/, replacement: '$1' }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
  },
});
