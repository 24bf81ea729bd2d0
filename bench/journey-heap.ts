// JS heap of the kiosk page after 1,000 scripted visitor sessions, against after 10: a visit that
// leaves something behind (listeners, timers, closures over the last visitor's state) shows as growth.
// Bounded: the run stops early if it passes its time budget, and says how many sessions it ran.
import type { Page } from '@playwright/test';

import { report } from './lib.js';
import { runVisit, SHORT_VISIT, startBenchKiosk } from './journey-lib.js';

const SESSIONS = 1_000;
const BASELINE_AT = 10;
const MIDWAY_AT = 500;
const BUDGET_MS = 4 * 60_000;

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

const kiosk = await startBenchKiosk();
const started = Date.now();
let baseline = 0;
let midway = 0;
let sessions = 0;
while (sessions < SESSIONS && Date.now() - started < BUDGET_MS) {
  await runVisit(kiosk.page, SHORT_VISIT);
  sessions += 1;
  if (sessions === BASELINE_AT) baseline = await heapAfterGc(kiosk.page);
  if (sessions === MIDWAY_AT) midway = await heapAfterGc(kiosk.page);
}
const final = await heapAfterGc(kiosk.page);
const elapsed = Date.now() - started;
await kiosk.close();

const mib = (bytes: number): number => Math.round((bytes / 2 ** 20) * 100) / 100;
report({ figure: `JS heap after ${BASELINE_AT} sessions`, value: mib(baseline), unit: 'MiB' });
// The midway figure tells a plateau (caches filled once) from a leak (growth that goes on).
report({ figure: `JS heap after ${MIDWAY_AT} sessions`, value: mib(midway), unit: 'MiB' });
report({ figure: `JS heap after ${sessions} sessions`, value: mib(final), unit: 'MiB' });
report({
  figure: 'JS heap growth',
  value: Math.round(((final - baseline) / baseline) * 1000) / 10,
  unit: '%',
  against: `after ${BASELINE_AT} sessions, same page, same run`,
  note: `${sessions} sessions of ${SHORT_VISIT.length} taps in ${Math.round(elapsed / 1000)} s`,
});
