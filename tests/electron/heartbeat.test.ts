// The renderer heartbeat: the watchdog's pure policy, the watchdog under a fake clock, the sender
// check on the heartbeat channel, and crash recovery driven through a stand-in window that follows
// Electron's documented events (render-process-gone, unresponsive, did-finish-load).
import { EventEmitter } from 'node:events';

import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { HEARTBEAT_INTERVAL_MS } from '../../main/contract/index.js';
import { watchRenderer } from '../../main/electron/crash-recovery.js';
import {
  beatReceived,
  checkHeartbeat,
  DEFAULT_HEARTBEAT_POLICY,
  pageLoaded,
  type HeartbeatState,
} from '../../main/electron/heartbeat-policy.js';
import { startHeartbeatWatchdog, type WatchdogTimers } from '../../main/electron/heartbeat-watchdog.js';
import { createHeartbeatHandler } from '../../main/electron/handle.js';
import type { RendererFault } from '../../main/services/hardening/renderer-crashes.js';
import { createMemoryLogger } from '../../main/services/logger.js';

const policy = DEFAULT_HEARTBEAT_POLICY;

describe('heartbeat policy', () => {
  it('matches the interval the renderer beats at', () => {
    expect(policy.intervalMs).toBe(HEARTBEAT_INTERVAL_MS);
  });

  it('waits through the startup grace for the first beat, then calls a silent page hung once', () => {
    let state: HeartbeatState = pageLoaded(0);
    expect(checkHeartbeat(state, policy.startupGraceMs, policy).hung).toBe(false);
    const late = checkHeartbeat(state, policy.startupGraceMs + 1, policy);
    expect(late.hung).toBe(true);
    state = late.state;
    expect(state.phase).toBe('recovering');
    expect(checkHeartbeat(state, policy.startupGraceMs * 10, policy).hung).toBe(false);
  });

  it(`tolerates ${String(policy.missedBeats)} missed beats, not one more`, () => {
    const state = beatReceived(pageLoaded(0), 1_000);
    const limit = 1_000 + policy.intervalMs * policy.missedBeats;
    expect(checkHeartbeat(state, limit, policy).hung).toBe(false);
    expect(checkHeartbeat(state, limit + 1, policy).hung).toBe(true);
  });

  it('ignores beats while recovering; a new load starts over', () => {
    const recovering: HeartbeatState = { phase: 'recovering', since: 10 };
    expect(beatReceived(recovering, 20)).toBe(recovering);
    expect(beatReceived(pageLoaded(30), 40)).toEqual({ phase: 'beating', lastBeatAt: 40 });
  });
});

/** Interval timers that run only when the test moves time. */
class FakeTimers implements WatchdogTimers {
  time = 0;
  private readonly intervals = new Map<number, { every: number; next: number; callback: () => void }>();
  private nextId = 1;
  now = (): number => this.time;
  setInterval = (callback: () => void, ms: number): unknown => {
    const id = this.nextId++;
    this.intervals.set(id, { every: ms, next: this.time + ms, callback });
    return id;
  };
  clearInterval = (handle: unknown): void => {
    this.intervals.delete(handle as number);
  };
  get active(): number {
    return this.intervals.size;
  }
  advance(ms: number, onEachStep?: () => void): void {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.intervals.values()].filter((t) => t.next <= end).sort((a, b) => a.next - b.next)[0];
      if (due === undefined) break;
      this.time = due.next;
      due.next += due.every;
      due.callback();
      onEachStep?.();
    }
    this.time = end;
  }
}

describe('heartbeat watchdog under a fake clock', () => {
  it('stays quiet while the page beats, and reports a hang once when the beats stop', () => {
    const timers = new FakeTimers();
    const onHung = vi.fn();
    const watchdog = startHeartbeatWatchdog({ onHung, logger: createMemoryLogger(), timers });
    // A page beating on time for ten minutes.
    for (let i = 0; i < 120; i += 1) {
      timers.advance(HEARTBEAT_INTERVAL_MS);
      watchdog.beat();
    }
    expect(onHung).not.toHaveBeenCalled();
    // Its main thread locks up: no more beats.
    timers.advance(HEARTBEAT_INTERVAL_MS * (policy.missedBeats + 2));
    expect(onHung).toHaveBeenCalledTimes(1);
    timers.advance(10 * 60_000);
    expect(onHung).toHaveBeenCalledTimes(1);
    // Recovery reloaded the page, which beats again.
    watchdog.loaded();
    timers.advance(HEARTBEAT_INTERVAL_MS);
    watchdog.beat();
    timers.advance(HEARTBEAT_INTERVAL_MS);
    watchdog.beat();
    expect(onHung).toHaveBeenCalledTimes(1);
    watchdog.stop();
    expect(timers.active).toBe(0);
  });

  it('decides nothing while the renderer is gone and waiting for its reload', () => {
    const timers = new FakeTimers();
    const onHung = vi.fn();
    const watchdog = startHeartbeatWatchdog({ onHung, logger: createMemoryLogger(), timers });
    watchdog.beat();
    watchdog.recovering();
    timers.advance(5 * 60_000);
    expect(onHung).not.toHaveBeenCalled();
    watchdog.stop();
  });
});

