import { beforeEach, describe, expect, it } from 'vitest';

import { createIdleTimer, idleDurations, type IdlePhase, type IdleTimer } from '../../renderer/src/idle/idle-timer.js';

import { FakeClock } from './fake-clock.js';

describe('idleDurations', () => {
  it('splits the timeout into a quiet period and the warning', () => {
    expect(idleDurations(90, 30)).toEqual({ quietMs: 60_000, warningMs: 30_000 });
  });

  it('never warns for less than 20 seconds', () => {
    expect(idleDurations(90, 5)).toEqual({ quietMs: 70_000, warningMs: 20_000 });
  });

  it('warns at once rather than shorten the countdown when the timeout is short', () => {
    expect(idleDurations(10, 30)).toEqual({ quietMs: 0, warningMs: 30_000 });
  });
});

describe('createIdleTimer', () => {
  let clock: FakeClock;
  let phases: IdlePhase[];
  let expired: number;
  let timer: IdleTimer;

  beforeEach(() => {
    clock = new FakeClock();
    phases = [];
    expired = 0;
    timer = createIdleTimer({
      quietMs: 60_000,
      warningMs: 30_000,
      clock,
      onPhase: (phase) => phases.push(phase),
      onExpire: () => {
        expired++;
      },
    });
  });

  const countdown = (): number[] => phases.flatMap((p) => (p.kind === 'warning' ? [p.secondsLeft] : []));

  it('does nothing until started', () => {
    clock.advance(600_000);
    expect(timer.phase()).toEqual({ kind: 'stopped' });
    expect(expired).toBe(0);
    expect(clock.pending()).toBe(0);
  });

  it('warns after the quiet period and counts down every second to the reset', () => {
    timer.start();
    clock.advance(59_999);
    expect(timer.phase()).toEqual({ kind: 'watching' });
    clock.advance(1);
    expect(timer.phase()).toEqual({ kind: 'warning', secondsLeft: 30 });
    clock.advance(29_999);
    expect(expired).toBe(0);
    expect(countdown()).toEqual(Array.from({ length: 30 }, (_, i) => 30 - i));
    clock.advance(1);
    expect(expired).toBe(1);
    expect(timer.phase()).toEqual({ kind: 'stopped' });
    expect(clock.pending()).toBe(0);
  });

  it('starts the quiet period again on every touch', () => {
    timer.start();
    clock.advance(50_000);
    timer.activity();
    clock.advance(50_000);
    expect(timer.phase()).toEqual({ kind: 'watching' });
    clock.advance(10_000);
    expect(timer.phase().kind).toBe('warning');
  });

  it('keeps counting when the page is touched behind the overlay; only "still here" continues', () => {
    timer.start();
    clock.advance(65_000);
    timer.activity();
    expect(timer.phase()).toEqual({ kind: 'warning', secondsLeft: 25 });
    timer.stillHere();
    expect(timer.phase()).toEqual({ kind: 'watching' });
    clock.advance(59_000);
    expect(expired).toBe(0);
    expect(timer.phase()).toEqual({ kind: 'watching' });
  });

  it('shows the true time left after late timers instead of drifting', () => {
    timer.start();
    clock.advance(60_000);
    clock.jump(12_500);
    clock.advance(0);
    expect(timer.phase()).toEqual({ kind: 'warning', secondsLeft: 18 });
    clock.jump(40_000);
    clock.advance(0);
    expect(expired).toBe(1);
  });

  it('holds while paused (printing) and starts a full quiet period on resume', () => {
    timer.start();
    clock.advance(65_000);
    timer.pause();
    clock.advance(600_000);
    expect(expired).toBe(0);
    expect(timer.phase()).toEqual({ kind: 'paused' });
    timer.resume();
    clock.advance(59_000);
    expect(timer.phase()).toEqual({ kind: 'watching' });
  });

  it('stops cleanly with no timer left behind', () => {
    timer.start();
    clock.advance(70_000);
    timer.stop();
    expect(clock.pending()).toBe(0);
    clock.advance(600_000);
    expect(expired).toBe(0);
  });

  it('reports each phase change once', () => {
    timer.start();
    timer.activity();
    timer.activity();
    expect(phases).toEqual([{ kind: 'watching' }]);
  });
});
