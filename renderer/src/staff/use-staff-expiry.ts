import { useEffect } from 'react';

import { useKioskStore } from '../store/index.js';

import { sessionCheckDelay } from './staff-time.js';

/** Touches closer together than this do not need to tell the services again. */
const KEEP_ALIVE_EVERY_MS = 60_000;

/**
 * Staff mode has no visitor idle reset. The services end a session after their idle time, or at
 * its end of day; this asks them once either has passed, and the store returns to the PIN
 * pad on NOT_AUTHORISED. Touches count as use: while staff work on a screen that calls nothing
 * (the count grid), a touch now and then keeps the session alive.
 */
export function useStaffExpiry(): void {
  const signedIn = useKioskStore((state) => state.staff.session !== null);
  const endsAt = useKioskStore((state) => state.staff.session?.endsAt ?? null);
  const lastAuthorisedAt = useKioskStore((state) => state.staff.lastAuthorisedAt);
  const spanMs = useKioskStore((state) => state.staff.sessionSpanMs);
  const checkStaffSession = useKioskStore((state) => state.checkStaffSession);

  useEffect(() => {
    if (!signedIn) return undefined;
    const wait = sessionCheckDelay(Date.now(), lastAuthorisedAt, spanMs, endsAt);
    const timer = window.setTimeout(() => {
      void checkStaffSession();
    }, wait);
    const onTouch = (): void => {
      if (Date.now() - lastAuthorisedAt > KEEP_ALIVE_EVERY_MS) void checkStaffSession();
    };
    document.addEventListener('pointerdown', onTouch, { capture: true, passive: true });
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('pointerdown', onTouch, { capture: true });
    };
  }, [signedIn, endsAt, lastAuthorisedAt, spanMs, checkStaffSession]);
}
