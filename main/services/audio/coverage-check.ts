import { clipCoverage, LANGUAGES, type Language, type VisitorScreen } from '../../contract/index.js';
import type { ConfigService } from '../config/index.js';
import { outcome, type CheckOutcome } from '../health/check-runner.js';
import { findLocalesDir } from '../texts/locales-dir.js';

import type { ClipTextSources } from './audio-coverage.js';
import { loadLocaleTree } from './audio-coverage.js';
import type { ClipStore } from './clip-store.js';
import { hashTexts, visitorClipTextsByScreen } from './visitor-texts.js';

/** One served language's read-aloud coverage, as the daily check shows it. */
export interface ServedCoverage {
  readonly language: Language;
  readonly expected: number;
  readonly present: number;
  readonly stale: number;
  readonly missing: number;
  /** Visitor screens with not one clip of their current text in this language. */
  readonly silentScreens: readonly VisitorScreen[];
}

/** The texts the screens read, from the configuration the kiosk runs with now. */
export function clipTextSourcesOf(config: ConfigService, localesDir = findLocalesDir()): ClipTextSources {
  if (localesDir === undefined) throw new Error('cannot find the locales folder');
  const site = config.site();
  return {
    localesDir,
    served: site?.languages ?? LANGUAGES,
    config: { emergencyNumbers: site?.emergencyNumbers ?? [], directory: config.directory(), topics: config.topics() },
  };
}

/**
 * Coverage of each language the site serves, screen by screen. A clip counts when its manifest
 * entry was made for the current text: a stale clip is not played, so it does not make a screen speak.
 */
export async function servedCoverage(sources: ClipTextSources, store: ClipStore): Promise<ServedCoverage[]> {
  const reference = await loadLocaleTree(sources.localesDir, 'es');
  const result: ServedCoverage[] = [];
  for (const language of sources.served) {
    const locale = await loadLocaleTree(sources.localesDir, language);
    const byScreen = visitorClipTextsByScreen(language, locale, reference, sources.config);
    const manifest = await store.readManifest(language);
    const current = (id: string, hash: string): boolean => manifest.clips[id]?.textSha256 === hash;
    const all = new Map([...byScreen.values()].flatMap((texts) => [...hashTexts(texts)]));
    const coverage = clipCoverage(language, all, manifest);
    const silentScreens = [...byScreen]
      .filter(([, texts]) => texts.size > 0 && ![...hashTexts(texts)].some(([id, hash]) => current(id, hash)))
      .map(([screen]) => screen);
    result.push({
      language,
      expected: coverage.expected,
      present: coverage.present.length,
      stale: coverage.stale.length,
      missing: coverage.missing.length,
      silentScreens,
    });
  }
  return result;
}

/**
 * The daily check's read-aloud figures, one result per served language (`audio:<lang>`): "ht: 42 of
 * 57 texts have audio, 3 stale". A language with a visitor screen that cannot say anything is a
 * warning, never a pass: a visitor who reads little would meet a silent screen.
 */
export function coverageOutcomes(coverage: readonly ServedCoverage[]): (CheckOutcome & { id: string })[] {
  return coverage.map((entry) => {
    const figures = {
      language: entry.language,
      present: entry.present,
      expected: entry.expected,
      stale: entry.stale,
      screens: entry.silentScreens.length,
    };
    const detail = `${entry.language} ${entry.present}/${entry.expected} clips, ${entry.stale} stale`;
    const measured = { value: entry.present, unit: 'clips' };
    const id = `audio:${entry.language}`;
    if (entry.silentScreens.length > 0) {
      const silent = `${detail}; no audio on ${entry.silentScreens.join(', ')}`;
      return { id, ...outcome('warn', 'clips_silent', silent, measured, figures) };
    }
    const complete = entry.present === entry.expected;
    return { id, ...outcome('pass', complete ? 'clips_complete' : 'clips_partial', detail, measured, figures) };
  });
}
