import type { Language } from '../../../main/contract/index.js';
import { HOME_ROUTE, LANGUAGE_ROUTE, sameRoute, usageForRoute, type Route } from '../navigation/routes.js';

import { fireAndForget, type StoreDependencies } from './dependencies.js';
import type { KioskSliceCreator } from './kiosk-state.js';
import { initialSessionState, type SessionState } from './session-state.js';

export { initialSessionState, type SessionState } from './session-state.js';

export interface SessionSlice extends SessionState {
  /**
   * Grows by one at every reset. The app uses it as a React key, so every component of the last
   * visit is unmounted: no open menu, scroll position or half-done step survives into the next.
   */
  readonly sessionNumber: number;
  readonly chooseLanguage: (language: Language) => void;
  readonly open: (route: Route) => void;
  /** Moves within a screen (a step of the guide) without adding a step to go back through. */
  readonly replaceRoute: (route: Route) => void;
  readonly back: () => void;
  readonly goHome: () => void;
  /** "Finish": wipe the visit and return to the start. */
  readonly resetSession: () => void;
  /** The idle timeout ran out: counted, then the same wipe as "Finish". */
  readonly expireSession: () => void;
}

/** Before the site's configuration has answered: Spanish, the reference language of the locale files. */
export const DEFAULT_LANGUAGE: Language = 'es';

export function createSessionSlice({ api, effects }: StoreDependencies): KioskSliceCreator<SessionSlice> {
  return (set, get) => ({
    ...initialSessionState(),
    sessionNumber: 0,

    chooseLanguage(language) {
      const state = get();
      const firstChoice = state.language === null;
      const onLanguageScreen = state.route.screen === 'language';
      if (!firstChoice && language === state.language && !onLanguageScreen) return;
      set(onLanguageScreen ? { language, route: HOME_ROUTE, history: [] } : { language });
      effects.applyLanguage(language);
      // Three pieces, not one: each request costs the page a few milliseconds to start, and an idle
      // period that has run out leaves the next piece for the next one instead of delaying a tap.
      // The services count `language_chosen` when told the visitor's choice; only sessions are counted here.
      effects.afterScreen(() => {
        fireAndForget(api.setLanguage({ language }));
      });
      if (firstChoice) {
        effects.afterScreen(() => {
          fireAndForget(api.recordUsage({ metric: 'session_started', key: language }));
        });
      }
      effects.afterScreen(() => {
        fireAndForget(get().loadClips(language));
      });
    },

    open(route) {
      const state = get();
      if (sameRoute(route, state.route)) return;
      set({ route, history: [...state.history, state.route] });
      const usage = usageForRoute(route, (id) => state.serviceById(id)?.category);
      if (usage !== null) {
        effects.afterScreen(() => {
          fireAndForget(api.recordUsage(usage));
        });
      }
    },

    replaceRoute(route) {
      set({ route });
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
      // Traces first, while the page's styles are still up to date: a blur after the language
      // change made the browser restyle the whole old screen (new `lang`) just before removing it.
      effects.stopSpeech();
      effects.clearBrowserTraces();
      // The next visitor is greeted in the site's language; nothing is counted for it.
      effects.applyLanguage(state.site?.defaultLanguage ?? DEFAULT_LANGUAGE);
    },

    expireSession() {
      fireAndForget(api.recordUsage({ metric: 'idle_reset' }));
      get().resetSession();
    },
  });
}
