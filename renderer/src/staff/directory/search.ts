import { LANGUAGES, type Language, type ServiceEntry } from '../../../../main/contract/index.js';

/** Accents and capitals aside: "comision" finds "Comisión". */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** An entry matches when every typed word is in its id, organisation or name (any language, the staff one first). */
export function matchesSearch(entry: ServiceEntry, search: string, language: Language): boolean {
  const words = fold(search)
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.length === 0) return true;
  const haystack = fold(
    [entry.id, entry.organisation.name, entry.name[language], ...LANGUAGES.map((l) => entry.name[l])].join(' '),
  );
  return words.every((word) => haystack.includes(word));
}
