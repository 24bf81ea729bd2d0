// `npm run soak -- --sessions N [--seed S] [--fault-rate R]` (through scripts/soak.js): scripted visitor sessions through the
// web host in Chromium — random paths through the journey, slips printed to the ESC/POS emulator
// over TCP with random printer faults — then a report of sessions completed, unexpected errors,
// slips printed and not printed, and the memory of the host and of the page at the start and end.
//
// The host runs as its own process (`kioskctl serve`, as `npm start` does), so its memory is
// measured apart from this script's. Exit status 1 when anything unexpected happened.
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { chromium, type Page } from '@playwright/test';

import { percentile, ROOT, startHostProcess } from '../bench/lib.js';
import { HEALTHY } from '../main/services/printing/emulator/emulator-state.js';
import { EscPosEmulator } from '../main/services/printing/emulator/escpos-emulator.js';
import { serveEmulatorOverTcp } from '../main/services/printing/emulator/emulator-hosts.js';
import { chromiumArgs, chromiumLaunchOptions } from '../tests/support/browser.js';

import { createRandom, pickFault, planSession, type Fault, type SoakStep } from './lib/soak-plan.js';
import { heapAfterGc, rssOf } from './lib/soak-memory.js';
import { fromHalfway, sampleEvery, trendOf, type MemorySample, type Trend } from './lib/soak-trend.js';

const { values } = parseArgs({
  options: {
    sessions: { type: 'string', default: '200' },
    seed: { type: 'string', default: '20261122' },
    'fault-rate': { type: 'string', default: '0.2' },
  },
});
const SESSIONS = Number(values.sessions);
const FAULT_RATE = Number(values['fault-rate']);
if (!Number.isInteger(SESSIONS) || SESSIONS < 1 || !(FAULT_RATE >= 0 && FAULT_RATE <= 1)) {
  console.error('usage: npm run soak -- --sessions N (N ≥ 1) [--seed S] [--fault-rate 0..1]');
  process.exit(2);
}
const random = createRandom(Number(values.seed));
/** A screen that does not come within this time is an unexpected error, never a silent wait. */
const STEP_TIMEOUT_MS = 25_000;

const emulator = new EscPosEmulator();
const printer = await serveEmulatorOverTcp(emulator);
const configDir = await mkdtemp(join(tmpdir(), 'kiosk-soak-config-'));
await cp(join(ROOT, 'kiosk-config'), configDir, { recursive: true });
const printers = JSON.parse(await readFile(join(configDir, 'printers.json'), 'utf8')) as Record<string, unknown>;
await writeFile(
  join(configDir, 'printers.json'),
  JSON.stringify({
    ...printers,
    printer: 'soak',
    printTimeoutSeconds: 8,
    statusTimeoutMs: 800,
    // Scripted visitors follow each other faster than any real queue: the highest limits the
    // schema allows. A slip still held back is counted apart, not as a failure.
    slipLimit: { perSession: 20, perMinute: 60 },
    printers: [
      {
        id: 'soak',
        transport: { kind: 'tcp', host: '127.0.0.1', port: printer.port, connectTimeoutMs: 1000, idleTimeoutMs: 3000 },
        profile: { paperWidthMm: 80, codePage: 'wpc1252' },
      },
    ],
  }),
);
const directory = JSON.parse(await readFile(join(configDir, 'directory.json'), 'utf8')) as {
  services: { id: string; category: string }[];
};

const host = await startHostProcess(['--config', configDir]);
const hostPid = host.child.pid ?? 0;
const browser = await chromium.launch({ ...chromiumLaunchOptions(), args: chromiumArgs() });
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });

const unexpected: string[] = [];
page.on('pageerror', (error) => unexpected.push(`page error: ${error.message}`));
page.on('console', (message) => {
  if (message.type() === 'error') unexpected.push(`console error: ${message.text()}`);
});
page.on('crash', () => unexpected.push('page crashed'));
page.on('response', (response) => {
  if (response.status() >= 400) unexpected.push(`HTTP ${String(response.status())} for ${response.url()}`);
});

await page.goto(host.url);
await page.waitForSelector('[data-testid="screen-language"]');
const sample = async (sessions: number): Promise<MemorySample> => ({
  sessions,
  hostRss: await rssOf(hostPid),
  pageHeap: await heapAfterGc(page),
});
const start = await sample(0);

/** Code and translations load on first use; growth is judged from after this many sessions. */
const WARM_UP = Math.min(50, Math.max(1, Math.floor(SESSIONS / 10)));
let warm = start;
/** Samples from the end of the warm-up on, for the trend. */
const samples: MemorySample[] = [];
const SAMPLE_EVERY = sampleEvery(SESSIONS);
const tally = { completed: 0, printed: 0, notPrinted: 0, limited: 0, shown: 0, faults: 0 };
/** Milliseconds from the tap on "print" or "show" to the outcome on screen, by printer state. */
const outcomeTimes = new Map<string, number[]>();
const started = Date.now();

async function tap(target: Page, testId: string, next: string): Promise<void> {
  await target.getByTestId(testId).first().click({ timeout: STEP_TIMEOUT_MS });
  await target.getByTestId(next).first().waitFor({ timeout: STEP_TIMEOUT_MS });
}

