import '../styles/kiosk-locks.css';

/**
 * The kiosk's locks inside the page, so they hold in the web host's browser as in Electron (where
 * the shell refuses the same things a second time): no context menu, no text selection outside
 * fields, no drag and drop (a dropped file would open in the window), no pinch or Ctrl zoom, no
 * new windows, no way to another origin. A visitor must not be able to leave the kiosk's pages or
 * leave something behind for the next person.
 */
export function installKioskLocks(win: Window): () => void {
  const doc = win.document;
  const removers: (() => void)[] = [];
  const on = <K extends keyof WindowEventMap>(
    type: K,
    listener: (event: WindowEventMap[K]) => void,
    options: AddEventListenerOptions = { capture: true, passive: false },
  ): void => {
    win.addEventListener(type, listener, options);
    removers.push(() => {
      win.removeEventListener(type, listener, options);
    });
  };
  const prevent = (event: Event): void => {
    event.preventDefault();
  };

  doc.documentElement.classList.add('kiosk-locked');
  removers.push(() => {
    doc.documentElement.classList.remove('kiosk-locked');
  });

  on('contextmenu', prevent);
  on('selectstart', (event) => {
    if (!isEditable(event.target)) event.preventDefault();
  });
  // Select-all (Ctrl+A, a triple click that slipped through) leaves nothing selected outside fields.
  const dropSelection = (): void => {
    const selection = win.getSelection();
    if (selection === null || selection.rangeCount === 0 || selection.isCollapsed) return;
    if (!isEditable(selection.anchorNode) && !isEditable(doc.activeElement)) selection.removeAllRanges();
  };
  doc.addEventListener('selectionchange', dropSelection);
  removers.push(() => {
    doc.removeEventListener('selectionchange', dropSelection);
  });

  for (const type of ['dragstart', 'dragenter', 'dragover', 'drop'] as const) on(type, prevent);

  on('wheel', (event) => {
    if (event.ctrlKey || event.metaKey) event.preventDefault();
  });
  on('touchmove', (event) => {
    if (event.touches.length > 1) event.preventDefault();
  });
  // Safari's and some touch screens' gesture events (not in the DOM typings).
  for (const type of ['gesturestart', 'gesturechange', 'gestureend']) {
    win.addEventListener(type, prevent, { capture: true, passive: false });
    removers.push(() => {
      win.removeEventListener(type, prevent, { capture: true });
    });
  }
  on('keydown', (event) => {
    if (isBlockedChord(event) && !(event.key.toLowerCase() === 'a' && isEditable(event.target))) {
      event.preventDefault();
    }
  });

  // Links and forms: only our own origin, only in this window.
  on('click', (event) => {
    if (leavesTheKiosk(event.target, win)) event.preventDefault();
  });
  on('auxclick', (event) => {
    if (closestLink(event.target) !== null) event.preventDefault();
  });
  on('submit', (event) => {
    const form = event.target;
    if (form instanceof HTMLFormElement && !sameOrigin(form.action, win)) event.preventDefault();
  });

  const originalOpen = win.open.bind(win);
  Object.defineProperty(win, 'open', { configurable: true, writable: false, value: () => null });
  removers.push(() => {
    Object.defineProperty(win, 'open', { configurable: true, writable: true, value: originalOpen });
  });

  return () => {
    for (const remove of removers.splice(0).reverse()) remove();
  };
}

function isEditable(target: EventTarget | Node | null): boolean {
  const element = target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
  if (element === null) return false;
  return element.closest('input, textarea, [contenteditable=""], [contenteditable="true"]') !== null;
}

/** Zoom (Ctrl/⌘ with + − = 0) and select-all (Ctrl/⌘+A). */
function isBlockedChord(event: KeyboardEvent): boolean {
  if (!event.ctrlKey && !event.metaKey) return false;
  return (
    ['+', '-', '=', '_', '0', 'a', 'A'].includes(event.key) || /^(Numpad)?(Add|Subtract|Equal|Minus)$/.test(event.code)
  );
}

function closestLink(target: EventTarget | null): HTMLAnchorElement | HTMLAreaElement | null {
  if (!(target instanceof Element)) return null;
  return target.closest<HTMLAnchorElement | HTMLAreaElement>('a[href], area[href]');
}

function sameOrigin(href: string, win: Window): boolean {
  try {
    return new URL(href, win.location.href).origin === win.location.origin;
  } catch {
    return false;
  }
}

/**
 * A link to another origin, or one that would open another window or download something. The one
 * download allowed is a file this page made itself (a `blob:` URL of our own origin): a supervisor's
 * report in the web host. Nothing a visitor can reach creates one.
 */
function leavesTheKiosk(target: EventTarget | null, win: Window): boolean {
  const link = closestLink(target);
  if (link === null) return false;
  if (link.hasAttribute('download')) return !(link.href.startsWith('blob:') && sameOrigin(link.href, win));
  const opensElsewhere = link.target !== '' && link.target !== '_self';
  return opensElsewhere || !sameOrigin(link.href, win);
}
