// Web host cold start: from spawning `kioskctl serve` to the first answered contract call
// (getKioskInfo over HTTP). Includes Node's own start-up, opening SQLite and loading the config.
import { performance } from 'node:perf_hooks';

import { median, report, startHostProcess } from './lib.js';

const RUNS = 7;
const times: number[] = [];
for (let i = 0; i < RUNS; i += 1) {
  const started = performance.now();
  const host = await startHostProcess();
  const response = await fetch(new URL('api/getKioskInfo', host.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  });
  const body = (await response.json()) as { ok: boolean };
  if (!body.ok) throw new Error('getKioskInfo failed');
  times.push(performance.now() - started);
  await host.stop();
}
report({
  figure: 'web host cold start to first answered call (median of 7)',
  value: Math.round(median(times)),
  unit: 'ms',
});
report({
  figure: 'web host cold start, slowest of 7',
  value: Math.round(Math.max(...times)),
  unit: 'ms',
});
