import { describe, expect, it } from 'vitest';

import {
  DEFAULT_CRASH_POLICY,
  EMPTY_CRASH_HISTORY,
  recordCrash,
  shouldReloadAfterGone,
  type CrashHistory,
} from '../../main/electron/crash-recovery-policy.js';
import { isBlockedKey, type KeyInputLike } from '../../main/electron/input-policy.js';

describe('crash-loop backoff', () => {
  it('reloads at once after a first crash, then waits longer after each crash in a row', () => {
    let history: CrashHistory = EMPTY_CRASH_HISTORY;
    const delays: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      const decision = recordCrash(history, 1_000_000 + i * 1_000);
      history = decision.history;
      delays.push(decision.reloadInMs);
    }
    expect(delays).toEqual([0, 2_000, 5_000, 15_000, 60_000, 60_000, 60_000]);
    expect(history.total).toBe(7);
  });

  it('forgets crashes older than the window, but keeps the total for operators', () => {
    const first = recordCrash(EMPTY_CRASH_HISTORY, 0);
    const second = recordCrash(first.history, 1_000);
    const later = recordCrash(second.history, 1_000 + DEFAULT_CRASH_POLICY.windowMs + 1);
    expect(later.reloadInMs).toBe(0);
    expect(later.history.recent).toHaveLength(1);
    expect(later.history.total).toBe(3);
  });

  it('reloads after every abnormal end but not after a clean exit', () => {
    for (const reason of [
      'crashed',
      'killed',
      'oom',
      'launch-failed',
      'integrity-failure',
      'abnormal-exit',
      'memory-eviction',
    ]) {
      expect(shouldReloadAfterGone(reason)).toBe(true);
    }
    expect(shouldReloadAfterGone('clean-exit')).toBe(false);
  });
});

const key = (k: string, mods: Partial<KeyInputLike> = {}): KeyInputLike => ({
  type: 'keyDown',
  key: k,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...mods,
});
const production = { developerTools: false };
const development = { developerTools: true };

describe('blocked keys', () => {
  it.each([
    ['F5', key('F5')],
    ['F11', key('F11')],
    ['F12', key('F12')],
    ['Ctrl+R', key('r', { control: true })],
    ['Ctrl+Shift+R', key('R', { control: true, shift: true })],
    ['Cmd+R', key('r', { meta: true })],
    ['Ctrl+P', key('p', { control: true })],
    ['Ctrl+W', key('w', { control: true })],
    ['Ctrl+Q', key('q', { control: true })],
    ['Ctrl+U', key('u', { control: true })],
    ['Ctrl+F', key('f', { control: true })],
    ['Ctrl+plus', key('+', { control: true })],
    ['Ctrl+=', key('=', { control: true })],
    ['Ctrl+minus', key('-', { control: true })],
    ['Ctrl+0', key('0', { control: true })],
    ['Ctrl+Shift+I', key('I', { control: true, shift: true })],
    ['Ctrl+Shift+J', key('J', { control: true, shift: true })],
    ['Ctrl+Shift+C', key('C', { control: true, shift: true })],
    ['Alt+F4', key('F4', { alt: true })],
    ['Alt+Left', key('ArrowLeft', { alt: true })],
    ['BrowserBack', key('BrowserBack')],
  ])('blocks %s in production', (_label, input) => {
    expect(isBlockedKey(input, production)).toBe(true);
  });

  it.each([
    ['a letter', key('a')],
    ['Enter', key('Enter')],
    ['Backspace', key('Backspace')],
    ['Ctrl+C (copy)', key('c', { control: true })],
    ['a Ctrl+Alt+Shift chord for staff', key('O', { control: true, alt: true, shift: true })],
    ['a key release', { ...key('F5'), type: 'keyUp' }],
  ])('lets %s through', (_label, input) => {
    expect(isBlockedKey(input, production)).toBe(false);
  });

  it('keeps the developer tools keys in development builds only', () => {
    expect(isBlockedKey(key('F12'), development)).toBe(false);
    expect(isBlockedKey(key('I', { control: true, shift: true }), development)).toBe(false);
    expect(isBlockedKey(key('F5'), development)).toBe(true);
  });
});
