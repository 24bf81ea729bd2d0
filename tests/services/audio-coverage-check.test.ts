// The daily check's read-aloud figures: one result per served language, from the clips in the
// data folder against the texts the screens show now. A served language with a silent visitor
// screen is a warning, never a pass.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  checkDetailKey,
  VISITOR_SCREEN_CLIPS,
  type ClipManifest,
  type EquipmentCheck,
  type Language,
} from '../../main/contract/index.js';
import { loadClipTextSources, visitorTextsByLanguage } from '../../main/services/audio/audio-coverage.js';
import { createClipStore } from '../../main/services/audio/clip-store.js';
import { coverageOutcomes, servedCoverage } from '../../main/services/audio/coverage-check.js';
import { textSha256 } from '../../main/services/audio/visitor-texts.js';
import { fixedClock } from '../../main/services/clock.js';
import type { KioskServices } from '../../main/services/kiosk-services.js';
import { SAMPLE_CONFIG_DIR } from '../support/kiosk-fixture.js';
import { okValue } from '../support/result.js';
import { startAsSupervisor } from '../support/supervisor-services.js';

const SCREENS = Object.keys(VISITOR_SCREEN_CLIPS).length;

let base: string;

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'kiosk-audio-check-'));
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

/** Writes a manifest holding `texts` (id → text the clip was made for); the files themselves are not read. */
async function placeManifest(dataDir: string, language: Language, texts: ReadonlyMap<string, string>): Promise<void> {
  const clips: ClipManifest['clips'] = {};
  for (const [id, text] of texts) {
    clips[id] = {
      file: `${id}.wav`,
      textSha256: textSha256(text),
      source: 'synthetic',
      by: 'espeak-ng',
      day: '2026-12-06',
    };
  }
  await mkdir(join(dataDir, 'audio', language), { recursive: true });
  await writeFile(join(dataDir, 'audio', language, 'manifest.json'), JSON.stringify({ version: 1, clips }));
}

describe('read-aloud coverage in the daily check', () => {
  it('gives each served language its figure: complete, partial with stale clips, silent screens', async () => {
    const dataDir = join(base, 'data');
    const sources = await loadClipTextSources(SAMPLE_CONFIG_DIR);
    const texts = await visitorTextsByLanguage(sources);
    const es = texts.get('es') ?? new Map<string, string>();
    const fr = new Map(texts.get('fr'));
    await placeManifest(dataDir, 'es', es);
    // French: everything, but two clips were made for an older text.
    fr.set('home.heading', 'Un ancien texte');
    fr.set('services.intro', 'Un autre ancien texte');
    await placeManifest(dataDir, 'fr', fr);
    // Kreyòl: only the home heading, so every other screen is silent.
    await placeManifest(dataDir, 'ht', new Map([['home.heading', texts.get('ht')?.get('home.heading') ?? '']]));
    // English: nothing at all.

    const coverage = await servedCoverage(sources, createClipStore(dataDir));
    expect(coverage.map((entry) => entry.language)).toEqual(sources.served);
    const byLanguage = new Map(coverageOutcomes(coverage).map((result) => [result.id, result]));

    expect(byLanguage.get('audio:es')).toMatchObject({
      status: 'pass',
      code: 'clips_complete',
      params: { language: 'es', present: es.size, expected: es.size, stale: 0, screens: 0 },
    });
    expect(byLanguage.get('audio:fr')).toMatchObject({
      status: 'pass',
      code: 'clips_partial',
      params: { language: 'fr', present: es.size - 2, expected: es.size, stale: 2, screens: 0 },
    });
    expect(byLanguage.get('audio:ht')).toMatchObject({
      status: 'warn',
      code: 'clips_silent',
      params: { language: 'ht', present: 1, stale: 0, screens: SCREENS - 1 },
    });
    expect(byLanguage.get('audio:en')).toMatchObject({
      status: 'warn',
      code: 'clips_silent',
      params: { language: 'en', present: 0, screens: SCREENS },
    });
    // Each figure has its sentence under the sound check's own kind.
    for (const result of byLanguage.values()) {
      expect(checkDetailKey(result.id, result.code)).toBe(`audio.${result.code}`);
    }
  });

  it('a screen whose only clip is stale is silent: a stale clip is not played', async () => {
    const dataDir = join(base, 'data');
    const sources = await loadClipTextSources(SAMPLE_CONFIG_DIR);
    const es = new Map((await visitorTextsByLanguage(sources, ['es'])).get('es'));
    // The ask-staff screen's own texts: its words and the turn panel's.
    const askStaff = [...es.keys()].filter((id) => id.startsWith('askStaff.') || id.startsWith('turns.'));
    for (const id of askStaff) es.set(id, 'old text');
    await placeManifest(dataDir, 'es', es);
    const [entry] = await servedCoverage({ ...sources, served: ['es'] }, createClipStore(dataDir));
    expect(entry?.silentScreens).toEqual(['ask-staff']);
    expect(entry?.stale).toBe(askStaff.length);
    expect(coverageOutcomes(entry === undefined ? [] : [entry])[0]?.status).toBe('warn');
  });

  it('runs as part of the real daily check, after the sound output, for each language the site serves', async () => {
    const clock = fixedClock(new Date('2026-11-23T13:00:00Z'));
    let services: KioskServices | undefined;
    try {
      const started = await startAsSupervisor(base, clock);
      services = started.services;
      const screen = { display: { width: 1920, height: 1080, touchPoints: 10 }, audio: 'running' };
      const check = okValue(
        await services.dispatch('runEquipmentCheck', { token: started.token, screen }),
      ) as EquipmentCheck;
      const sound = check.results.filter((result) => result.id === 'audio' || result.id.startsWith('audio:'));
      // No clip in the data folder yet: every language the sample site serves is a warning.
      const served = (await loadClipTextSources(join(base, 'config'))).served;
      expect(served.length).toBeGreaterThan(0);
      expect(sound.map((result) => [result.id, result.status, result.code])).toEqual([
        ['audio', 'pass', 'audio_ok'],
        ...served.map((language) => [`audio:${language}`, 'warn', 'clips_silent']),
      ]);
      expect(sound[1]?.params).toMatchObject({ language: served[0], present: 0, screens: SCREENS });
    } finally {
      await services?.close();
    }
  });
});
