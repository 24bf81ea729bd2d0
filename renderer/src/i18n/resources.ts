// The test project compiles this file too, without the renderer project that lists the declaration.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an import would be a runtime one
/// <reference path="./first-screen.d.ts" />
import { LANGUAGES, type CalendarNames, type Language } from '../../../main/contract/index.js';
import enFirst from '../../../locales/en.json?first-screen';
import type es from '../../../locales/es.json';
import esFirst from '../../../locales/es.json?first-screen';
import frFirst from '../../../locales/fr.json?first-screen';
import htFirst from '../../../locales/ht.json?first-screen';

/**
 * Spanish is the reference: the other locales have exactly its keys, apart from the plural forms
 * their language needs (checked in tests/locales). i18next types its keys from this file.
 */
export type Messages = typeof es;

interface LocaleFile {
  readonly calendar: CalendarNames;
}

/**
 * In the first bundle: the first screen's messages in the four languages (FIRST_SCREEN_KEYS in
 * renderer/vite.config.ts).
 * The build cuts each file to those keys; the type is the full file's, which only the keys listed
 * there may be read through before `loadMessages` has answered.
 */
export const FIRST_SCREEN_MESSAGES = { es: esFirst, en: enFirst, fr: frFirst, ht: htFirst } as unknown as Readonly<
  Record<Language, Messages>
>;

/** A language's whole file, a chunk of its own (fetched at start by i18n.ts, in parallel). */
export async function loadMessages(language: Language): Promise<Messages> {
  switch (language) {
    case 'es':
      return (await import('../../../locales/es.json')).default;
    case 'en':
      return (await import('../../../locales/en.json')).default;
    case 'fr':
      return (await import('../../../locales/fr.json')).default;
    case 'ht':
      return (await import('../../../locales/ht.json')).default;
  }
}

/**
 * Weekday and month names for dates. They come from our own files, never from `Intl`, which has
 * no Haitian Creole data and would print English names.
 */
export function calendarNames(language: Language): CalendarNames {
  const file: LocaleFile = FIRST_SCREEN_MESSAGES[language];
  return file.calendar;
}

/** i18next reports its language as a string; anything unexpected falls back to the reference. */
export function toLanguage(code: string): Language {
  return (LANGUAGES as readonly string[]).includes(code) ? (code as Language) : 'es';
}
