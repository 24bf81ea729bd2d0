import type { KioskApi, Language } from '../../../main/contract/index.js';

/**
 * What the store does outside itself, besides calling the API: the page's language and the
 * browser's own memory of the visit. Injected so the store runs under Node in tests.
 */
export interface SessionEffects {
  /** Switch the interface language (translations, `<html lang>`, page title). */
  applyLanguage(language: Language): void;
  /** Forget everything the browser kept of the visit: web storage, cookies, scroll, URL history. */
  clearBrowserTraces(): void;
  /** Silence anything being read aloud: the next visitor must not hear the last one's screen. */
  stopSpeech(): void;
  /**
   * Runs bookkeeping a tap sets off (counters, the clip list) once the screen it opened is drawn
   * and the page is idle, in the order given: those calls must not hold back the next screen.
   */
  afterScreen(work: () => void): void;
}

export interface StoreDependencies {
  readonly api: KioskApi;
  readonly effects: SessionEffects;
}

/** Counters and notifications must never block or break the screen: their failures are ignored. */
export function fireAndForget(work: Promise<unknown>): void {
  work.catch(() => undefined);
}
