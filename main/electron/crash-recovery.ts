import type { BrowserWindow } from 'electron';

import type { RendererFault } from '../services/hardening/renderer-crashes.js';
import type { Logger } from '../services/logger.js';

import {
  DEFAULT_CRASH_POLICY,
  EMPTY_CRASH_HISTORY,
  recordCrash,
  shouldReloadAfterGone,
  type CrashHistory,
  type CrashRecoveryPolicy,
} from './crash-recovery-policy.js';
import { DEFAULT_HEARTBEAT_POLICY, type HeartbeatPolicy } from './heartbeat-policy.js';
import { startHeartbeatWatchdog } from './heartbeat-watchdog.js';

export interface RecoveryState {
  readonly crashes: number;
  readonly hangs: number;
}

export interface RendererWatch {
  readonly state: () => RecoveryState;
  /** A heartbeat from the page (sender already checked). */
  readonly beat: () => void;
}

/**
 * Keeps the kiosk window alive: a renderer that is gone is reloaded (with backoff); a renderer
 * that stays unresponsive past the grace period, or whose heartbeat stops, is crashed on purpose —
 * a `reload()` of a hung renderer can hang too — and then recovers the same way. Each crash or
 * hang is reported once through `onFault` (the shell records it as an incident). The main process
 * itself is restarted by the OS supervisor (systemd or the shell launcher), see docs/deployment.md.
 */
export function watchRenderer(
  window: BrowserWindow,
  logger: Logger,
  onFault: (fault: RendererFault, state: RecoveryState) => void,
  policy: CrashRecoveryPolicy = DEFAULT_CRASH_POLICY,
  /** `null` turns the heartbeat watchdog off (a developer paused in the debugger is not a hang). */
  heartbeatPolicy: HeartbeatPolicy | null = DEFAULT_HEARTBEAT_POLICY,
): RendererWatch {
  let history: CrashHistory = EMPTY_CRASH_HISTORY;
  let hangs = 0;
  // The `render-process-gone` that follows our own forced crash is the hang, already reported.
  let forcedCrashPending = false;
  let hangTimer: ReturnType<typeof setTimeout> | undefined;
  let reloadTimer: ReturnType<typeof setTimeout> | undefined;
  const state = (): RecoveryState => ({ crashes: history.total, hangs });
  const contents = window.webContents;

  const crashOnPurpose = (source: 'unresponsive' | 'heartbeat'): void => {
    if (window.isDestroyed() || forcedCrashPending) return;
    hangs += 1;
    forcedCrashPending = true;
    logger.error('renderer_hung', { source });
    onFault({ kind: 'hung', source }, state());
    contents.forcefullyCrashRenderer();
  };

  const watchdog =
    heartbeatPolicy === null
      ? undefined
      : startHeartbeatWatchdog({
          logger,
          policy: heartbeatPolicy,
          onHung: () => {
            crashOnPurpose('heartbeat');
          },
        });

  contents.on('did-finish-load', () => {
    forcedCrashPending = false;
    watchdog?.loaded();
  });

  contents.on('render-process-gone', (_event, details) => {
    clearTimeout(hangTimer);
    if (!shouldReloadAfterGone(details.reason)) return;
    watchdog?.recovering();
    const decision = recordCrash(history, Date.now(), policy);
    history = decision.history;
    logger.error('renderer_gone', {
      reason: details.reason,
      exitCode: details.exitCode,
      reloadInMs: decision.reloadInMs,
    });
    if (!forcedCrashPending) onFault({ kind: 'gone', reason: details.reason, exitCode: details.exitCode }, state());
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => {
      if (!window.isDestroyed()) contents.reload();
    }, decision.reloadInMs);
  });

  window.on('unresponsive', () => {
    clearTimeout(hangTimer);
    hangTimer = setTimeout(() => {
      crashOnPurpose('unresponsive');
    }, policy.unresponsiveGraceMs);
  });
  window.on('responsive', () => {
    clearTimeout(hangTimer);
  });
  window.on('closed', () => {
    clearTimeout(hangTimer);
    clearTimeout(reloadTimer);
    watchdog?.stop();
  });
  return {
    state,
    beat: () => {
      watchdog?.beat();
    },
  };
}
