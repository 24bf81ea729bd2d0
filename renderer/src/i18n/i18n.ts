import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';

import { LANGUAGES, type Language, type LocalizedText } from '../../../main/contract/index.js';
import { whenIdle } from '../app/idle-work.js';

import { pseudoLocaleEnabled, pseudoLocalize } from './pseudo.js';
import { FIRST_SCREEN_MESSAGES, loadMessages, toLanguage, type Messages } from './resources.js';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
    returnNull: false;
  }
}

/** The UI's own i18next instance (not the global one, so nothing else can reconfigure it). */
export const i18n = i18next.createInstance();

const pseudo = pseudoLocaleEnabled();
if (pseudo) {
  i18n.use({ type: 'postProcessor', name: 'pseudo', process: (value: string) => pseudoLocalize(value) });
}

/** Fetches a language's whole file (a chunk of the build) when i18next asks for it. */
const localeChunks: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    if (namespace !== 'translation') {
      callback(null, {});
      return;
    }
    loadMessages(toLanguage(language)).then(
      (messages) => {
        callback(null, messages);
      },
      (error: unknown) => {
        // `true`: i18next tries again, five times with a growing pause (a host restarting).
        callback(error instanceof Error ? error : new Error(String(error)), true);
      },
    );
  },
};

void i18n
  .use(localeChunks)
  .use(initReactI18next)
  .init({
    ...(pseudo ? { postProcess: ['pseudo'] } : {}),
    // The first screen draws at once from the messages in the bundle; the four whole files are
    // fetched at the same moment (preload) and screens redraw when they arrive ('loaded').
    // They are a namespace of their own: i18next fetches a namespace only if it has none of it, so
    // `translation` stays empty until its file arrives, and a key not there yet is looked up here.
    resources: {
      es: { firstScreen: FIRST_SCREEN_MESSAGES.es },
      en: { firstScreen: FIRST_SCREEN_MESSAGES.en },
      fr: { firstScreen: FIRST_SCREEN_MESSAGES.fr },
      ht: { firstScreen: FIRST_SCREEN_MESSAGES.ht },
    },
    partialBundledLanguages: true,
    ns: ['translation'],
    defaultNS: 'translation',
    fallbackNS: 'firstScreen',
    preload: [...LANGUAGES],
    react: { bindI18n: 'languageChanged loaded', useSuspense: false },
    lng: 'es',
    fallbackLng: 'es',
    supportedLngs: [...LANGUAGES],
    // The first screen's messages are bundled: initialise synchronously so the first render has them.
    initAsync: false,
    // React escapes what it renders; escaping here as well would show `&amp;` to visitors.
    interpolation: { escapeValue: false },
    returnNull: false,
  });

/** Resolves once every language's whole file is in (tests, and screens that must not show keys). */
export function messagesLoaded(): Promise<void> {
  // Every language is preloaded: this joins the loads under way (or starts them again after a failure).
  return i18n.loadNamespaces('translation');
}

/** The page follows the interface language: screen readers and hyphenation read `<html lang>`. */
function followLanguage(language: string): void {
  document.documentElement.lang = language;
  // The title is not on screen (the kiosk is full screen): it follows once the page is idle, in
  // whatever language is current then. Setting it is a message to the browser process that cost
  // the language tap about half a millisecond.
  whenIdle(() => {
    document.title = i18n.t('app.title');
  });
}

export function installDocumentLanguage(): void {
  followLanguage(i18n.language);
  i18n.on('languageChanged', followLanguage);
}

export function applyLanguage(language: Language): void {
  if (i18n.language !== language) void i18n.changeLanguage(language);
}

/**
 * A text from the site's configuration (directory, emergency numbers, site name) in one language.
 * It goes through here rather than `text[language]` so the pseudo-locale covers it as well.
 */
export function localize(text: LocalizedText, language: Language): string {
  return pseudo ? pseudoLocalize(text[language]) : text[language];
}
