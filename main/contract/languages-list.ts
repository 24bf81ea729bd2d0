// Zod-free on purpose: the visitor screens import this list, and a file that also builds schemas
// would bring zod into the first screen's bundle (renderer/vite.config.ts, bench/bundle-size.ts).

/** The four languages of the kiosk, in the order the language screen shows them. */
export const LANGUAGES = ['es', 'en', 'fr', 'ht'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Language names in their own language (endonyms). The language picker never uses flags:
 * a flag is a country, and Spanish or French speakers come from many of them.
 */
export const ENDONYMS: Readonly<Record<Language, string>> = {
  es: 'Español',
  en: 'English',
  fr: 'Français',
  ht: 'Kreyòl ayisyen',
};
