import { applyLanguage } from '../i18n/i18n.js';
import { stopReadAloud } from '../read-aloud/player.js';
import type { SessionEffects } from '../store/dependencies.js';

import { whenIdle } from './idle-work.js';

function forgetWebStorage(): void {
  // Access throws where storage is disabled; there is then nothing to forget.
  for (const area of ['sessionStorage', 'localStorage'] as const) {
    try {
      // Emptying an empty area still costs a round trip to the browser process, inside "Finish".
      const storage = window[area];
      if (storage.length > 0) storage.clear();
    } catch {
      /* storage disabled */
    }
  }
}

function forgetCookies(): void {
  for (const entry of document.cookie.split(';')) {
    const name = entry.split('=')[0]?.trim();
    if (name !== undefined && name !== '') document.cookie = `${name}=; max-age=0; path=/`;
  }
}

/** What a visitor could leave in the page itself, as opposed to the store. */
export const browserSessionEffects: SessionEffects = {
  applyLanguage,
  stopSpeech: stopReadAloud,
  afterScreen: whenIdle,
  clearBrowserTraces() {
    forgetWebStorage();
    forgetCookies();
    window.getSelection()?.removeAllRanges();
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    window.scrollTo(0, 0);
    // The kiosk never pushes history entries; a hash or query added by hand is dropped as well.
    if (location.hash !== '' || location.search !== '') history.replaceState(null, '', location.pathname);
    // The page's timeline lists every request the visit made (which screens, which clips): a kiosk
    // running all day keeps none of it from one visitor to the next.
    performance.clearResourceTimings();
    performance.clearMarks();
    performance.clearMeasures();
  },
};
