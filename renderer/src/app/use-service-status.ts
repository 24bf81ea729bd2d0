import { useEffect } from 'react';

import { useKioskStore } from '../store/index.js';

/**
 * Reads the visitor-facing status at start and at each new visit (and after staff mode); events
 * keep it current in between. Answers true while the site is "not yet open".
 */
export function useServiceStatus(): boolean {
  const sessionNumber = useKioskStore((state) => state.sessionNumber);
  const staffOpen = useKioskStore((state) => state.staff.open);
  const loadServiceStatus = useKioskStore((state) => state.loadServiceStatus);
  useEffect(() => {
    if (!staffOpen) void loadServiceStatus();
  }, [sessionNumber, staffOpen, loadServiceStatus]);
  return useKioskStore((state) => state.serviceStatus?.open === false);
}
