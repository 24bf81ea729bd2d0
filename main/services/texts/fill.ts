/** `{{name}}` placeholders, the one syntax of every text file (the screens' i18next one too). */
export const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/** `{{name}}` placeholders filled from `values`; an unknown one stays visible rather than vanishing. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(PLACEHOLDER, (whole, key: string) => {
    const value = values[key];
    return value === undefined ? whole : String(value);
  });
}

/** The names of a text's placeholders, sorted, each once. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))].sort();
}
