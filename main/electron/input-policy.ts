/**
 * Keys a kiosk must not honour: they reload, zoom, print, open devtools or source, or close the
 * window. OS-reserved chords (Alt+Tab, Ctrl+Alt+Del, the Windows key) never reach the app; the
 * OS kiosk setup handles those (docs/deployment.md).
 */
export interface KeyInputLike {
  readonly type: string;
  readonly key: string;
  readonly control: boolean;
  readonly meta: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
}

const ALWAYS_BLOCKED = new Set(['F5', 'F11', 'F12', 'BrowserBack', 'BrowserForward', 'BrowserRefresh', 'Print']);
/** With Ctrl (Cmd): reload, print, close, quit, view source, find, save, and the zoom keys. */
const BLOCKED_WITH_MODIFIER = new Set(['r', 'p', 'w', 'q', 'u', 'f', 's', '+', '=', '-', '_', '0']);
/** With Ctrl+Shift: the developer tools, the console and the element picker. */
const DEVTOOLS_KEYS = new Set(['i', 'j', 'c']);

/**
 * `developerTools` is true only in development builds, where F12 and Ctrl+Shift+I still work.
 * Any other chord passes through, so the renderer's own shortcuts (the hidden operator entry) work.
 */
export function isBlockedKey(input: KeyInputLike, options: { developerTools: boolean }): boolean {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return false;
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  const commandKey = input.control || input.meta;
  if (commandKey && input.shift && DEVTOOLS_KEYS.has(key)) return !options.developerTools;
  if (ALWAYS_BLOCKED.has(key)) return !(options.developerTools && key === 'F12');
  if (input.alt && (key === 'F4' || key === 'ArrowLeft' || key === 'ArrowRight')) return true;
  return commandKey && BLOCKED_WITH_MODIFIER.has(key);
}
