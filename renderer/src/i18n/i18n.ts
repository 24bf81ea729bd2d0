import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

import { LANGUAGES, type Language, type LocalizedText } from '../../../main/contract/index.js';

import { pseudoLocaleEnabled, pseudoLocalize } from './pseudo.js';
import { LOCALE_FILES, type Messages } from './resources.js';

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

void i18n.use(initReactI18next).init({
  ...(pseudo ? { postProcess: ['pseudo'] } : {}),
  resources: {
    es: { translation: LOCALE_FILES.es },
    en: { translation: LOCALE_FILES.en },
    fr: { translation: LOCALE_FILES.fr },
    ht: { translation: LOCALE_FILES.ht },
  },
  lng: 'es',
  fallbackLng: 'es',
  supportedLngs: [...LANGUAGES],
  // Resources are bundled: initialise synchronously so the first render already has its texts.
  initAsync: false,
  // React escapes what it renders; escaping here as well would show `&amp;` to visitors.
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** The page follows the interface language: screen readers and hyphenation read `<html lang>`. */
function followLanguage(language: string): void {
  document.documentElement.lang = language;
  document.title = i18n.t('app.title');
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
