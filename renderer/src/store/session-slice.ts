import type { Language } from '../../../main/contract/index.js';
import { HOME_ROUTE, LANGUAGE_ROUTE, sameRoute, usageForRoute, type Route } from '../navigation/routes.js';

import { fireAndForget, type StoreDependencies } from './dependencies.js';
import type { KioskSliceCreator } from './kiosk-state.js';

/** Everything that belongs to one visitor. `resetSession()` puts exactly this back. */
export interface SessionState {
  /** The language the visitor chose; null until the first choice of the visit. */
  readonly language: Language | null;
  readonly route: Route;
  /** Screens to go back to, oldest first. */
  readonly history: readonly Route[];
}

export interface SessionSlice extends SessionState {
  /**
   * Grows by one at every reset. The app uses it as a React key, so every component of the last
   * visit is unmounted: no open menu, scroll position or half-done step survives into the next.
   */
  readonly sessionNumber: number;
  readonly chooseLanguage: (language: Language) => void;
  readonly open: (route: Route) => void;
  readonly back: () => void;
  readonly goHome: () => void;
  /** "Finish": wipe the visit and return to the language screen. */
  readonly resetSession: () => void;
  /** The idle timeout ran out: counted, then the same wipe as "Finish". */
  readonly expireSession: () => void;
}

export function initialSessionState(): SessionState {
  return { language: null, route: LANGUAGE_ROUTE, history: [] };
}

/** Before the site's configuration has answered: Spanish, the reference language of the locale files. */
export const DEFAULT_LANGUAGE: Language = 'es';

export function createSessionSlice({ api, effects }: StoreDependencies): KioskSliceCreator<SessionSlice> {
  const switchLanguage = (language: Language): void => {
    effects.applyLanguage(language);
    fireAndForget(api.setLanguage({ language }));
  };

  return (set, get) => ({
    ...initialSessionState(),
    sessionNumber: 0,

    chooseLanguage(language) {
      const state = get();
      const firstChoice = state.language === null;
      const onLanguageScreen = state.route.screen === 'language';
      if (!firstChoice && language === state.language && !onLanguageScreen) return;
      set(onLanguageScreen ? { language, route: HOME_ROUTE, history: [] } : { language });
      switchLanguage(language);
      if (firstChoice) fireAndForget(api.recordUsage({ metric: 'session_started', key: language }));
      fireAndForget(api.recordUsage({ metric: 'language_chosen', key: language }));
    },

    open(route) {
      const state = get();
      if (sameRoute(route, state.route)) return;
      set({ route, history: [...state.history, state.route] });
      const usage = usageForRoute(route);
      if (usage !== null) fireAndForget(api.recordUsage(usage));
    },

    back() {
      const { history } = get();
      const previous = history.at(-1);
      if (previous === undefined) return;
      set({ route: previous, history: history.slice(0, -1) });
    },

    goHome() {
      set({ route: get().language === null ? LANGUAGE_ROUTE : HOME_ROUTE, history: [] });
    },

    resetSession() {
      const state = get();
      set({ ...initialSessionState(), sessionNumber: state.sessionNumber + 1 });
      switchLanguage(state.site?.defaultLanguage ?? DEFAULT_LANGUAGE);
      effects.clearBrowserTraces();
    },

    expireSession() {
      fireAndForget(api.recordUsage({ metric: 'idle_reset' }));
      get().resetSession();
    },
  });
}
