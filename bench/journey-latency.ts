// Tap-to-next-screen latency across the walk-up journey in Chromium, over 30 scripted visits of
// 16 taps each (a first visit warms up). The taps are paced as a person's are: each one comes on a
// settled page, at a random point of the display's frame (TAP_HELPER in journey-lib.ts says exactly
// where each figure starts and stops). Per tap:
// - "tap to the frame that shows the next screen": from the tap to the start of the first frame
//   whose picture has the next screen in it. It includes the wait for the display's next frame
//   (up to one frame, half on average); it stays within one frame only if the tap's own script
//   finishes before that frame is due. This is the target's figure: ≤ 16.7 ms at p95.
// - "tap to that frame drawn": the same, plus that frame's style, layout and paint.
// - "app work per tap": the app's own milliseconds: script from the tap until the next screen's
//   element exists, plus the rendering of the frame that shows it, without the idle wait for vsync.
//   This is the figure code changes move.
// - "shown in the first frame": the share of taps whose next screen is in the first frame after the
//   tap; a screen finished in a later task (a chunk or an answer awaited, a second render pass)
//   after a frame was already drawn without it costs a frame.
// The same visits unpaced (each tap right after the previous screen's frame, the previous tap's
// bookkeeping still queued) are run too, for the figure that pacing changes.
//
// `npx tsx bench/journey-latency.ts --jitless` is a diagnostic, not the figure: the same visits with
// V8's interpreter only (no function gets machine code), the price in time of the run in which
// journey-heap.ts --jitless finds no growth. Its figures are printed under their own names.
import { percentile, report, type Figure } from './lib.js';
import { runVisit, startBenchKiosk, VISIT, type TapTiming } from './journey-lib.js';

const VISITS = 30;
const FRAME_MS = 1000 / 60;

const JITLESS = process.argv.includes('--jitless');
const kiosk = await startBenchKiosk(JITLESS ? ['--js-flags=--jitless'] : []);
await runVisit(kiosk.page, VISIT, true); // warm-up: first renders, code paths compiled
const samples: TapTiming[] = [];
const byStep = VISIT.map((): TapTiming[] => []);
for (let i = 0; i < VISITS; i += 1) {
  const taps = await runVisit(kiosk.page, VISIT, true);
  samples.push(...taps);
  taps.forEach((tap, step) => byStep[step]?.push(tap));
}
const unpaced: TapTiming[] = [];
for (let i = 0; i < VISITS; i += 1) unpaced.push(...(await runVisit(kiosk.page, VISIT, false)));
await kiosk.close();

/** The diagnostic's figures carry its name, so they can never be read as the target's. */
const say = (figure: Figure): void => {
  report(JITLESS ? { ...figure, figure: `${figure.figure}, V8 interpreter only (--jitless)` } : figure);
};
const round = (value: number): number => Math.round(value * 10) / 10;
const pick = (taps: readonly TapTiming[], key: 'frameMs' | 'totalMs' | 'workMs'): number[] =>
  taps.map((tap) => tap[key]);
const firstFrameShare = (taps: readonly TapTiming[]): number =>
  taps.length === 0 ? NaN : (100 * taps.filter((tap) => tap.frame === 1).length) / taps.length;

const frames = pick(samples, 'frameMs');
say({
  figure: `tap to the frame that shows the next screen p50 (${samples.length} paced taps, ${VISIT.length} per visit)`,
  value: round(percentile(frames, 50)),
  unit: 'ms',
});
say({
  figure: 'tap to the frame that shows the next screen p95',
  value: round(percentile(frames, 95)),
  unit: 'ms',
  against: '16.7 ms (one frame at 60 Hz)',
});
say({
  figure: 'tap to the frame that shows the next screen p95, in frames',
  value: round(percentile(frames, 95) / FRAME_MS),
  unit: 'frames',
});
say({
  figure: 'tap to the frame that shows the next screen, slowest',
  value: round(Math.max(...frames)),
  unit: 'ms',
});
const drawn = pick(samples, 'totalMs');
say({ figure: 'tap to that frame drawn p50', value: round(percentile(drawn, 50)), unit: 'ms' });
say({ figure: 'tap to that frame drawn p95', value: round(percentile(drawn, 95)), unit: 'ms' });
const works = pick(samples, 'workMs');
say({
  figure: 'app work per tap p50 (script to next screen + its frame rendering, no vsync wait)',
  value: round(percentile(works, 50)),
  unit: 'ms',
});
say({
  figure: 'app work per tap p95',
  value: round(percentile(works, 95)),
  unit: 'ms',
  against: '16.7 ms frame budget',
});
say({ figure: 'app work, slowest tap', value: round(Math.max(...works)), unit: 'ms' });
say({
  figure: 'taps whose next screen is shown in the first frame after the tap',
  value: round(firstFrameShare(samples)),
  unit: '%',
});
say({
  figure: `unpaced (${unpaced.length} taps back to back): tap to the frame that shows the next screen p95`,
  value: round(percentile(pick(unpaced, 'frameMs'), 95)),
  unit: 'ms',
});
say({
  figure: 'unpaced: tap to that frame drawn p95',
  value: round(percentile(pick(unpaced, 'totalMs'), 95)),
  unit: 'ms',
});
say({ figure: 'unpaced: app work per tap p95', value: round(percentile(pick(unpaced, 'workMs'), 95)), unit: 'ms' });
say({ figure: 'unpaced: shown in the first frame', value: round(firstFrameShare(unpaced)), unit: '%' });
// Which taps cost the most, so a slow screen can be found without a trace.
VISIT.forEach(([tap, next], step) => {
  const taps = byStep[step] ?? [];
  const name = `${tap} → ${next}`;
  say({ figure: `p95 to the frame of ${name}`, value: round(percentile(pick(taps, 'frameMs'), 95)), unit: 'ms' });
  say({ figure: `app work p95 of ${name}`, value: round(percentile(pick(taps, 'workMs'), 95)), unit: 'ms' });
  say({ figure: `app work p50 of ${name}`, value: round(percentile(pick(taps, 'workMs'), 50)), unit: 'ms' });
  say({ figure: `first frame share of ${name}`, value: round(firstFrameShare(taps)), unit: '%' });
});