/** One step; a print checks that the visitor was told the truth about the slip. */
async function runStep(step: SoakStep): Promise<void> {
  if (step.kind === 'tap') {
    await tap(page, step.testId, step.next);
    return;
  }
  const fault: Fault | null = step.kind === 'print' && random() < FAULT_RATE ? pickFault(random) : null;
  if (fault !== null) {
    tally.faults += 1;
    emulator.setFaults(fault.faults);
  }
  const tapped = Date.now();
  await tap(page, step.kind === 'print' ? 'print-slip' : 'show-slip', 'referral-outcome');
  const label = step.kind === 'show' ? 'shown on screen' : (fault?.name ?? 'healthy printer');
  outcomeTimes.set(label, [...(outcomeTimes.get(label) ?? []), Date.now() - tapped]);
  const outcome = await page.getByTestId('referral-outcome').getAttribute('data-outcome');
  if (step.kind === 'show') {
    if (outcome === 'shown') tally.shown += 1;
    else unexpected.push(`show slip ended as ${String(outcome)}`);
  } else if (outcome === 'printed') {
    tally.printed += 1;
    if (fault !== null) unexpected.push(`slip reported printed although the printer had "${fault.name}"`);
  } else if (outcome === 'not_printed') {
    tally.notPrinted += 1;
    if (fault === null) unexpected.push('a healthy printer did not print');
  } else if (outcome === 'limited') {
    tally.limited += 1;
  } else {
    unexpected.push(`print ended as ${String(outcome)}`);
  }
  emulator.setFaults({ ...HEALTHY });
  await tap(page, 'referral-close', 'screen-service');
}

for (let session = 0; session < SESSIONS; session += 1) {
  const steps = planSession(random, directory.services);
  try {
    for (const step of steps) await runStep(step);
    tally.completed += 1;
  } catch (error) {
    unexpected.push(
      `session ${String(session)}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
    emulator.setFaults({ ...HEALTHY });
    // Start the next session from a clean page, as a staff member restarting the screen would.
    await page.goto(host.url);
    await page.waitForSelector('[data-testid="screen-language"]', { timeout: STEP_TIMEOUT_MS });
  }
  const done = session + 1;
  if (done === WARM_UP) {
    warm = await sample(done);
    samples.push(warm);
  } else if (done > WARM_UP && (done % SAMPLE_EVERY === 0 || done === SESSIONS)) {
    const taken = await sample(done);
    samples.push(taken);
    process.stderr.write(
      `${String(done)} sessions, ${String(unexpected.length)} unexpected, host RSS ${(taken.hostRss / 2 ** 20).toFixed(1)} MiB, page heap ${(taken.pageHeap / 2 ** 20).toFixed(2)} MiB\n`,
    );
  }
}

const end = samples.at(-1) ?? (await sample(SESSIONS));
const minutes = (Date.now() - started) / 60_000;
await browser.close();
await host.stop();
await printer.close();

const mib = (bytes: number): string => (bytes / 2 ** 20).toFixed(1);
console.log(`Sessions completed: ${String(tally.completed)} of ${String(SESSIONS)} in ${minutes.toFixed(1)} min`);
console.log(`Unexpected errors: ${String(unexpected.length)}`);
for (const line of unexpected.slice(0, 20)) console.log(`  - ${line}`);
console.log(
  `Slips printed: ${String(tally.printed)}, not printed: ${String(tally.notPrinted)} (${String(tally.faults)} printer faults injected), held back by the slip limit: ${String(tally.limited)}, shown on screen: ${String(tally.shown)}`,
);
const growth = (from: number, to: number): string => `${(((to - from) / from) * 100).toFixed(1)} %`;
const trendLine = (name: string, pick: (s: MemorySample) => number): string => {
  const describe = (trend: Trend | null): string =>
    trend === null
      ? 'too few samples (run more sessions)'
      : `${(trend.bytesPer1000 / 1024).toFixed(0)} KiB per 1,000 sessions (${trend.percentPer1000.toFixed(2)} %) over ${String(trend.samples)} samples`;
  return `${name} trend (least squares), after warm-up: ${describe(trendOf(samples, pick))}; second half: ${describe(trendOf(fromHalfway(samples), pick))}`;
};
console.log(
  `Web host RSS: ${mib(start.hostRss)} MiB at start, ${mib(warm.hostRss)} MiB after ${String(WARM_UP)} sessions, ${mib(end.hostRss)} MiB at end (${growth(warm.hostRss, end.hostRss)} after warm-up)`,
);
console.log(
  `Page JS heap (after GC): ${mib(start.pageHeap)} MiB at start, ${mib(warm.pageHeap)} MiB after ${String(WARM_UP)} sessions, ${mib(end.pageHeap)} MiB at end (${growth(warm.pageHeap, end.pageHeap)} after warm-up)`,
);
console.log(trendLine('Web host RSS', (s) => s.hostRss));
console.log(trendLine('Page JS heap', (s) => s.pageHeap));
console.log(
  `Memory samples (sessions: host RSS MiB / page heap MiB): ${samples
    .map((s) => `${String(s.sessions)}: ${mib(s.hostRss)}/${(s.pageHeap / 2 ** 20).toFixed(2)}`)
    .join(', ')}`,
);
for (const [label, times] of outcomeTimes) {
  console.log(
    `Tap to slip outcome, ${label}: p50 ${String(percentile(times, 50))} ms, p95 ${String(percentile(times, 95))} ms, max ${String(Math.max(...times))} ms (${String(times.length)})`,
  );
}
process.exit(unexpected.length === 0 && tally.completed === SESSIONS ? 0 : 1);
