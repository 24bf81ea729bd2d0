import { memo, type ReactElement } from 'react';

import { NavBar } from '../components/NavBar.js';
import { ServiceBanner } from '../components/ServiceBanner.js';
import { TopBar } from '../components/TopBar.js';
import { IdleGuard } from '../idle/IdleGuard.js';
import { isStartScreen, routeKey } from '../navigation/routes.js';
import { renderRoute } from '../screens/registry.js';
import { useKioskStore } from '../store/index.js';

/**
 * The bars take no props and read what they show from the store themselves: memoised, they are not
 * drawn again at every change of screen (the shell re-renders on each), only when their own data changes.
 */
const StableTopBar = memo(TopBar);
const StableServiceBanner = memo(ServiceBanner);
const StableNavBar = memo(NavBar);

/** Shown on the kiosk only if the site gave no idle settings (it always should). */
const FALLBACK_IDLE = { timeoutSeconds: 90, warningSeconds: 30 };

/** The visitor's frame: top bar, the current screen, navigation, and the idle reset. */
export function KioskShell(): ReactElement {
  const route = useKioskStore((state) => state.route);
  const timeoutSeconds = useKioskStore((state) => state.site?.idleTimeoutSeconds ?? FALLBACK_IDLE.timeoutSeconds);
  const warningSeconds = useKioskStore((state) => state.site?.idleWarningSeconds ?? FALLBACK_IDLE.warningSeconds);
  const printing = useKioskStore((state) => state.referral.kind === 'working');
  const expireSession = useKioskStore((state) => state.expireSession);
  const starting = isStartScreen(route);

  return (
    <div className="kiosk-shell">
      <StableTopBar />
      <StableServiceBanner />
      {/* Keyed by screen: a new screen starts scrolled to its top. */}
      <main className="screen-area" key={routeKey(route)}>
        {renderRoute(route)}
      </main>
      {starting ? null : <StableNavBar />}
      <IdleGuard
        enabled={!starting}
        timeoutSeconds={timeoutSeconds}
        warningSeconds={warningSeconds}
        paused={printing}
        onExpire={expireSession}
      />
    </div>
  );
}
