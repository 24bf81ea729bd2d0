import { clipCoverage, type Language } from '../../contract/index.js';

import type { ClipTextSources } from './audio-coverage.js';
import { visitorTextsByLanguage } from './audio-coverage.js';
import type { ClipStore } from './clip-store.js';
import type { SpeechEngine } from './espeak-engine.js';
import { hashTexts, textSha256 } from './visitor-texts.js';

export interface GenerateOutcome {
  readonly made: readonly string[];
  /** Recorded clips whose text changed: staff must record them again; a draft never replaces a person. */
  readonly staleRecorded: readonly string[];
  readonly failed: readonly { readonly id: string; readonly reason: string }[];
}

export class NoVoiceError extends Error {}

/**
 * Fills `{{placeholders}}` with what the screen shows for them at this site, so the draft says the
 * sentence a visitor reads. The hash stays that of the locale text (see visitor-texts.ts).
 */
export type PlaceholderValues = Readonly<Record<string, string>>;

function fill(text: string, values: PlaceholderValues): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => values[name] ?? '');
}

/**
 * Synthetic drafts for every clip with none, and for synthetic clips whose text changed. Recorded
 * clips are never touched. Refuses a language the engine has no voice of its own for.
 */
export async function generateSyntheticClips(options: {
  readonly language: Language;
  readonly sources: ClipTextSources;
  readonly store: ClipStore;
  readonly engine: SpeechEngine;
  readonly day: string;
  readonly placeholders: PlaceholderValues;
  readonly onClip?: (id: string) => void;
}): Promise<GenerateOutcome> {
  const { language, store, engine } = options;
  if (!(await engine.hasVoice(language))) {
    throw new NoVoiceError(`${engine.name} has no ${language} voice on this machine; no clip was made.`);
  }
  const texts = (await visitorTextsByLanguage(options.sources, [language])).get(language) ?? new Map<string, string>();
  const manifest = await store.readManifest(language);
  const coverage = clipCoverage(language, hashTexts(texts), manifest);
  const staleSynthetic = coverage.stale.filter((id) => manifest.clips[id]?.source === 'synthetic');
  const staleRecorded = coverage.stale.filter((id) => manifest.clips[id]?.source === 'recorded');
  const made: string[] = [];
  const failed: { id: string; reason: string }[] = [];
  for (const id of [...coverage.missing, ...staleSynthetic]) {
    const text = texts.get(id) ?? '';
    const spoken = fill(text, options.placeholders).trim();
    if (spoken === '') {
      failed.push({ id, reason: 'no text in this language' });
      continue;
    }
    try {
      const wav = await engine.synthesise(language, spoken);
      await store.putClip(language, id, 'wav', wav, {
        textSha256: textSha256(text),
        source: 'synthetic',
        by: engine.name,
        day: options.day,
      });
      made.push(id);
      options.onClip?.(id);
    } catch (error) {
      failed.push({ id, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { made, staleRecorded, failed };
}
