import type { Language, ServiceEntry } from '../../../main/contract/index.js';

/**
 * Lower case without accents: "Educación" and "educacion" are the same word to someone typing on
 * a kiosk keyboard, and so are "Kreyòl" and "kreyol". `ñ` folds to `n` as well, so "nino" finds
 * "niño" (someone without the letter on their own keyboard types it that way).
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a query; empty when there is nothing to search for. */
export function queryWords(query: string): string[] {
  return foldText(query)
    .split(' ')
    .filter((word) => word !== '');
}

/**
 * What a service can be found by: its name, description, organisation and category, in the
 * visitor's language and in Spanish (the names on the street and on the forms are Spanish).
 */
export function searchableText(
  service: ServiceEntry,
  language: Language,
  categoryLabel: (language: Language) => string,
): string {
  const languages: Language[] = language === 'es' ? ['es'] : [language, 'es'];
  const parts = [service.organisation.name];
  for (const lang of languages) {
    parts.push(service.name[lang], service.description[lang], categoryLabel(lang));
  }
  return foldText(parts.join(' '));
}

/** Every word of the query must appear, as the start of a word or inside one. */
export function matchesQuery(haystack: string, words: readonly string[]): boolean {
  return words.every((word) => haystack.includes(word));
}
