import { useCallback, useEffect, useLayoutEffect, type ReactElement } from 'react';

import { assertNever } from '../../../main/contract/index.js';
import { NotYetOpenScreen } from '../screens/NotYetOpenScreen.js';
import { OutOfServiceScreen } from '../screens/OutOfServiceScreen.js';
import { UnavailableScreen } from '../screens/UnavailableScreen.js';
import { useStaffEntry } from '../staff/use-staff-entry.js';
import { useKioskStore } from '../store/index.js';
import { CallAnnouncer } from '../turns/CallAnnouncer.js';

import { takeFirstTap } from './first-tap.js';
import { KioskShell } from './KioskShell.js';
import { followUpChunk } from './follow-up-chunk.js';
import { staffChunk } from './staff-chunk.js';
import { StaffBoundary } from './StaffBoundary.js';
import { useServiceStatus } from './use-service-status.js';

/** Decides between the kiosk and the states where it cannot serve, so the window is never blank. */
export function App(): ReactElement {
  const status = useKioskStore((state) => state.siteStatus);
  const sessionNumber = useKioskStore((state) => state.sessionNumber);
  const start = useKioskStore((state) => state.start);
  const connect = useKioskStore((state) => state.connect);
  const staffOpen = useKioskStore((state) => state.staff.open);
  const openStaff = useKioskStore((state) => state.openStaff);
  const enterStaff = useCallback(() => {
    void openStaff();
  }, [openStaff]);
  // Listened for from the first screen on, before the configuration has answered: staff at a kiosk
  // that shows the languages can always get in.
  useStaffEntry((status.kind === 'ready' || status.kind === 'loading') && !staffOpen, enterStaff);
  const notYetOpen = useServiceStatus();

  // A language tapped on index.html's copy of this screen, before the app ran: carried out now,
  // before the first paint, once React has replaced that copy (so no later tap can land on it).
  const chooseLanguage = useKioskStore((state) => state.chooseLanguage);
  useLayoutEffect(() => {
    const tapped = takeFirstTap(document.documentElement);
    if (tapped !== null) chooseLanguage(tapped);
  }, [chooseLanguage]);

  useEffect(() => {
    const disconnect = connect();
    void start();
    return disconnect;
  }, [connect, start]);

  // The follow-up screen and staff mode are fetched after the first screen, while nobody is
  // waiting for them; the visitor's screen first, as visitors reach it sooner.
  const ready = status.kind === 'ready';
  useEffect(() => {
    if (!ready) return;
    followUpChunk.prefetchWhenIdle(window);
    staffChunk.prefetchWhenIdle(window);
  }, [ready]);

  switch (status.kind) {
    // The first screen needs nothing from the configuration: it is drawn from the bundle at once,
    // while the configuration is fetched. If that ends "out of service" or "not yet open", the
    // notice replaces the languages.
    case 'loading':
    case 'ready':
      // Staff mode replaces the visitor's frame, and with it the visitor's idle reset.
      if (staffOpen) return <StaffBoundary />;
      if (notYetOpen) return <NotYetOpenScreen />;
      // A new key per visit: nothing of the last visitor's screens survives a reset. The calls
      // of the turn queue sit outside it: a reset must not hide a number being called.
      return (
        <>
          <KioskShell key={sessionNumber} />
          <CallAnnouncer />
        </>
      );
    case 'out_of_service':
      return <OutOfServiceScreen />;
    case 'unreachable':
      return <UnavailableScreen code={status.code} />;
    default:
      return assertNever(status, 'site status');
  }
}
