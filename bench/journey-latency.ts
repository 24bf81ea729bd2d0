// Tap-to-next-screen latency across the walk-up journey in Chromium: from the tap to the first
// frame that shows the next screen, over 30 scripted visits of 17 taps each (the first visit warms up).
import { percentile, report } from './lib.js';
import { runVisit, startBenchKiosk, VISIT } from './journey-lib.js';

const VISITS = 30;
const FRAME_MS = 1000 / 60;

const kiosk = await startBenchKiosk();
await runVisit(kiosk.page); // warm-up: first renders, code paths compiled
const samples: number[] = [];
const byStep = VISIT.map((): number[] => []);
for (let i = 0; i < VISITS; i += 1) {
  const times = await runVisit(kiosk.page);
  samples.push(...times);
  times.forEach((ms, step) => byStep[step]?.push(ms));
}
await kiosk.close();

const p50 = percentile(samples, 50);
const p95 = percentile(samples, 95);
const round = (value: number): number => Math.round(value * 10) / 10;
report({
  figure: `tap to next screen p50 (${samples.length} taps, ${VISIT.length} per visit)`,
  value: round(p50),
  unit: 'ms',
});
report({ figure: 'tap to next screen p95', value: round(p95), unit: 'ms' });
report({
  figure: 'tap to next screen p50, in frames',
  value: round(p50 / FRAME_MS),
  unit: 'frames',
  against: '16.7 ms frame (60 Hz)',
});
report({
  figure: 'tap to next screen p95, in frames',
  value: round(p95 / FRAME_MS),
  unit: 'frames',
  against: '16.7 ms frame (60 Hz)',
});
report({ figure: 'slowest tap', value: round(Math.max(...samples)), unit: 'ms' });
// Which taps cost the most: the step's p95, so a slow screen can be found without a trace.
const round1 = (value: number): number => Math.round(value * 10) / 10;
VISIT.forEach(([tap, next], step) => {
  report({ figure: `p95 of ${tap} → ${next}`, value: round1(percentile(byStep[step] ?? [], 95)), unit: 'ms' });
});
