import { LANGUAGES, type CalendarNames, type Language } from '../../../main/contract/index.js';
import en from '../../../locales/en.json';
import es from '../../../locales/es.json';
import fr from '../../../locales/fr.json';
import ht from '../../../locales/ht.json';

/**
 * Spanish is the reference: the other locales have exactly its keys, apart from the plural forms
 * their language needs (checked in tests/locales). i18next types its keys from this file.
 */
export type Messages = typeof es;

interface LocaleFile {
  readonly calendar: CalendarNames;
}

/** Static imports: the four languages ship inside the bundle, so no screen waits on a fetch. */
export const LOCALE_FILES = { es, en, fr, ht } as const satisfies Readonly<Record<Language, LocaleFile>>;

/**
 * Weekday and month names for dates. They come from our own files, never from `Intl`, which has
 * no Haitian Creole data and would print English names.
 */
export function calendarNames(language: Language): CalendarNames {
  const file: LocaleFile = LOCALE_FILES[language];
  return file.calendar;
}

/** i18next reports its language as a string; anything unexpected falls back to the reference. */
export function toLanguage(code: string): Language {
  return (LANGUAGES as readonly string[]).includes(code) ? (code as Language) : 'es';
}
