import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import {
  clipCoverage,
  LANGUAGES,
  type ClipCoverage,
  type Language,
  type LocaleTree,
  type VisitorScreen,
} from '../../contract/index.js';
import { loadConfigFolder } from '../config/index.js';
import { findLocalesDir } from '../texts/locales-dir.js';

import type { ClipStore } from './clip-store.js';
import { hashTexts, visitorClipTexts, visitorClipTextsByScreen, type ClipConfigTexts } from './visitor-texts.js';

export interface AudioCoverageReport {
  /** Languages the site serves (site.json `languages`; all four when the file cannot be read). */
  readonly served: readonly Language[];
  readonly languages: readonly ClipCoverage[];
  /** The texts by language and id, for the recording screen and the synthetic engine. */
  readonly texts: ReadonlyMap<Language, ReadonlyMap<string, string>>;
}

export async function loadLocaleTree(localesDir: string, language: Language): Promise<LocaleTree> {
  return JSON.parse(await readFile(join(localesDir, `${language}.json`), 'utf8')) as LocaleTree;
}

export interface ClipTextSources {
  readonly localesDir: string;
  readonly served: readonly Language[];
  readonly config: ClipConfigTexts;
}

/** Locales and the parts of the configuration the screens read aloud. */
export async function loadClipTextSources(configDir: string, localesDir = findLocalesDir()): Promise<ClipTextSources> {
  if (localesDir === undefined) throw new Error('cannot find the locales folder');
  const folder = await loadConfigFolder(configDir);
  return {
    localesDir,
    served: folder.site.ok ? folder.site.value.languages : LANGUAGES,
    config: {
      emergencyNumbers: folder.site.ok ? folder.site.value.emergencyNumbers : [],
      directory: folder.directory.ok ? folder.directory.value : undefined,
      topics: folder.topics.ok ? folder.topics.value : undefined,
    },
  };
}

export async function visitorTextsByLanguage(
  sources: ClipTextSources,
  languages: readonly Language[] = LANGUAGES,
): Promise<Map<Language, Map<string, string>>> {
  const reference = await loadLocaleTree(sources.localesDir, 'es');
  const result = new Map<Language, Map<string, string>>();
  for (const language of languages) {
    const locale = await loadLocaleTree(sources.localesDir, language);
    result.set(language, visitorClipTexts(language, locale, reference, sources.config));
  }
  return result;
}

/**
 * One language's texts by clip id, and the visitor screen that reads each (the first in the
 * journey's order, for a text two screens share), from one reading of the locale files.
 */
export async function visitorTextsWithScreens(
  sources: ClipTextSources,
  language: Language,
): Promise<{ texts: Map<string, string>; screenOf: Map<string, VisitorScreen> }> {
  const reference = await loadLocaleTree(sources.localesDir, 'es');
  const locale = await loadLocaleTree(sources.localesDir, language);
  const texts = new Map<string, string>();
  const screenOf = new Map<string, VisitorScreen>();
  for (const [screen, screenTexts] of visitorClipTextsByScreen(language, locale, reference, sources.config)) {
    for (const [id, text] of screenTexts) {
      texts.set(id, text);
      if (!screenOf.has(id)) screenOf.set(id, screen);
    }
  }
  return { texts, screenOf };
}

/** Coverage of every language (or the ones asked for) against the clips in the data folder. */
export async function audioCoverage(
  sources: ClipTextSources,
  store: ClipStore,
  languages: readonly Language[] = LANGUAGES,
): Promise<AudioCoverageReport> {
  const texts = await visitorTextsByLanguage(sources, languages);
  const coverage: ClipCoverage[] = [];
  for (const language of languages) {
    const manifest = await store.readManifest(language);
    coverage.push(clipCoverage(language, hashTexts(texts.get(language) ?? new Map()), manifest));
  }
  return { served: sources.served, languages: coverage, texts };
}
