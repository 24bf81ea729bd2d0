import { z } from 'zod';

import { LANGUAGES } from './languages-list.js';
import { boundedString, TEXT_LIMITS } from './text-limits.js';

export { ENDONYMS, LANGUAGES, type Language } from './languages-list.js';
export const languageSchema = z.enum(LANGUAGES);

/** A user-facing text that the site's configuration must give in all four languages. */
export const localizedTextSchema = z.strictObject({
  es: boundedString(TEXT_LIMITS.paragraph).trim().min(1),
  en: boundedString(TEXT_LIMITS.paragraph).trim().min(1),
  fr: boundedString(TEXT_LIMITS.paragraph).trim().min(1),
  ht: boundedString(TEXT_LIMITS.paragraph).trim().min(1),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;
