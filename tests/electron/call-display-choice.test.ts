import { describe, expect, it } from 'vitest';

import { chooseCallDisplay, type ScreenLike } from '../../main/electron/call-display-choice.js';

const screenAt = (id: number, x: number, y = 0): ScreenLike => ({ id, bounds: { x, y, width: 1920, height: 1080 } });
const KIOSK = screenAt(10, 0);
const RIGHT = screenAt(20, 1920);
const LEFT = screenAt(30, -1920);
const ABOVE = screenAt(40, 0, -1080);

describe('chooseCallDisplay', () => {
  it('shows nothing unless asked', () => {
    for (const setting of [undefined, '', 'off', 'OFF', '0']) {
      expect(chooseCallDisplay(setting, [KIOSK, RIGHT], KIOSK.id)).toEqual({ kind: 'none', reason: 'off' });
    }
  });

  it('auto: the first other screen from the left, never the kiosk screen', () => {
    expect(chooseCallDisplay('auto', [KIOSK, RIGHT, LEFT], KIOSK.id)).toEqual({ kind: 'screen', screen: LEFT });
    expect(chooseCallDisplay('auto', [KIOSK, ABOVE], KIOSK.id)).toEqual({ kind: 'screen', screen: ABOVE });
    // The kiosk window may sit on any screen: the one it is on is skipped.
    expect(chooseCallDisplay('auto', [KIOSK, RIGHT], RIGHT.id)).toEqual({ kind: 'screen', screen: KIOSK });
  });

  it('auto with one screen: no window', () => {
    expect(chooseCallDisplay('auto', [KIOSK], KIOSK.id)).toEqual({ kind: 'none', reason: 'one_screen' });
  });

  it('a display id: that screen, unless it is the kiosk screen or gone', () => {
    expect(chooseCallDisplay('20', [KIOSK, RIGHT, LEFT], KIOSK.id)).toEqual({ kind: 'screen', screen: RIGHT });
    expect(chooseCallDisplay('10', [KIOSK, RIGHT], KIOSK.id)).toEqual({ kind: 'none', reason: 'not_found' });
    expect(chooseCallDisplay('99', [KIOSK, RIGHT], KIOSK.id)).toEqual({ kind: 'none', reason: 'not_found' });
  });

  it('refuses a setting it does not understand rather than guess', () => {
    for (const setting of ['second', '-1', '2.5', '1e3']) {
      expect(chooseCallDisplay(setting, [KIOSK, RIGHT], KIOSK.id)).toEqual({ kind: 'none', reason: 'bad_setting' });
    }
  });
});
