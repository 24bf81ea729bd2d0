// Diagnostic companion of journey-heap.ts: the same self-driven visits, but the page pauses at each
// sample, the benchmark attaches only then, takes a heap snapshot and detaches again. Prints what
// grew between the first and the last sample, by category and by constructor, so growth can be
// told apart: V8 code and feedback (warm-up), strings, app objects, the browser's timing entries…
// Not part of `npm run bench`: it writes snapshots (tens of MB) and the snapshots themselves keep
// a little in the renderer. Run: npx tsx bench/journey-heap-snapshots.ts [10,500,1000] [--keep DIR]
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { PipeBrowser } from './cdp-pipe.js';
import { CODE_CATEGORY, NATIVE_CATEGORY, summariseSnapshot, type SnapshotSummary } from './heap-snapshot-summary.js';
import { SHORT_VISIT } from './journey-lib.js';
import { startPipeKiosk } from './pipe-kiosk.js';

const samplesArg = process.argv[2] ?? '10,500,1000';
const SAMPLES = samplesArg.split(',').map(Number);
const keepIndex = process.argv.indexOf('--keep');
const KEEP_DIR = keepIndex > 0 ? process.argv[keepIndex + 1] : undefined;
const LAST = Math.max(...SAMPLES);

/** Runs in the page: the visits; at each sample it reads its heap after gc() and waits to be resumed. */
const RUN = `(() => {
  const run = { state: 'running', sessions: 0, heap: {}, entries: {}, resume: null };
  window.__heapRun = run;
  const heapAfterGc = async () => {
    // As journey-heap.ts: left alone first, so requests still in flight are answered.
    await new Promise((r) => setTimeout(r, 2000));
    await new Promise((r) => requestIdleCallback(r, { timeout: 1000 }));
    gc(); await new Promise((r) => setTimeout(r, 50)); gc();
    return performance.memory.usedJSHeapSize;
  };
  const entryCounts = () => {
    const counts = {};
    for (const entry of performance.getEntries()) counts[entry.entryType] = (counts[entry.entryType] ?? 0) + 1;
    counts.domNodes = document.getElementsByTagName('*').length;
    return counts;
  };
  const pause = (n) => new Promise((resolve) => { run.resume = resolve; document.title = 'bench-heap-sample-' + n; });
  (async () => {
    while (run.sessions < ${LAST}) {
      await window.__visit(${JSON.stringify(SHORT_VISIT)});
      run.sessions += 1;
      if (${JSON.stringify(SAMPLES)}.includes(run.sessions)) {
        run.heap[run.sessions] = await heapAfterGc();
        run.entries[run.sessions] = entryCounts();
        await pause(run.sessions);
      }
    }
    run.state = 'done';
  })().catch((error) => { run.state = 'failed'; run.error = String(error && error.stack || error); document.title = 'bench-heap-failed'; });
  return true;
})()`;

async function snapshot(browser: PipeBrowser): Promise<string> {
  return browser.attached(async (session) => {
    const chunks: string[] = [];
    session.on('HeapProfiler.addHeapSnapshotChunk', (params) => chunks.push(params.chunk as string));
    await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    return chunks.join('');
  });
}

const kiosk = await startPipeKiosk();
const { browser } = kiosk;
const summaries = new Map<number, SnapshotSummary>();
const heaps: Record<string, number> = {};
const entries: Record<string, Record<string, number>> = {};
try {
  await browser.evaluate(RUN);
  for (const n of SAMPLES) {
    if (!(await browser.titleBecomes(`bench-heap-sample-${String(n)}`, 10 * 60_000))) {
      throw new Error(`no sample ${String(n)}: ${JSON.stringify(await browser.evaluate('window.__heapRun'))}`);
    }
    const text = await snapshot(browser);
    if (KEEP_DIR !== undefined) await writeFile(join(KEEP_DIR, `heap-${String(n)}.heapsnapshot`), text);
    summaries.set(n, summariseSnapshot(text));
    const state = (await browser.evaluate(
      `(() => { const r = window.__heapRun; const s = { heap: r.heap, entries: r.entries }; r.resume(); return s; })()`,
    )) as { heap: Record<string, number>; entries: Record<string, Record<string, number>> };
    Object.assign(heaps, state.heap);
    Object.assign(entries, state.entries);
    console.log(`sample ${String(n)}: usedJSHeapSize ${String(heaps[n])}, snapshot ${String(summaries.get(n)?.total)}`);
  }
} finally {
  await kiosk.close();
}

