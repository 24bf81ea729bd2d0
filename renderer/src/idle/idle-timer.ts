/**
 * When a visitor walks away, the screen must not keep what they looked at. After a quiet period an
 * overlay counts down; touching "I'm still here" continues, reaching zero wipes the session.
 *
 * Pure logic: time and timers are injected, so tests drive it with a fake clock and the UI gets
 * the same behaviour in Electron and in a browser.
 */

/** Accessibility guidance: a time limit warns at least 20 seconds ahead (kiosk-shell.md). */
export const MIN_WARNING_SECONDS = 20;

export interface IdleClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export type IdlePhase =
  /** Not counting (language screen, out of service). */
  | { readonly kind: 'stopped' }
  /** Counting quietly; any touch starts the quiet period again. */
  | { readonly kind: 'watching' }
  /** The overlay is up: `secondsLeft` is what the countdown shows. */
  | { readonly kind: 'warning'; readonly secondsLeft: number }
  /** Held by an operation that must not be interrupted (printing). */
  | { readonly kind: 'paused' };

export interface IdleDurations {
  /** Time without a touch before the overlay appears. */
  readonly quietMs: number;
  /** Length of the visible countdown. */
  readonly warningMs: number;
}

/**
 * The site sets the whole timeout and the warning length. The warning never drops under 20 s; if
 * the timeout is shorter than that, the warning comes at once rather than the countdown shrinking.
 */
export function idleDurations(timeoutSeconds: number, warningSeconds: number): IdleDurations {
  const warning = Math.max(MIN_WARNING_SECONDS, warningSeconds);
  const quiet = Math.max(0, timeoutSeconds - warning);
  return { quietMs: quiet * 1000, warningMs: warning * 1000 };
}

export interface IdleTimerOptions extends IdleDurations {
  readonly clock: IdleClock;
  onPhase(phase: IdlePhase): void;
  onExpire(): void;
}

export interface IdleTimer {
  /** Begin (or begin again) the quiet period. */
  start(): void;
  /** A touch, a key, a scroll. Ignored while the overlay is up: only its button continues. */
  activity(): void;
  /** The "I'm still here" button. */
  stillHere(): void;
  pause(): void;
  resume(): void;
  stop(): void;
  phase(): IdlePhase;
}

export function createIdleTimer(options: IdleTimerOptions): IdleTimer {
  const { clock, quietMs, warningMs } = options;
  let current: IdlePhase = { kind: 'stopped' };
  let handle: unknown = null;

  const clear = (): void => {
    if (handle !== null) clock.clearTimeout(handle);
    handle = null;
  };

  const enter = (phase: IdlePhase): void => {
    const same =
      phase.kind === current.kind &&
      (phase.kind !== 'warning' || (current.kind === 'warning' && current.secondsLeft === phase.secondsLeft));
    current = phase;
    if (!same) options.onPhase(phase);
  };

  // The countdown is computed from the clock, not by counting ticks: a late timer (a busy or
  // sleeping machine) shows the true time left instead of drifting.
  const tick = (deadline: number): void => {
    const leftMs = deadline - clock.now();
    if (leftMs <= 0) {
      clear();
      enter({ kind: 'stopped' });
      options.onExpire();
      return;
    }
    const secondsLeft = Math.ceil(leftMs / 1000);
    enter({ kind: 'warning', secondsLeft });
    // Wake up exactly when the shown number should change.
    const untilNextSecond = leftMs - (secondsLeft - 1) * 1000;
    handle = clock.setTimeout(() => {
      tick(deadline);
    }, untilNextSecond);
  };

  const watch = (): void => {
    clear();
    enter({ kind: 'watching' });
    handle = clock.setTimeout(() => {
      tick(clock.now() + warningMs);
    }, quietMs);
  };

  return {
    start: watch,
    activity() {
      if (current.kind === 'watching') watch();
    },
    stillHere() {
      if (current.kind === 'warning') watch();
    },
    pause() {
      if (current.kind === 'stopped') return;
      clear();
      enter({ kind: 'paused' });
    },
    resume() {
      if (current.kind === 'paused') watch();
    },
    stop() {
      clear();
      enter({ kind: 'stopped' });
    },
    phase: () => current,
  };
}
