import type { BrowserWindow } from 'electron';

import type { Logger } from '../services/logger.js';

import {
  DEFAULT_CRASH_POLICY,
  EMPTY_CRASH_HISTORY,
  recordCrash,
  shouldReloadAfterGone,
  type CrashHistory,
  type CrashRecoveryPolicy,
} from './crash-recovery-policy.js';

export interface RecoveryState {
  readonly crashes: number;
  readonly hangs: number;
}

/**
 * Keeps the kiosk window alive: a renderer that is gone is reloaded (with backoff), a renderer that
 * stays unresponsive past the grace period is crashed on purpose — a `reload()` of a hung renderer
 * can hang too — and then recovers the same way. The main process itself is restarted by the OS
 * supervisor (systemd or the shell launcher), see docs/deployment.md.
 */
export function watchRenderer(
  window: BrowserWindow,
  logger: Logger,
  onChange: (state: RecoveryState) => void,
  policy: CrashRecoveryPolicy = DEFAULT_CRASH_POLICY,
): () => RecoveryState {
  let history: CrashHistory = EMPTY_CRASH_HISTORY;
  let hangs = 0;
  let hangTimer: ReturnType<typeof setTimeout> | undefined;
  let reloadTimer: ReturnType<typeof setTimeout> | undefined;
  const state = (): RecoveryState => ({ crashes: history.total, hangs });
  const contents = window.webContents;

  contents.on('render-process-gone', (_event, details) => {
    clearTimeout(hangTimer);
    if (!shouldReloadAfterGone(details.reason)) return;
    const decision = recordCrash(history, Date.now(), policy);
    history = decision.history;
    logger.error('renderer_gone', {
      reason: details.reason,
      exitCode: details.exitCode,
      reloadInMs: decision.reloadInMs,
    });
    onChange(state());
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => {
      if (!window.isDestroyed()) contents.reload();
    }, decision.reloadInMs);
  });

  window.on('unresponsive', () => {
    clearTimeout(hangTimer);
    hangTimer = setTimeout(() => {
      if (window.isDestroyed()) return;
      hangs += 1;
      logger.error('renderer_hung', { graceMs: policy.unresponsiveGraceMs });
      onChange(state());
      contents.forcefullyCrashRenderer();
    }, policy.unresponsiveGraceMs);
  });
  window.on('responsive', () => {
    clearTimeout(hangTimer);
  });
  window.on('closed', () => {
    clearTimeout(hangTimer);
    clearTimeout(reloadTimer);
  });
  return state;
}
