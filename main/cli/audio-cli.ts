import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { isoDay, LANGUAGES, localeText, type ClipCoverage, type Language } from '../contract/index.js';
import { audioCoverage, loadClipTextSources, loadLocaleTree } from '../services/audio/audio-coverage.js';
import { createClipStore, ManifestError } from '../services/audio/clip-store.js';
import { espeakEngine } from '../services/audio/espeak-engine.js';
import { generateSyntheticClips, NoVoiceError } from '../services/audio/generate-clips.js';
import { loadConfigFolder } from '../services/config/index.js';

import { EXIT_FAILED, EXIT_OK, type CliIo } from './cli-io.js';

export const AUDIO_USAGE = `  audio status [--lang es|en|fr|ht] [--config DIR] [--data DIR] [--ids]
                            Read-aloud clips per language: present, missing, stale
                            (text changed since), synthetic; exit 1 when a language
                            the site serves lacks a clip. --ids lists every id.
  audio generate --lang es|en|fr|ht [--engine espeak-ng] [--config DIR] [--data DIR]
                            Make synthetic drafts (WAV) for missing clips with a local
                            voice of that very language; refuses when there is none.
                            Recorded clips are never replaced.`;

export type AudioCliOutcome = number | { readonly usageError: string };

const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);

function printCoverage(coverage: ClipCoverage, served: boolean, ids: boolean, io: CliIo): void {
  const { language, expected, present, missing, stale, synthetic, recorded } = coverage;
  const mark = served ? '' : ' (not served by this site)';
  io.out(
    `${language}${mark}: ${present.length}/${expected} present (${recorded.length} recorded, ${synthetic.length} synthetic), ${missing.length} missing, ${stale.length} stale`,
  );
  const list = (label: string, items: readonly string[], limit: number): void => {
    if (items.length === 0) return;
    const shown = ids ? items : items.slice(0, limit);
    const more = items.length - shown.length;
    io.out(`  ${label}: ${shown.join(', ')}${more > 0 ? `, … ${more} more (--ids)` : ''}`);
  };
  list('stale', stale, 20);
  list('synthetic', synthetic, 10);
  list('missing', missing, 10);
}

/** `kioskctl audio status|generate …`. */
export async function runAudioCommand(
  subcommand: string | undefined,
  rest: readonly string[],
  io: CliIo,
  defaults: { readonly configDir: string; readonly dataDir: string; readonly help: () => number },
): Promise<AudioCliOutcome> {
  if (subcommand !== 'status' && subcommand !== 'generate') {
    return { usageError: `Unknown command "audio${subcommand === undefined ? '' : ` ${subcommand}`}".` };
  }
  let values: { lang?: string; engine?: string; config?: string; data?: string; ids?: boolean; help?: boolean };
  try {
    values = parseArgs({
      args: [...rest],
      options: {
        lang: { type: 'string' },
        engine: { type: 'string' },
        config: { type: 'string' },
        data: { type: 'string' },
        ids: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
    }).values;
  } catch (error) {
    return { usageError: error instanceof Error ? error.message : String(error) };
  }
  if (values.help === true) return defaults.help();
  if (values.lang !== undefined && !isLanguage(values.lang)) {
    return { usageError: `--lang must be one of ${LANGUAGES.join(', ')}, not "${values.lang}".` };
  }
  const configDir = resolve(values.config ?? defaults.configDir);
  const store = createClipStore(resolve(values.data ?? defaults.dataDir));
  const sources = await loadClipTextSources(configDir);

  if (subcommand === 'status') {
    const languages = values.lang === undefined ? LANGUAGES : [values.lang];
    try {
      const report = await audioCoverage(sources, store, languages);
      let gaps = false;
      for (const coverage of report.languages) {
        const served = report.served.includes(coverage.language);
        printCoverage(coverage, served, values.ids === true, io);
        if (served && coverage.present.length < coverage.expected) gaps = true;
      }
      if (gaps) io.out('Visitor screens lack audio in a language this site serves.');
      return gaps ? EXIT_FAILED : EXIT_OK;
    } catch (error) {
      if (!(error instanceof ManifestError)) throw error;
      io.err(`${error.message}. Import the language's archive again, or delete the file to start over.`);
      return EXIT_FAILED;
    }
  }

  if (values.lang === undefined) return { usageError: 'audio generate needs --lang.' };
  const engineName = values.engine ?? 'espeak-ng';
  if (engineName !== 'espeak-ng') return { usageError: `--engine must be espeak-ng, not "${engineName}".` };
  const language = values.lang;
  const folder = await loadConfigFolder(configDir);
  const site = folder.site.ok ? folder.site.value : undefined;
  const locale = await loadLocaleTree(sources.localesDir, language);
  try {
    const outcome = await generateSyntheticClips({
      language,
      sources,
      store,
      engine: espeakEngine(),
      day: isoDay(new Date(), site?.timezone ?? 'UTC'),
      placeholders: {
        organisation: site?.organisation ?? '',
        finish: localeText(locale, 'nav.finish') ?? '',
        url: site?.redsafe.webUrl.replace(/^https:\/\//, '') ?? '',
      },
    });
    io.out(`${language}: ${outcome.made.length} synthetic clip(s) made with ${engineName}.`);
    for (const { id, reason } of outcome.failed) io.err(`  ${id}: ${reason}`);
    if (outcome.staleRecorded.length > 0) {
      io.out(`  Recorded clips whose text changed (record again): ${outcome.staleRecorded.join(', ')}`);
    }
    return outcome.failed.length === 0 ? EXIT_OK : EXIT_FAILED;
  } catch (error) {
    if (error instanceof NoVoiceError || error instanceof ManifestError) {
      io.err(error.message);
      return EXIT_FAILED;
    }
    throw error;
  }
}
