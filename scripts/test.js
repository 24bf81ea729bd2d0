// `npm test`: everything CI checks, in order, with one summary at the end. A browser is required:
// the end-to-end tests never skip silently, they fail and say which browser is missing.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { findChromium } from './lib/chromium.js';
import { electronBinary } from './lib/electron-binary.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const steps = [
  { name: 'build', script: 'build' },
  { name: 'typecheck', script: 'typecheck' },
  { name: 'lint', script: 'lint' },
  { name: 'format', script: 'format:check' },
  { name: 'security scan (electronegativity)', command: ['node', 'scripts/security-scan.js'] },
  { name: 'bundled sample configuration valid', command: ['node', 'bin/kioskctl.js', 'config', 'validate'] },
  { name: 'unit and integration (Vitest)', script: 'test:unit' },
  { name: 'end-to-end (Playwright, Chromium)', script: 'test:e2e', needsBrowser: true },
];

const results = [];
for (const step of steps) {
  if (step.needsBrowser && findChromium() === null && !process.env.PLAYWRIGHT_BROWSERS_PATH) {
    console.log(
      '\nNo Chromium found: set CHROMIUM_PATH, install Debian\'s "chromium" package, or run "npx playwright install chromium".',
    );
  }
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const [command, ...args] = step.command ?? ['npm', 'run', '--silent', step.script];
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  const passed = run.status === 0;
  results.push({ name: step.name, passed, seconds: (Date.now() - started) / 1000 });
  if (!passed && step.name === 'build') break; // nothing after it can run on a broken build
}

// The Electron smoke test needs an Electron binary, which cannot be downloaded on machines that
// reach only the npm registry. It is then reported as NOT RUN, never as passed.
const electron = results.every((r) => r.passed) ? electronBinary(root) : null;
let electronNote = 'NOT RUN  Electron smoke test: no Electron binary could be obtained on this machine';
if (electron !== null) {
  console.log('\n=== Electron smoke (Playwright _electron) ===');
  const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const command = ['npx', 'playwright', 'test', '-c', 'tests/electron-e2e/playwright.config.ts'];
  const [bin, ...args] = headless ? ['xvfb-run', '-a', ...command] : command;
  const started = Date.now();
  const run = spawnSync(bin, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ELECTRON_BINARY: electron } });
  results.push({
    name: 'Electron smoke (Playwright _electron)',
    passed: run.status === 0,
    seconds: (Date.now() - started) / 1000,
  });
  electronNote = null;
}

console.log('\n=== summary ===');
for (const r of results) console.log(`${r.passed ? 'PASS' : 'FAIL'}  ${r.name} (${r.seconds.toFixed(1)} s)`);
if (electronNote !== null) console.log(electronNote);
const failed = results.filter((r) => !r.passed).length;
const ranAll = results.length >= steps.length;
console.log(`${results.length - failed} passed, ${failed + Math.max(0, steps.length - results.length)} failed`);
process.exit(failed === 0 && ranAll ? 0 : 1);
