import { z } from 'zod';

import { boundedString, TEXT_LIMITS } from './text-limits.js';

/** The four languages of the kiosk, in the order the language screen shows them. */
export const LANGUAGES = ['es', 'en', 'fr', 'ht'] as const;
export type Language = (typeof LANGUAGES)[number];
export const languageSchema = z.enum(LANGUAGES);

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

/** A user-facing text that the site's configuration must give in all four languages. */
export const localizedTextSchema = z.strictObject({
  es: boundedString(TEXT_LIMITS.paragraph).trim().min(1),
  en: boundedString(TEXT_LIMITS.paragraph).trim().min(1),
  fr: boundedString(TEXT_LIMITS.paragraph).trim().min(1),
  ht: boundedString(TEXT_LIMITS.paragraph).trim().min(1),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;
