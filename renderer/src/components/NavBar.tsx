import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { useKioskStore } from '../store/index.js';

import { Pictogram } from './Pictogram.js';
import { SteadyLabel } from './SteadyLabel.js';

/**
 * Back, Home and Finish always sit in the same places; a button that does not apply leaves its
 * place empty instead of letting the others move under a finger.
 */
export function NavBar(): ReactElement {
  const { t } = useTranslation();
  const canGoBack = useKioskStore((state) => state.history.length > 0);
  const atHome = useKioskStore((state) => state.route.screen === 'home');
  const back = useKioskStore((state) => state.back);
  const goHome = useKioskStore((state) => state.goHome);
  const resetSession = useKioskStore((state) => state.resetSession);

  return (
    <nav className="nav-bar" aria-label={t('nav.label')} data-testid="nav-bar">
      <div className="nav-bar__slot">
        {canGoBack ? (
          <button type="button" className="button button--quiet" data-testid="nav-back" onClick={back}>
            <Pictogram name="back" />
            <SteadyLabel messageKey="nav.back" />
          </button>
        ) : null}
      </div>
      <div className="nav-bar__slot nav-bar__slot--center">
        {atHome ? null : (
          <button type="button" className="button button--quiet" data-testid="nav-home" onClick={goHome}>
            <Pictogram name="home" />
            <SteadyLabel messageKey="nav.home" />
          </button>
        )}
      </div>
      <div className="nav-bar__slot nav-bar__slot--end">
        <button type="button" className="button button--primary" data-testid="nav-finish" onClick={resetSession}>
          <Pictogram name="finish" />
          <SteadyLabel messageKey="nav.finish" />
        </button>
      </div>
    </nav>
  );
}
