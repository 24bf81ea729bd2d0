import type { ReactElement } from 'react';

import { IdleOverlay } from './IdleOverlay.js';
import { useIdleTimer, type IdleSettings } from './use-idle-timer.js';

/**
 * The idle timer and its warning, in a component of their own: the timer's phase changes (it
 * starts watching as a visitor leaves the language screen, then counts down each second) re-render
 * only this, not the whole visitor frame. In the shell, starting to watch drew the new screen a
 * second time just after its first frame.
 */
export function IdleGuard(settings: IdleSettings): ReactElement | null {
  const idle = useIdleTimer(settings);
  return idle.phase.kind === 'warning' ? (
    <IdleOverlay secondsLeft={idle.phase.secondsLeft} onStillHere={idle.stillHere} />
  ) : null;
}
