import { chmod, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { runKioskctl } from '../../main/cli/kioskctl.js';
import { clipManifestSchema } from '../../main/contract/index.js';
import { audioCoverage, loadClipTextSources } from '../../main/services/audio/audio-coverage.js';
import { createClipStore } from '../../main/services/audio/clip-store.js';
import { espeakEngine } from '../../main/services/audio/espeak-engine.js';
import { readWavInfo } from '../../main/services/audio/wav-info.js';
import { readJson, sampleConfigCopy, tempDir, writeJson } from '../services/temp-dirs.js';
import { captureCli } from '../support/cli-capture.js';

/** A sample configuration that serves Kreyòl only, and an empty data folder. */
async function kreyolSite(): Promise<{ configDir: string; dataDir: string }> {
  const configDir = await sampleConfigCopy();
  const site = await readJson(join(configDir, 'site.json'));
  await writeJson(join(configDir, 'site.json'), { ...site, languages: ['ht'] });
  return { configDir, dataDir: await tempDir('kiosk-data-') };
}

describe('kioskctl audio status', () => {
  it('counts every clip missing on a fresh kiosk and fails for a served language', async () => {
    const { configDir, dataDir } = await kreyolSite();
    const { io, out } = captureCli();
    expect(await runKioskctl(['audio', 'status', '--config', configDir, '--data', dataDir], io)).toBe(1);
    const expected = (await audioCoverage(await loadClipTextSources(configDir), createClipStore(dataDir), ['ht']))
      .languages[0]?.expected;
    expect(expected).toBeGreaterThan(100);
    expect(out).toContain(
      `ht: 0/${String(expected)} present (0 recorded, 0 synthetic), ${String(expected)} missing, 0 stale`,
    );
    expect(out).toContain(
      `es (not served by this site): 0/${String(expected)} present (0 recorded, 0 synthetic), ${String(expected)} missing, 0 stale`,
    );
    expect(out.at(-1)).toBe('Visitor screens lack audio in a language this site serves.');
  });

  it('rejects an unknown language as a usage error', async () => {
    const { io, err } = captureCli();
    expect(await runKioskctl(['audio', 'status', '--lang', 'pt'], io)).toBe(2);
    expect(err[0]).toContain('--lang must be one of es, en, fr, ht');
  });
});

describe('kioskctl audio generate with espeak-ng', () => {
  it('makes a plausible WAV for every Kreyòl clip, then status passes; a changed text is stale and regenerated', async () => {
    const { configDir, dataDir } = await kreyolSite();
    const run = captureCli();
    expect(
      await runKioskctl(['audio', 'generate', '--lang', 'ht', '--config', configDir, '--data', dataDir], run.io),
    ).toBe(0);

    const folder = join(dataDir, 'audio', 'ht');
    const manifest = clipManifestSchema.parse(JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')));
    const texts = (
      await audioCoverage(await loadClipTextSources(configDir), createClipStore(dataDir), ['ht'])
    ).texts.get('ht');
    const ids = Object.keys(manifest.clips);
    expect(ids.length).toBe(texts?.size);
    expect(run.out[0]).toBe(`ht: ${String(ids.length)} synthetic clip(s) made with espeak-ng.`);
    for (const id of ids) {
      const entry = manifest.clips[id];
      expect(entry?.source).toBe('synthetic');
      expect(entry?.by).toBe('espeak-ng');
      const info = readWavInfo(await readFile(join(folder, entry?.file ?? '')));
      const characters = (texts?.get(id) ?? '').length;
      expect(info?.channels, id).toBe(1);
      // 150 words a minute is about 12 characters a second; allow a wide margin either way.
      expect(info?.seconds, `${id}: ${String(characters)} characters`).toBeGreaterThan(characters / 40);
      expect(info?.seconds, `${id}: ${String(characters)} characters`).toBeLessThan(characters / 4 + 2);
    }
    expect(await readdir(folder)).toHaveLength(ids.length + 1);

    const ok = captureCli();
    expect(
      await runKioskctl(['audio', 'status', '--lang', 'ht', '--config', configDir, '--data', dataDir], ok.io),
    ).toBe(0);
    expect(ok.out[0]).toBe(
      `ht: ${String(ids.length)}/${String(ids.length)} present (0 recorded, ${String(ids.length)} synthetic), 0 missing, 0 stale`,
    );

    // The site changes a service's description: that one clip no longer says what the screen shows.
    const directory = (await readJson(join(configDir, 'directory.json'))) as {
      services: { id: string; description: Record<string, string> }[];
    };
    const service = directory.services[0];
    if (service === undefined) throw new Error('sample directory is empty');
    service.description.ht = 'Yon lòt deskripsyon.';
    await writeJson(join(configDir, 'directory.json'), directory);
    const stale = captureCli();
    expect(
      await runKioskctl(['audio', 'status', '--lang', 'ht', '--config', configDir, '--data', dataDir], stale.io),
    ).toBe(1);
    expect(stale.out[0]).toContain('0 missing, 1 stale');
    expect(stale.out[1]).toBe(`  stale: directory.${service.id}`);

    const again = captureCli();
    expect(
      await runKioskctl(['audio', 'generate', '--lang', 'ht', '--config', configDir, '--data', dataDir], again.io),
    ).toBe(0);
    expect(again.out[0]).toBe('ht: 1 synthetic clip(s) made with espeak-ng.');
  }, 120_000);

  it('refuses Kreyòl when the engine has no ht voice of its own, even if a French voice lists ht', async () => {
    const dir = await tempDir('kiosk-engine-');
    const fake = join(dir, 'espeak-ng');
    // A voice list where only the French voice mentions ht among its other languages.
    await writeFile(
      fake,
      '#!/bin/sh\necho " Pty Language       Age/Gender VoiceName          File                 Other Languages"\necho " 5  fr-fr           --/M      French_(France)    roa/fr               (ht 5)"\n',
    );
    await chmod(fake, 0o755);
    expect(await espeakEngine(fake).hasVoice('ht')).toBe(false);
    expect(await espeakEngine(fake).hasVoice('fr')).toBe(true);
    expect(await espeakEngine(join(dir, 'missing')).hasVoice('ht')).toBe(false);
    expect(await espeakEngine().hasVoice('ht')).toBe(true);
  });
});
