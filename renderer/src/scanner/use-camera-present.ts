import { useEffect, useState } from 'react';

import { cameraPresent } from './camera.js';

/**
 * Whether a camera is attached now; follows one being plugged in or out while the screen is open.
 * With `enabled` false (a site that does not offer the scanner) devices are not even listed.
 */
export function useCameraPresent(enabled = true): boolean {
  const [present, setPresent] = useState(false);
  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    const check = (): void => {
      void cameraPresent().then((value) => {
        if (live) setPresent(value);
      });
    };
    check();
    const devices = navigator.mediaDevices as MediaDevices | undefined;
    devices?.addEventListener('devicechange', check);
    return () => {
      live = false;
      devices?.removeEventListener('devicechange', check);
    };
  }, [enabled]);
  return enabled && present;
}
