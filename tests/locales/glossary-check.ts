import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { LANGUAGES, type Language } from '../../main/contract/index.js';

import type { Allowance, Audience, ForbiddenTerm } from './glossary-rules.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** One text in one language, with the key that names it and who reads it. */
export interface GlossaryText {
  readonly language: Language;
  /** `home.heading`; `slip:title` in a namespace file; `directory.json:services.<id>.name` in config. */
  readonly key: string;
  readonly text: string;
  readonly audience: Audience;
}

export interface Violation {
  readonly language: Language;
  readonly key: string;
  readonly word: string;
  readonly why: string;
}

export interface GlossaryRules {
  readonly forbidden: Readonly<Record<Language, readonly ForbiddenTerm[]>>;
  readonly allowed: readonly Allowance[];
}

const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);

function termName(term: string | RegExp): string {
  return typeof term === 'string' ? term : term.source;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A listed word matches whole: not inside another word (`fich` is not in `fichye`, `te` is not in
 * `tema`). Case is ignored; accents are not, since they change the word (`te` / `té`). A term that
 * is punctuation (an apostrophe) matches anywhere.
 */
function matcher(term: string | RegExp): RegExp {
  if (typeof term !== 'string')
    return new RegExp(term.source, term.flags.includes('g') ? term.flags : `${term.flags}g`);
  const body = escapeRegExp(term).replace(/ /g, '\\s+');
  if (!/[\p{L}\p{N}]/u.test(term)) return new RegExp(body, 'gu');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

/** Every forbidden word in the texts, unless an allowance names that word at that key. */
export function findViolations(texts: readonly GlossaryText[], rules: GlossaryRules): Violation[] {
  const compiled = Object.fromEntries(
    LANGUAGES.map((language) => [
      language,
      rules.forbidden[language].map((rule) => ({ rule, name: termName(rule.term), pattern: matcher(rule.term) })),
    ]),
  ) as Record<Language, { rule: ForbiddenTerm; name: string; pattern: RegExp }[]>;
  const violations: Violation[] = [];
  for (const { language, key, text, audience } of texts) {
    for (const { rule, name, pattern } of compiled[language]) {
      if (rule.in === 'visitor' && audience !== 'visitor') continue;
      pattern.lastIndex = 0;
      const found = pattern.exec(text);
      if (found === null) continue;
      const allowed = rules.allowed.some(
        (allowance) => allowance.language === language && allowance.term === name && allowance.keys.test(key),
      );
      if (allowed) continue;
      violations.push({
        language,
        key,
        // A pattern may take the punctuation before a word with it; name the word alone.
        word: found[0].replace(/^[^\p{L}\p{N}]+(?=[\p{L}\p{N}])/u, '').trim(),
        why: `${rule.why}${rule.use === undefined ? '' : `; use: ${rule.use}`}`,
      });
    }
  }
  return violations;
}

/** The longest prefix wins; a key no list names is a staff text. */
export function uiAudience(key: string, visitor: readonly string[], staff: readonly string[]): Audience {
  const length = (prefixes: readonly string[]) =>
    Math.max(
      -1,
      ...prefixes
        .filter(
          (prefix) =>
            key === prefix ||
            key.startsWith(prefix.endsWith(':') ? prefix : `${prefix}.`) ||
            key.startsWith(`${prefix}_`),
        )
        .map((prefix) => prefix.length),
    );
  const v = length(visitor);
  const s = length(staff);
  return v > s ? 'visitor' : 'staff';
}

function leaves(node: unknown, prefix: string, out: [string, string][]): void {
  if (typeof node === 'string') {
    out.push([prefix, node]);
  } else if (Array.isArray(node)) {
    node.forEach((item, index) => {
      leaves(item, `${prefix}.${index}`, out);
    });
  } else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) leaves(value, prefix === '' ? key : `${prefix}.${key}`, out);
  }
}

function jsonFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return jsonFiles(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

/**
 * Every `locales/**\/<language>.json`: the UI files at the top, and namespace files in
 * sub-folders (`locales/slip/es.json` gives keys `slip:…`).
 */
export function localeTexts(visitor: readonly string[], staff: readonly string[]): GlossaryText[] {
  const folder = join(ROOT, 'locales');
  return jsonFiles(folder).flatMap((file) => {
    const language = basename(file, '.json');
    if (!isLanguage(language)) return [];
    const namespace = relative(folder, dirname(file)).split(/[\\/]/).filter(Boolean).join('/');
    const out: [string, string][] = [];
    leaves(JSON.parse(readFileSync(file, 'utf8')) as unknown, '', out);
    return out.map(([path, text]) => {
      const key = namespace === '' ? path : `${namespace}:${path}`;
      return { language, key, text, audience: uiAudience(key, visitor, staff) };
    });
  });
}

function isLocalized(node: unknown): node is Record<Language, string> {
  return (
    typeof node === 'object' &&
    node !== null &&
    !Array.isArray(node) &&
    LANGUAGES.every((language) => typeof (node as Record<string, unknown>)[language] === 'string')
  );
}

/** Walks a config file; array items with an `id` are named by it, so keys survive reordering. */
function localizedTexts(node: unknown, path: string, out: [string, Record<Language, string>][]): void {
  if (isLocalized(node)) {
    out.push([path, node]);
    return;
  }
  if (Array.isArray(node)) {
    node.forEach((item: unknown, index) => {
      const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
      localizedTexts(item, `${path}.${typeof id === 'string' ? id : index}`, out);
    });
  } else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) localizedTexts(value, path === '' ? key : `${path}.${key}`, out);
  }
}

/** Every four-language text of every `kiosk-config/*.json`, as `file:path`. */
export function configTexts(visitorKeys: readonly RegExp[]): GlossaryText[] {
  const folder = join(ROOT, 'kiosk-config');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => {
      const out: [string, Record<Language, string>][] = [];
      localizedTexts(JSON.parse(readFileSync(join(folder, name), 'utf8')) as unknown, '', out);
      return out.flatMap(([path, texts]) => {
        const key = `${name}:${path}`;
        const audience: Audience = visitorKeys.some((pattern) => pattern.test(key)) ? 'visitor' : 'staff';
        return LANGUAGES.map((language) => ({ language, key, text: texts[language], audience }));
      });
    });
}
