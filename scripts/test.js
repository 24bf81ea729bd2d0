// `npm test`: everything CI checks, in order, with one summary at the end. A browser is required:
// the end-to-end tests never skip silently, they fail and say which browser is missing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { findChromium } from './lib/chromium.js';
import { electronBinary } from './lib/electron-binary.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// Vitest's own list of failures scrolls away under the end-to-end output; its JSON report is kept
// so the summary at the very end can name each failed test and the first line of its error.
const reportFolder = mkdtempSync(join(tmpdir(), 'kiosk-test-report-'));
const vitestReport = join(reportFolder, 'vitest.json');

const steps = [
  { name: 'build', script: 'build' },
  { name: 'typecheck', script: 'typecheck' },
  { name: 'lint', script: 'lint' },
  { name: 'format', script: 'format:check' },
  { name: 'security scan (electronegativity)', command: ['node', 'scripts/security-scan.js'] },
  { name: 'bundled sample configuration valid', command: ['node', 'bin/kioskctl.js', 'config', 'validate'] },
  {
    name: 'unit and integration (Vitest)',
    command: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
  },
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

/** The failed Vitest tests, one line each: file, test name and the first line of the error. */
function vitestFailures() {
  let report;
  try {
    report = JSON.parse(readFileSync(vitestReport, 'utf8'));
  } catch {
    return []; // no report: the step did not get as far as running tests, its own output says why
  }
  const lines = [];
  for (const file of report.testResults ?? []) {
    const where = relative(root, file.name);
    const failed = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of failed) {
      const first = String(test.failureMessages?.[0] ?? '').split('\n')[0];
      lines.push(`  ${where} › ${test.fullName}: ${first}`);
    }
    // A file that fails before any test runs (an import error) has no failed test to name.
    if (failed.length === 0 && file.status === 'failed')
      lines.push(`  ${where}: ${String(file.message).split('\n')[0]}`);
  }
  return lines;
}

console.log('\n=== summary ===');
for (const r of results) {
  console.log(`${r.passed ? 'PASS' : 'FAIL'}  ${r.name} (${r.seconds.toFixed(1)} s)`);
  if (!r.passed && r.name.startsWith('unit and integration')) for (const line of vitestFailures()) console.log(line);
}
rmSync(reportFolder, { recursive: true, force: true });
if (electronNote !== null) console.log(electronNote);
const failed = results.filter((r) => !r.passed).length;
const ranAll = results.length >= steps.length;
console.log(`${results.length - failed} passed, ${failed + Math.max(0, steps.length - results.length)} failed`);
process.exit(failed === 0 && ranAll ? 0 : 1);
