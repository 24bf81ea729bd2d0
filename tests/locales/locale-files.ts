import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { LANGUAGES, type Language } from '../../main/contract/index.js';

export const LOCALES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'locales');

export type LocaleValue = string | readonly string[];

/**
 * The screens' files (`locales/<lang>.json`, namespace null) and every namespace folder beside
 * them (`locales/slip/`, `locales/reports/`, …), found on disk: a new folder is checked without
 * anyone remembering to add it here.
 */
export const NAMESPACES: readonly (string | null)[] = [
  null,
  ...readdirSync(LOCALES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort(),
];

/** How a namespace's file is named in test titles and messages. */
export const fileName = (namespace: string | null, language: Language): string =>
  namespace === null ? `locales/${language}.json` : `locales/${namespace}/${language}.json`;

/** Read from disk rather than imported: a syntax error then fails a test instead of the run. */
export function readLocale(language: Language, namespace: string | null = null): unknown {
  const file = namespace === null ? `${language}.json` : join(namespace, `${language}.json`);
  return JSON.parse(readFileSync(join(LOCALES_DIR, file), 'utf8')) as unknown;
}

export const LOCALES: Readonly<Record<Language, unknown>> = Object.fromEntries(
  LANGUAGES.map((language) => [language, readLocale(language)]),
) as Record<Language, unknown>;

/** Leaves by dotted key. Arrays (weekday and month names) are leaves; anything else is an error. */
export function flatten(node: unknown, prefix = ''): Map<string, LocaleValue> {
  const leaves = new Map<string, LocaleValue>();
  if (typeof node !== 'object' || node === null || Array.isArray(node)) {
    throw new Error(`${prefix || '(root)'} is not an object`);
  }
  for (const [key, value] of Object.entries(node)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') {
      leaves.set(path, value);
    } else if (Array.isArray(value)) {
      if (!value.every((item): item is string => typeof item === 'string')) throw new Error(`${path} mixes types`);
      leaves.set(path, value);
    } else {
      for (const [childKey, childValue] of flatten(value, path)) leaves.set(childKey, childValue);
    }
  }
  return leaves;
}

export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const PLURAL_SUFFIX = new RegExp(`^(.*)_(${PLURAL_CATEGORIES.join('|')})$`);

/**
 * i18next's plural keys: `countdown_one`, `countdown_other`, … A key counts as plural when its
 * language file has the `_other` form, which every language needs.
 */
export function pluralParts(key: string, keys: ReadonlySet<string>): { base: string; category: string } | null {
  const match = PLURAL_SUFFIX.exec(key);
  if (match?.[1] === undefined || match[2] === undefined) return null;
  return keys.has(`${match[1]}_other`) ? { base: match[1], category: match[2] } : null;
}

/** Keys with plural forms folded into one `base#plural` key, for comparing languages. */
export function normalisedKeys(leaves: ReadonlyMap<string, LocaleValue>): Set<string> {
  const keys = new Set(leaves.keys());
  return new Set(
    [...keys].map((key) => {
      const plural = pluralParts(key, keys);
      return plural === null ? key : `${plural.base}#plural`;
    }),
  );
}

export function interpolationVariables(value: LocaleValue): Set<string> {
  const text = typeof value === 'string' ? value : value.join(' ');
  return new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1] ?? ''));
}

/** `{par}`: the single-brace syntax the slips once used. Nothing fills it in any more. */
export function singleBracePlaceholders(value: LocaleValue): string[] {
  const text = typeof value === 'string' ? value : value.join(' ');
  return [...text.matchAll(/(?<!\{)\{\s*\w+\s*\}(?!\})/g)].map((match) => match[0]);
}
