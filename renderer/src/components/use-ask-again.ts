import { useEffect, useRef } from 'react';

/**
 * A screen whose data could not be fetched asks once more when a visitor opens it: a host that was
 * busy when the kiosk started has usually recovered since, and without this the screen would say
 * "ask staff" until the configuration next changed. Once per opening, never in a loop: a second
 * failure stays on screen until the visitor comes back.
 */
export function useAskAgain(failed: boolean, load: () => Promise<void>): void {
  const failedOnOpening = useRef(failed);
  useEffect(() => {
    if (failedOnOpening.current) void load();
  }, [load]);
}
