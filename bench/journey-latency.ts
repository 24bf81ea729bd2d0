// Tap-to-next-screen latency across the walk-up journey in Chromium, over 30 scripted visits of
// 16 taps each (a first visit warms up). Each tap gives three figures (TAP_HELPER in journey-lib.ts
// says exactly where each one starts and stops):
// - "tap to next screen": from the tap to the end of the rendering of the frame that shows the next
//   screen. The benchmark taps right after a frame, so this includes nearly a whole frame of idle
//   waiting for the next vsync: a screen drawn in the first possible frame still counts ~16 ms here.
// - "app work per tap": the app's own milliseconds in that span: script from the tap until the next
//   screen's element exists, plus the rendering work (style, layout, paint) of the frame that shows it.
//   The idle wait for vsync is left out; this is the figure code changes move.
// - "shown in the first frame": the share of taps whose next screen is in the first frame after the
//   tap (frames counted with requestAnimationFrame from the tap); a tap that misses it costs a frame.
//   Chromium does not start a frame while a task runs: a tap whose work is one long task still shows
//   its screen in the first frame, only later (that is in the two times above). What this share
//   catches is a screen finished in a later task (a chunk or an answer awaited, a second render
//   pass) after a frame has already been drawn without it.
// Per step: both p95s and the first-frame share, plus the p50 of the app's work, which holds still
// better than a p95 when other programs share the machine.
import { percentile, report } from './lib.js';
import { runVisit, startBenchKiosk, VISIT, type TapTiming } from './journey-lib.js';

const VISITS = 30;
const FRAME_MS = 1000 / 60;

const kiosk = await startBenchKiosk();
await runVisit(kiosk.page); // warm-up: first renders, code paths compiled
const samples: TapTiming[] = [];
const byStep = VISIT.map((): TapTiming[] => []);
for (let i = 0; i < VISITS; i += 1) {
  const taps = await runVisit(kiosk.page);
  samples.push(...taps);
  taps.forEach((tap, step) => byStep[step]?.push(tap));
}
await kiosk.close();

const round = (value: number): number => Math.round(value * 10) / 10;
const totals = samples.map((tap) => tap.totalMs);
const works = samples.map((tap) => tap.workMs);
const firstFrameShare = (taps: readonly TapTiming[]): number =>
  taps.length === 0 ? NaN : (100 * taps.filter((tap) => tap.frame === 1).length) / taps.length;

const p50 = percentile(totals, 50);
const p95 = percentile(totals, 95);
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
report({ figure: 'slowest tap', value: round(Math.max(...totals)), unit: 'ms' });
report({
  figure: 'app work per tap p50 (script to next screen + its frame rendering, no vsync wait)',
  value: round(percentile(works, 50)),
  unit: 'ms',
});
report({ figure: 'app work per tap p95', value: round(percentile(works, 95)), unit: 'ms' });
report({ figure: 'app work, slowest tap', value: round(Math.max(...works)), unit: 'ms' });
report({
  figure: 'taps whose next screen is shown in the first frame after the tap',
  value: round(firstFrameShare(samples)),
  unit: '%',
});
// Which taps cost the most, so a slow screen can be found without a trace.
VISIT.forEach(([tap, next], step) => {
  const taps = byStep[step] ?? [];
  const stepTotals = taps.map((sample) => sample.totalMs);
  const stepWorks = taps.map((sample) => sample.workMs);
  const name = `${tap} → ${next}`;
  report({ figure: `p95 of ${name}`, value: round(percentile(stepTotals, 95)), unit: 'ms' });
  report({ figure: `app work p95 of ${name}`, value: round(percentile(stepWorks, 95)), unit: 'ms' });
  report({ figure: `app work p50 of ${name}`, value: round(percentile(stepWorks, 50)), unit: 'ms' });
  report({ figure: `first frame share of ${name}`, value: round(firstFrameShare(taps)), unit: '%' });
});
