import { useEffect } from 'react';

/** Long enough that no visitor holds the corner by chance; short enough for staff to wait it out. */
export const LONG_PRESS_MS = 3_000;
/** The top-left corner, where the site's name is: nothing there looks like a button. */
export const STAFF_CORNER = { width: 240, height: 140 } as const;
/** A finger rolls a little while it holds; a swipe is not a press. */
const MOVE_TOLERANCE_PX = 24;

/** Ctrl+Alt+Shift+O: a chord nobody types by accident on a kiosk with a keyboard attached. */
export function isStaffChord(event: Pick<KeyboardEvent, 'ctrlKey' | 'altKey' | 'shiftKey' | 'code'>): boolean {
  return event.ctrlKey && event.altKey && event.shiftKey && event.code === 'KeyO';
}

/**
 * The hidden entry to staff mode. It listens on the whole document rather than drawing a target,
 * so nothing on screen gives it away and a short tap on the corner still does what it always did
 * (on the first screen: nothing, the site's name is not a button).
 */
export function useStaffEntry(enabled: boolean, onOpen: () => void): void {
  useEffect(() => {
    if (!enabled) return undefined;
    let timer: number | null = null;
    let origin = { x: 0, y: 0 };
    const cancel = (): void => {
      if (timer !== null) window.clearTimeout(timer);
      timer = null;
    };
    const onDown = (event: PointerEvent): void => {
      cancel();
      if (!event.isPrimary || event.clientX > STAFF_CORNER.width || event.clientY > STAFF_CORNER.height) return;
      origin = { x: event.clientX, y: event.clientY };
      // Opens while still held: the release then lands on the PIN pad's empty space, not on
      // whatever the visitor screen had under the finger.
      timer = window.setTimeout(() => {
        timer = null;
        onOpen();
      }, LONG_PRESS_MS);
    };
    const onMove = (event: PointerEvent): void => {
      if (timer !== null && Math.hypot(event.clientX - origin.x, event.clientY - origin.y) > MOVE_TOLERANCE_PX) {
        cancel();
      }
    };
    const onKey = (event: KeyboardEvent): void => {
      if (!isStaffChord(event)) return;
      event.preventDefault();
      onOpen();
    };
    const options = { capture: true, passive: true } as const;
    document.addEventListener('pointerdown', onDown, options);
    document.addEventListener('pointermove', onMove, options);
    document.addEventListener('pointerup', cancel, options);
    document.addEventListener('pointercancel', cancel, options);
    document.addEventListener('keydown', onKey, { capture: true });
    return () => {
      cancel();
      document.removeEventListener('pointerdown', onDown, options);
      document.removeEventListener('pointermove', onMove, options);
      document.removeEventListener('pointerup', cancel, options);
      document.removeEventListener('pointercancel', cancel, options);
      document.removeEventListener('keydown', onKey, { capture: true });
    };
  }, [enabled, onOpen]);
}
