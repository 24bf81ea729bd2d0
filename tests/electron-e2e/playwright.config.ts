import { defineConfig } from '@playwright/test';

// The Electron smoke test: run by `npm test` only where an Electron binary exists (scripts/test.js
// says plainly when it does not run). Everything else is covered through the web host.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
});
