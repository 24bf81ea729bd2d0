import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { z } from 'zod';

import { LANGUAGES, type Language } from '../../contract/index.js';

import { findLocalesDir } from './locales-dir.js';

/** What is wrong with a text file, as a translator needs it: the file and the key. */
export interface TextProblem {
  /** e.g. `locales/slip/ht.json` */
  readonly file: string;
  /** Dotted key inside the file, e.g. `referral.title`; empty for the whole file. */
  readonly key: string;
  readonly message: string;
}

export interface TextSource<T> {
  /** The folder under `locales/` (`slip`, `reports`); null for the screens' own files. */
  readonly namespace: string | null;
  /** The object of the file these texts are, e.g. `referral`; absent: the whole file. */
  readonly section?: string;
  readonly schema: z.ZodType<T>;
}

export interface LoadedTexts<T> {
  /** The languages whose file was valid, with their own texts. */
  readonly own: Partial<Record<Language, T>>;
  /** Every language: its own texts, else the first valid language (es, en, fr, ht), else key names. */
  readonly byLanguage: Readonly<Record<Language, T>>;
  readonly problems: readonly TextProblem[];
}

function fileOf(source: TextSource<unknown>, language: Language): string {
  return source.namespace === null ? `${language}.json` : join(source.namespace, `${language}.json`);
}

/**
 * The last resort when no language's file is valid (a broken package): every text shows its key,
 * as i18next does for a missing key. A slip then still carries the service, the address and the
 * code from the configuration, rather than not printing at all.
 */
export function keySkeleton(schema: z.ZodType, path = ''): unknown {
  if (schema instanceof z.ZodObject) {
    return Object.fromEntries(
      Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, child]) => [
        key,
        keySkeleton(child, path === '' ? key : `${path}.${key}`),
      ]),
    );
  }
  if (schema instanceof z.ZodOptional) return undefined;
  return path;
}

function readOne<T>(
  localesDir: string | undefined,
  source: TextSource<T>,
  language: Language,
): { texts: T } | { problems: TextProblem[] } {
  const file = `locales/${fileOf(source, language).replace(/\\/g, '/')}`;
  const section = source.section;
  if (localesDir === undefined) return { problems: [{ file, key: '', message: 'the locales folder was not found' }] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(join(localesDir, fileOf(source, language)), 'utf8')) as unknown;
  } catch (error) {
    return { problems: [{ file, key: '', message: error instanceof Error ? error.message : String(error) }] };
  }
  const value = section === undefined ? parsed : (parsed as Record<string, unknown> | null)?.[section];
  const result = source.schema.safeParse(value);
  if (result.success) return { texts: result.data };
  return {
    problems: result.error.issues.map((issue) => ({
      file,
      key: [...(section === undefined ? [] : [section]), ...issue.path.map(String)].join('.'),
      message: issue.message,
    })),
  };
}

/**
 * Reads and validates one kind of text in the four languages. Never throws: a bad file is listed
 * in `problems` (file and key), and its language falls back to the first valid one, so a slip or a
 * report is still made; the tests and the build are what keep a bad file from shipping.
 */
export function loadTexts<T>(localesDir: string | undefined, source: TextSource<T>): LoadedTexts<T> {
  const own: Partial<Record<Language, T>> = {};
  const problems: TextProblem[] = [];
  for (const language of LANGUAGES) {
    const outcome = readOne(localesDir, source, language);
    if ('texts' in outcome) own[language] = outcome.texts;
    else problems.push(...outcome.problems);
  }
  const fallback = LANGUAGES.map((language) => own[language]).find((texts) => texts !== undefined);
  const byLanguage = Object.fromEntries(
    LANGUAGES.map((language) => [language, own[language] ?? fallback ?? (keySkeleton(source.schema) as T)]),
  ) as Record<Language, T>;
  return { own, byLanguage, problems };
}

/** A kind of text, read from the package's `locales/` once, when first used. */
export interface TextSet<T> {
  get(language: Language): T;
  /** The language's own texts, undefined when its file is bad (e.g. a date prints as YYYY-MM-DD). */
  own(language: Language): T | undefined;
  problems(): readonly TextProblem[];
  /** `set.all.ht.title`: each language read on access, for callers that index by language. */
  readonly all: Readonly<Record<Language, T>>;
}

export function textSet<T>(source: TextSource<T>, localesDir: () => string | undefined = findLocalesDir): TextSet<T> {
  let loaded: LoadedTexts<T> | undefined;
  const load = (): LoadedTexts<T> => (loaded ??= loadTexts(localesDir(), source));
  const all = {} as Record<Language, T>;
  for (const language of LANGUAGES) {
    Object.defineProperty(all, language, { enumerable: true, get: () => load().byLanguage[language] });
  }
  return {
    get: (language) => load().byLanguage[language],
    own: (language) => load().own[language],
    problems: () => load().problems,
    all: Object.freeze(all),
  };
}
