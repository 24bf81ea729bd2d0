import { isCancelledShortcut, isNewWindowClick } from './browser-shortcuts.js';

/**
 * The web host's page is shown by a plain Chromium: nothing filters keys before the page, so the
 * page cancels the browser's own shortcuts itself (see browser-shortcuts.ts) and clicks that would
 * open a link somewhere else. The Electron shell filters the same keys before the page sees them,
 * and its development builds keep devtools, so this is installed in browser mode only.
 */
export function installBrowserModeLocks(win: Window): () => void {
  const options = { capture: true, passive: false } as const;
  const onKey = (event: KeyboardEvent): void => {
    if (isCancelledShortcut({ ...keyOf(event), inField: isField(event.target) })) event.preventDefault();
  };
  const onClick = (event: MouseEvent): void => {
    if (isLink(event.target) && isNewWindowClick(event)) event.preventDefault();
  };
  // A middle press starts autoscroll and, on Linux, pastes the last selection into a field.
  const onMouseDown = (event: MouseEvent): void => {
    if (event.button === 1) event.preventDefault();
  };
  win.addEventListener('keydown', onKey, options);
  win.addEventListener('click', onClick, options);
  win.addEventListener('auxclick', onClick, options);
  win.addEventListener('mousedown', onMouseDown, options);
  return () => {
    win.removeEventListener('keydown', onKey, options);
    win.removeEventListener('click', onClick, options);
    win.removeEventListener('auxclick', onClick, options);
    win.removeEventListener('mousedown', onMouseDown, options);
  };
}

/** In Electron the preload has exposed `window.kiosk`; a page served by the web host has none. */
export function isBrowserMode(win: Window): boolean {
  return win.kiosk === undefined;
}

function keyOf(event: KeyboardEvent): Omit<Parameters<typeof isCancelledShortcut>[0], 'inField'> {
  const { key, code, ctrlKey, metaKey, altKey, shiftKey } = event;
  return { key, code, ctrlKey, metaKey, altKey, shiftKey };
}

function isField(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest('input, textarea, [contenteditable=""], [contenteditable="true"]') !== null;
}

function isLink(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('a[href], area[href]') !== null;
}
