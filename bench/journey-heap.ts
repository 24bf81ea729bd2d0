// JS heap of the kiosk page after 1,000 scripted visitor sessions, against after 10: a visit that
// leaves something behind (listeners, timers, closures over the last visitor's state) shows as growth.
//
// Measured without a protocol client on the page while the sessions run: Playwright enables the
// Network domain on the pages it drives, and DevTools' record of every request then grows with the
// run as if the kiosk leaked it. Here Chromium runs over a debugging pipe; the page is attached only
// to start the run and to read its result. The page drives itself (the same in-page tap helper as
// journey-latency.ts), collects garbage with `gc()` (--expose-gc) and reads its own heap
// (`performance.memory`, exact with --enable-precise-memory-info) at each sample.
// Bounded: the run stops early if it passes its time budget, and says how many sessions it ran.
//
// `npx tsx bench/journey-heap.ts --jitless` is a diagnostic, not the figure: V8 runs the same visits
// with its interpreter only, so no function gets compiled machine code as it grows hot. What then
// still grows is what the kiosk itself keeps (objects, closures, strings, listeners); the difference
// from the plain run is the engine's warm-up. Its figures are printed under their own names.

import { SHORT_VISIT } from './journey-lib.js';
import { report } from './lib.js';
import { startPipeKiosk } from './pipe-kiosk.js';

const SESSIONS = 1_000;
const BASELINE_AT = 10;
const MIDWAY_AT = 500;
const LATE_AT = 750;
/**
 * Before each sample (the same for every one, baseline included) the page is left alone for this
 * long, as between two real visitors: the last visit's fire-and-forget requests (usage counters)
 * are answered and their promises and buffers released. On a busy machine the host answers tens of
 * requests late, and a heap read while they are in flight counts them as if the kiosk kept them.
 */
const SETTLE_MS = 2_000;
const BUDGET_MS = 6 * 60_000;
const DONE_TITLE = 'bench-heap-run-done';

interface HeapRun {
  readonly state: 'running' | 'done' | 'failed';
  readonly error?: string;
  readonly sessions: number;
  readonly samples: Record<string, number>;
  readonly elapsedMs: number;
}

/** Runs in the page: the visits, and the heap after two forced collections at each sample. */
const RUN = `(() => {
  const run = { state: 'running', sessions: 0, samples: {}, elapsedMs: 0 };
  window.__heapRun = run;
  const heapAfterGc = async () => {
    await new Promise((r) => setTimeout(r, ${SETTLE_MS}));
    await new Promise((r) => requestIdleCallback(r, { timeout: 1000 }));
    gc(); await new Promise((r) => setTimeout(r, 50)); gc();
    return performance.memory.usedJSHeapSize;
  };
  const started = performance.now();
  (async () => {
    while (run.sessions < ${SESSIONS} && performance.now() - started < ${BUDGET_MS}) {
      await window.__visit(${JSON.stringify(SHORT_VISIT)});
      run.sessions += 1;
      if ([${BASELINE_AT}, ${MIDWAY_AT}, ${LATE_AT}].includes(run.sessions)) run.samples[run.sessions] = await heapAfterGc();
    }
    run.samples.final = await heapAfterGc();
    run.elapsedMs = performance.now() - started;
    run.state = 'done';
  })().catch((error) => { run.state = 'failed'; run.error = String(error && error.stack || error); })
    .finally(() => { document.title = '${DONE_TITLE}'; });
  return true;
})()`;

const JITLESS = process.argv.includes('--jitless');
/** The diagnostic's figures carry its name, so they can never be read as the target's. */
const named = (figure: string): string => (JITLESS ? `${figure}, V8 interpreter only (--jitless)` : figure);

const kiosk = await startPipeKiosk(JITLESS ? ['--jitless'] : []);
const { browser } = kiosk;
let run: HeapRun;
try {
  await browser.evaluate(RUN);
  // Nothing is attached to the page until it says it is done (its title, seen from the browser).
  await browser.titleBecomes(DONE_TITLE, BUDGET_MS + 60_000);
  run = (await browser.evaluate('window.__heapRun')) as HeapRun;
} finally {
  await kiosk.close();
}
if (run.state !== 'done') throw new Error(`the heap run ${run.state}: ${run.error ?? 'no result in time'}`);

const mib = (bytes: number | undefined): number => Math.round(((bytes ?? NaN) / 2 ** 20) * 100) / 100;
const baseline = run.samples[String(BASELINE_AT)] ?? NaN;
const final = run.samples.final ?? NaN;
report({ figure: named(`JS heap after ${BASELINE_AT} sessions`), value: mib(baseline), unit: 'MiB' });
// The midway figure tells a plateau (caches filled once) from a leak (growth that goes on).
report({
  figure: named(`JS heap after ${MIDWAY_AT} sessions`),
  value: mib(run.samples[String(MIDWAY_AT)]),
  unit: 'MiB',
});
report({ figure: named(`JS heap after ${LATE_AT} sessions`), value: mib(run.samples[String(LATE_AT)]), unit: 'MiB' });
report({ figure: named(`JS heap after ${run.sessions} sessions`), value: mib(final), unit: 'MiB' });
const midway = run.samples[String(MIDWAY_AT)] ?? NaN;
// Growth that goes on after the warm-up is what a leak looks like; a plateau reached before the
// midway sample is not. Heap snapshots at 10 and 1,000 sessions (journey-heap-snapshots.ts) put
// almost all of the growth in V8's own code space: some 230 functions of the visit (React's
// reconciler, zod parsing, i18n lookups) get optimised machine code and its deoptimisation data
// as they grow hot over hundreds of visits (~0.6 MiB), and V8's number-to-string cache reaches its
// fixed size (64 KiB). App objects, closures, strings and DOM nodes stay flat, and the browser's
// timing entries live outside the JS heap (and are capped). The 750 sample shows the plateau.
report({
  figure: named(`JS heap growth from ${MIDWAY_AT} sessions to the end`),
  value: Math.round(((final - midway) / midway) * 1000) / 10,
  unit: '%',
  against: `after ${MIDWAY_AT} sessions, same page, same run`,
});
report({
  figure: named('JS heap growth (no protocol client on the page during the run)'),
  value: Math.round(((final - baseline) / baseline) * 1000) / 10,
  unit: '%',
  against: `after ${BASELINE_AT} sessions, same page, same run`,
  note: `${run.sessions} sessions of ${SHORT_VISIT.length} taps in ${Math.round(run.elapsedMs / 1000)} s; heap read by the page after gc()`,
});