describe('heartbeat sender check', () => {
  it('counts beats from our own top frame only', () => {
    const onBeat = vi.fn();
    const handle = createHeartbeatHandler(onBeat);
    expect(handle({ senderFrame: { url: 'app://kiosk/index.html', parent: null } })).toBe(true);
    expect(handle({ senderFrame: { url: 'https://evil.example/', parent: null } })).toBe(false);
    expect(handle({ senderFrame: { url: 'app://kiosk/index.html', parent: {} } })).toBe(false);
    expect(handle({ senderFrame: null })).toBe(false);
    const throwing = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed');
      },
    };
    expect(handle(throwing)).toBe(false);
    expect(onBeat).toHaveBeenCalledTimes(1);
  });
});

/** A BrowserWindow as far as crash recovery uses it: its events, reload and forced crash. */
class StandInWindow extends EventEmitter {
  readonly webContents = Object.assign(new EventEmitter(), {
    reloads: 0,
    forcedCrashes: 0,
    reload: () => {
      this.webContents.reloads += 1;
      this.webContents.emit('did-finish-load');
    },
    forcefullyCrashRenderer: () => {
      this.webContents.forcedCrashes += 1;
      this.webContents.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 });
    },
  });
  isDestroyed = (): boolean => false;
}

describe('crash recovery with the heartbeat', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('crashes a page whose heartbeat stopped, records it once as a hang, and reloads it', () => {
    const window = new StandInWindow();
    const faults: RendererFault[] = [];
    const watch = watchRenderer(window as unknown as BrowserWindow, createMemoryLogger(), (fault) => {
      faults.push(fault);
    });
    window.webContents.emit('did-finish-load');
    watch.beat();
    vi.advanceTimersByTime(policy.intervalMs * (policy.missedBeats + 1) + 1);
    expect(window.webContents.forcedCrashes).toBe(1);
    expect(faults).toEqual([{ kind: 'hung', source: 'heartbeat' }]);
    vi.advanceTimersByTime(0);
    expect(window.webContents.reloads).toBe(1);
    expect(watch.state()).toEqual({ crashes: 1, hangs: 1 });

    // A real crash soon after is recorded as such, and reloaded after the second backoff step.
    watch.beat();
    window.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 0 });
    expect(faults.at(-1)).toEqual({ kind: 'gone', reason: 'oom', exitCode: 0 });
    vi.advanceTimersByTime(1_999);
    expect(window.webContents.reloads).toBe(1);
    vi.advanceTimersByTime(1);
    expect(window.webContents.reloads).toBe(2);
    expect(watch.state()).toEqual({ crashes: 2, hangs: 1 });
    expect(faults).toHaveLength(2);
    window.emit('closed');
  });

  it('crashes a renderer that stays unresponsive past the grace period, not one that recovers', () => {
    const window = new StandInWindow();
    const faults: RendererFault[] = [];
    watchRenderer(
      window as unknown as BrowserWindow,
      createMemoryLogger(),
      (fault) => {
        faults.push(fault);
      },
      undefined,
      null,
    );
    window.emit('unresponsive');
    vi.advanceTimersByTime(5_000);
    window.emit('responsive');
    vi.advanceTimersByTime(60_000);
    expect(window.webContents.forcedCrashes).toBe(0);
    window.emit('unresponsive');
    vi.advanceTimersByTime(10_001);
    expect(window.webContents.forcedCrashes).toBe(1);
    expect(faults).toEqual([{ kind: 'hung', source: 'unresponsive' }]);
    window.emit('closed');
  });
});
