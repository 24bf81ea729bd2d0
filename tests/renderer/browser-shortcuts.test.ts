import { describe, expect, it } from 'vitest';

import { isBlockedKey } from '../../main/electron/input-policy.js';
import { isCancelledShortcut, isNewWindowClick, type KeyPress } from '../../renderer/src/app/browser-shortcuts.js';

/** A key press as Chromium reports it on a US layout: `key` from the layout, `code` from the key's place. */
function press(chord: string, inField = false): KeyPress {
  const parts = chord.split('+');
  const key = parts.pop() ?? '';
  const has = (name: string): boolean => parts.includes(name);
  const code = /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : /^\d$/.test(key) ? `Digit${key}` : key;
  return {
    key: has('Shift') && key.length === 1 ? key.toUpperCase() : key,
    code,
    ctrlKey: has('Ctrl'),
    metaKey: has('Meta'),
    altKey: has('Alt'),
    shiftKey: has('Shift'),
    inField,
  };
}

const BROWSER_SHORTCUTS = [
  'F12',
  'Ctrl+Shift+i',
  'Ctrl+Shift+j',
  'Ctrl+Shift+c',
  'Ctrl+n',
  'Ctrl+t',
  'Ctrl+w',
  'Ctrl+Shift+n',
  'Ctrl+Shift+t',
  'Ctrl+p',
  'Ctrl+Shift+p',
  'Ctrl+s',
  'Ctrl+u',
  'Ctrl+h',
  'Ctrl+j',
  'Ctrl+o',
  'Ctrl+f',
  'Ctrl+g',
  'Ctrl+Shift+g',
  'Ctrl+d',
  'Ctrl+l',
  'Ctrl+q',
  'Ctrl+Shift+q',
  'Ctrl+Shift+Delete',
  'Ctrl+Shift+o',
  'Ctrl+Shift+b',
  'Ctrl+Tab',
  'Ctrl+PageDown',
  'Ctrl+1',
  'F1',
  'F3',
  'F5',
  'Ctrl+r',
  'Ctrl+Shift+r',
  'Shift+F5',
  'Ctrl+F5',
  'F6',
  'F7',
  'F10',
  'Shift+F10',
  'F11',
  'Alt+Home',
  'Alt+ArrowLeft',
  'Alt+ArrowRight',
  'Alt+d',
  'Alt+f',
  'Alt+Shift+i',
  'Ctrl+=',
  'Ctrl++',
  'Ctrl+Shift++',
  'Ctrl+-',
  'Ctrl+0',
  'Meta+p',
  'BrowserBack',
  'BrowserRefresh',
  'Print',
  'Shift+Escape',
];

describe('browser shortcuts the page cancels in browser mode', () => {
  it.each(BROWSER_SHORTCUTS)('cancels %s, outside a field and in one', (chord) => {
    expect(isCancelledShortcut(press(chord))).toBe(true);
    expect(isCancelledShortcut(press(chord, true))).toBe(true);
  });

  it.each(['a', 'Shift+a', 'Shift+1', '5', ' ', 'Enter', 'Backspace', 'Tab', 'Shift+Tab', 'Escape', 'ArrowDown'])(
    'lets %s through: typing, the PIN pad and moving between controls',
    (chord) => {
      expect(isCancelledShortcut(press(chord))).toBe(false);
      expect(isCancelledShortcut(press(chord, true))).toBe(false);
    },
  );

  it('lets the staff chord Ctrl+Alt+Shift+O through, and AltGr (Ctrl+Alt on Windows) characters', () => {
    expect(isCancelledShortcut(press('Ctrl+Alt+Shift+O'))).toBe(false);
    expect(isCancelledShortcut({ ...press('Ctrl+Alt+q', true), key: '@' })).toBe(false);
  });

  it('lets a lone modifier through: the chord is judged on its last key', () => {
    for (const key of ['Control', 'Shift', 'Alt', 'Meta', 'AltGraph']) {
      expect(isCancelledShortcut({ ...press(key), ctrlKey: key === 'Control', altKey: key === 'Alt' })).toBe(false);
    }
  });

  it.each([
    'Ctrl+a',
    'Ctrl+c',
    'Ctrl+x',
    'Ctrl+v',
    'Ctrl+z',
    'Ctrl+Shift+z',
    'Ctrl+y',
    'Ctrl+ArrowLeft',
    'Ctrl+Shift+End',
    'Ctrl+Backspace',
  ])('lets the editing chord %s through in a field only', (chord) => {
    expect(isCancelledShortcut(press(chord, true))).toBe(false);
    expect(isCancelledShortcut(press(chord))).toBe(true);
  });

  it('judges editing chords by the key’s place, so they work on any layout', () => {
    expect(isCancelledShortcut({ ...press('Ctrl+c', true), key: 'с' })).toBe(false);
    expect(isCancelledShortcut({ ...press('Ctrl+p', true), key: 'з' })).toBe(true);
  });

  it('covers every key the Electron shell blocks in a packaged build', () => {
    const keys = ['F4', 'F5', 'F11', 'F12', 'BrowserBack', 'BrowserForward', 'BrowserRefresh', 'Print', 'ArrowLeft'];
    const letters = Array.from('abcdefghijklmnopqrstuvwxyz0123456789+=-_');
    const modifierSets = [[], ['Ctrl'], ['Meta'], ['Alt'], ['Ctrl', 'Shift'], ['Shift'], ['Alt', 'Shift']];
    let compared = 0;
    for (const key of [...keys, ...letters]) {
      for (const modifiers of modifierSets) {
        const keyPress = press([...modifiers, key].join('+'));
        const electron = isBlockedKey(
          {
            type: 'keyDown',
            key: keyPress.key,
            control: keyPress.ctrlKey,
            meta: keyPress.metaKey,
            alt: keyPress.altKey,
            shift: keyPress.shiftKey,
          },
          { developerTools: false },
        );
        if (!electron) continue;
        compared += 1;
        expect(isCancelledShortcut(keyPress), [...modifiers, key].join('+')).toBe(true);
      }
    }
    expect(compared).toBeGreaterThan(40);
  });
});

describe('clicks on links', () => {
  const click = { button: 0, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false };

  it('follows a plain left click', () => {
    expect(isNewWindowClick(click)).toBe(false);
  });

  it.each([
    ['Ctrl', { ctrlKey: true }],
    ['⌘', { metaKey: true }],
    ['Shift', { shiftKey: true }],
    ['Alt', { altKey: true }],
    ['middle button', { button: 1 }],
    ['right button', { button: 2 }],
  ])('does nothing for a %s click', (_name, change) => {
    expect(isNewWindowClick({ ...click, ...change })).toBe(true);
  });
});
