import { describe, expect, it } from 'vitest';

import { decideShellMode } from '../../main/electron/shell-mode.js';

describe('decideShellMode', () => {
  it('gives a packaged build no devtools, no app menu and the heartbeat, whatever the environment says', () => {
    const mode = decideShellMode({
      isPackaged: true,
      env: { KIOSK_DEV: '1', KIOSK_HEARTBEAT: '0', KIOSK_FULLSCREEN: '0' },
    });
    expect(mode).toEqual({
      developerTools: false,
      applicationMenu: false,
      heartbeat: true,
      kioskMode: true,
      ignored: ['KIOSK_DEV', 'KIOSK_HEARTBEAT', 'KIOSK_FULLSCREEN'],
    });
  });

  it('ignores nothing in a packaged build when no development variable is set', () => {
    const mode = decideShellMode({ isPackaged: true, env: { KIOSK_HIDE_CURSOR: '1' } });
    expect(mode.developerTools).toBe(false);
    expect(mode.ignored).toEqual([]);
  });

  it('gives a development build devtools and the menu, and leaves the heartbeat off for the debugger', () => {
    expect(decideShellMode({ isPackaged: false, env: {} })).toEqual({
      developerTools: true,
      applicationMenu: true,
      heartbeat: false,
      kioskMode: false,
      ignored: [],
    });
  });

  it('lets a development build force the heartbeat and the kiosk window on', () => {
    const mode = decideShellMode({ isPackaged: false, env: { KIOSK_HEARTBEAT: '1', KIOSK_FULLSCREEN: '1' } });
    expect(mode.developerTools).toBe(true);
    expect(mode.heartbeat).toBe(true);
    expect(mode.kioskMode).toBe(true);
  });

  it('makes a development build behave like the kiosk with KIOSK_DEV=0', () => {
    expect(decideShellMode({ isPackaged: false, env: { KIOSK_DEV: '0' } })).toMatchObject({
      developerTools: false,
      applicationMenu: false,
      heartbeat: true,
    });
  });
});
