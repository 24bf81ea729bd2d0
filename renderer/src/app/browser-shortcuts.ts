/**
 * Which keys and clicks the page cancels when it runs in a plain browser (the web host), where no
 * shell filters input before the page sees it. Chromium runs its own shortcuts only for key
 * presses the page did not cancel (in an app or kiosk window none are reserved), so cancelling
 * them here keeps devtools, printing, saving, view-source, history, downloads, find, reload, zoom,
 * back/forward and new windows out of a visitor's reach. In Electron the shell's
 * `main/electron/input-policy.ts` blocks keys before the page; this list covers at least the same.
 *
 * The rule is deny by default for chords, because browsers add shortcuts over the years and a
 * list of known ones would fall behind: every Ctrl/⌘ chord, every Alt chord and every function
 * key is cancelled, and only what text entry needs passes.
 */
export interface KeyPress {
  readonly key: string;
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
  /** The key goes to a text field (input, textarea, contenteditable). */
  readonly inField: boolean;
}

/** Keys that are browser or system commands whatever the modifiers. */
const COMMAND_KEYS = new Set([
  'BrowserBack',
  'BrowserForward',
  'BrowserRefresh',
  'BrowserHome',
  'BrowserSearch',
  'BrowserFavorites',
  'BrowserStop',
  'Print',
  'Help',
  'Find',
  'Open',
  'Save',
  'New',
  'Close',
  'ZoomIn',
  'ZoomOut',
  'ZoomToggle',
]);

/** Pressing a modifier on its own does nothing yet; the chord is judged on the next key. */
const MODIFIER_KEYS = new Set(['Control', 'Shift', 'Alt', 'AltGraph', 'Meta', 'OS', 'CapsLock', 'NumLock']);

/** Ctrl/⌘ + these letters edit text in a field: select all, copy, cut, paste, undo, redo. */
const EDITING_LETTERS = new Set(['a', 'c', 'x', 'v', 'z', 'y']);
/** Ctrl/⌘ (+ Shift) + these move or select by word in a field. */
const CARET_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);
/** Ctrl/⌘ + these delete a word in a field; with Shift, Ctrl+Shift+Delete clears browsing data. */
const WORD_DELETE_KEYS = new Set(['Backspace', 'Delete']);

export function isCancelledShortcut(press: KeyPress): boolean {
  if (MODIFIER_KEYS.has(press.key)) return false;
  // F1 help, F3 find, F5 reload, F6 address bar, F7 caret browsing, F10 menu, F11, F12 devtools,
  // Shift+F10 the context menu: none has a use in the kiosk.
  if (/^F\d{1,2}$/.test(press.key) || COMMAND_KEYS.has(press.key)) return true;
  const command = press.ctrlKey || press.metaKey;
  // Ctrl+Alt is AltGr on Windows keyboards (it types @, €, […]) and the staff chord
  // Ctrl+Alt+Shift+O: both must reach the page. Chromium binds no page-cancellable command to it.
  if (command && press.altKey) return false;
  if (command) return !(press.inField && isEditingChord(press));
  // Alt+Left/Right (back, forward), Alt+Home (home page), Alt+D/F/E (address bar, menu)…
  if (press.altKey) return true;
  // Shift+Esc opens Chromium's task manager; Esc alone still closes the kiosk's own dialogs.
  return press.key === 'Escape' && press.shiftKey;
}

function isEditingChord(press: KeyPress): boolean {
  const letter = /^Key([A-Z])$/.exec(press.code)?.[1]?.toLowerCase() ?? press.key.toLowerCase();
  // Ctrl+Shift+C is the element picker and Ctrl+Shift+V nothing a field needs; Ctrl+Shift+Z redoes.
  if (EDITING_LETTERS.has(letter)) return !press.shiftKey || letter === 'z';
  if (CARET_KEYS.has(press.key)) return true;
  return WORD_DELETE_KEYS.has(press.key) && !press.shiftKey;
}

export interface PointerClick {
  readonly button: number;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

/**
 * A click on a link that a browser would turn into something other than following it: Ctrl/⌘ or
 * middle click (new tab), Shift (new window), Alt (download the target). The kiosk has no use for
 * any of them, so they do nothing at all, even on a link to its own pages.
 */
export function isNewWindowClick(click: PointerClick): boolean {
  return click.button !== 0 || click.ctrlKey || click.metaKey || click.altKey || click.shiftKey;
}