const kib = (bytes: number): string => (bytes / 1024).toFixed(1).padStart(9);
const first = summaries.get(SAMPLES[0] ?? NaN);
console.log('\nperformance entries and DOM nodes at each sample:');
for (const n of SAMPLES) console.log(`  ${String(n).padStart(5)}: ${JSON.stringify(entries[n])}`);
console.log(
  '\nsnapshot totals (KiB): ' + SAMPLES.map((n) => `${String(n)}: ${kib(summaries.get(n)?.total ?? NaN)}`).join('  '),
);
if (first !== undefined) {
  for (const view of ['byCategory', 'byName'] as const) {
    const keys = new Set<string>();
    for (const summary of summaries.values()) for (const key of summary[view].keys()) keys.add(key);
    const rows = [...keys].map((key) => ({
      key,
      sizes: SAMPLES.map((n) => summaries.get(n)?.[view].get(key) ?? { size: 0, count: 0 }),
    }));
    const grew = (row: (typeof rows)[number]): number =>
      (row.sizes[row.sizes.length - 1]?.size ?? 0) - (row.sizes[0]?.size ?? 0);
    rows.sort((a, b) => Math.abs(grew(b)) - Math.abs(grew(a)));
    console.log(`\n${view}: KiB (count) at ${SAMPLES.join(' / ')}, sorted by change first→last`);
    for (const row of rows.slice(0, view === 'byCategory' ? 30 : 60)) {
      if (grew(row) === 0) continue;
      const cells = row.sizes.map((s) => `${kib(s.size)} (${String(s.count).padStart(6)})`).join(' ');
      console.log(`  ${cells}  ${kib(grew(row))}  ${row.key}`);
    }
  }
}

// The JS heap's growth split in two: V8's compiled code (functions growing hot, the engine's
// warm-up) and everything else the JS heap holds (the app's objects, strings, closures, arrays,
// V8's caches). Blink's native objects are left out of both: `performance.memory` does not count them.
const last = summaries.get(LAST);
const firstHeap = heaps[SAMPLES[0] ?? NaN];
const lastHeap = heaps[LAST];
if (first !== undefined && last !== undefined && firstHeap !== undefined && lastHeap !== undefined) {
  const grew = (key: string): number => (last.byCategory.get(key)?.size ?? 0) - (first.byCategory.get(key)?.size ?? 0);
  const code = grew(CODE_CATEGORY);
  const rest = last.total - first.total - code - grew(NATIVE_CATEGORY);
  const share = (bytes: number): string =>
    `${((bytes / firstHeap) * 100).toFixed(1)} % of the JS heap at ${String(SAMPLES[0])}`;
  console.log(`
JS heap growth ${String(SAMPLES[0])} → ${String(LAST)} sessions, from the snapshots:`);
  console.log(`  V8's compiled code: ${kib(code)} KiB (${share(code)})`);
  console.log(`  everything else:    ${kib(rest)} KiB (${share(rest)})`);
  // usedJSHeapSize also counts what no snapshot node holds (fillers between objects, among them
  // the code space's alignment), so the two parts above need not add up to its growth.
  const used = lastHeap - firstHeap;
  console.log(
    `  usedJSHeapSize:     ${kib(used)} KiB (${share(used)}), of it in no snapshot node ${kib(used - code - rest)} KiB`,
  );
}
