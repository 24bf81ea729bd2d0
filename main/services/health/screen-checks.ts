import type { ScreenReport } from '../../contract/index.js';

import { outcome, type CheckOutcome } from './check-runner.js';

/** Below this the kiosk's screens do not fit (a mis-set or fallback display mode). */
export const MIN_DISPLAY = { width: 800, height: 600 } as const;

/** The display as the screen reported it: too small fails, no touch warns (a mouse still works). */
export function displayCheck(report: ScreenReport | undefined): CheckOutcome {
  if (report === undefined) return outcome('unknown', 'not_reported', 'no screen reported its display');
  const { width, height, touchPoints } = report.display;
  const detail = `${width}×${height}, ${touchPoints} touch points`;
  const measured = { value: width, unit: 'px' };
  const figures = { width, height, touchPoints };
  if (width < MIN_DISPLAY.width || height < MIN_DISPLAY.height)
    return outcome('fail', 'small_display', detail, measured, figures);
  if (touchPoints === 0) return outcome('warn', 'no_touch', detail, measured, figures);
  return outcome('pass', 'display_ok', detail, measured, figures);
}

/** Sound: whether the screen could start audio output. Hearing it is a checklist item. */
export function audioCheck(report: ScreenReport | undefined): CheckOutcome {
  if (report === undefined) return outcome('unknown', 'not_reported', 'no screen reported its sound');
  switch (report.audio) {
    case 'running':
      return outcome('pass', 'audio_ok');
    case 'suspended':
      return outcome('warn', 'audio_suspended', 'the audio output would not start');
    case 'unavailable':
      return outcome('fail', 'audio_unavailable', 'no audio output');
  }
}
