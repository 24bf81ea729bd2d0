import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { audioCoverage, loadClipTextSources } from '../../main/services/audio/audio-coverage.js';
import { createClipStore, ManifestError } from '../../main/services/audio/clip-store.js';
import { textSha256 } from '../../main/services/audio/visitor-texts.js';

import { tempDir } from './temp-dirs.js';

const SAMPLE_CONFIG = join(import.meta.dirname, '..', '..', 'kiosk-config');

describe('clips in the data folder', () => {
  it('stores a clip and its manifest entry, replaces a synthetic draft by a recording, deletes', async () => {
    const dataDir = await tempDir('kiosk-clips-');
    const store = createClipStore(dataDir);
    const day = '2026-12-06';
    const textSha = textSha256('Ki sa ou bezwen?');
    await store.putClip('ht', 'home.heading', 'wav', new Uint8Array([1, 2]), {
      textSha256: textSha,
      source: 'synthetic',
      by: 'espeak-ng',
      day,
    });
    const recorded = await store.putClip('ht', 'home.heading', 'webm', new Uint8Array([3, 4, 5]), {
      textSha256: textSha,
      source: 'recorded',
      by: 'Rosa',
      day,
    });
    expect(recorded).toEqual({ file: 'home.heading.webm', textSha256: textSha, source: 'recorded', by: 'Rosa', day });
    const manifest = JSON.parse(await readFile(join(dataDir, 'audio', 'ht', 'manifest.json'), 'utf8')) as unknown;
    expect(manifest).toEqual({ version: 1, clips: { 'home.heading': recorded } });
    // The synthetic file went with its entry.
    await expect(readFile(join(dataDir, 'audio', 'ht', 'home.heading.wav'))).rejects.toThrow();
    expect((await store.clipFile('ht', 'home.heading'))?.path).toBe(join(dataDir, 'audio', 'ht', 'home.heading.webm'));

    expect(await store.deleteClip('ht', 'home.heading')).toBe(true);
    expect(await store.deleteClip('ht', 'home.heading')).toBe(false);
    expect(await store.clipFile('ht', 'home.heading')).toBeNull();
    await expect(readFile(join(dataDir, 'audio', 'ht', 'home.heading.webm'))).rejects.toThrow();
  });

  it('refuses ids that would leave the folder and says which manifest is broken', async () => {
    const dataDir = await tempDir('kiosk-clips-');
    const store = createClipStore(dataDir);
    const entry = { textSha256: textSha256('x'), source: 'recorded', by: 'Rosa', day: '2026-12-06' } as const;
    await expect(store.putClip('es', '../evil', 'wav', new Uint8Array([1]), entry)).rejects.toThrow(ManifestError);
    await store.putClip('es', 'home.heading', 'wav', new Uint8Array([1]), entry);
    await writeFile(join(dataDir, 'audio', 'es', 'manifest.json'), '{"version":1,"clips":{"a":{"file":"../x.wav"}}}');
    await expect(store.readManifest('es')).rejects.toThrow(/manifest\.json/);
  });
});

describe('coverage against the sample site', () => {
  it('counts every clip missing on an empty kiosk, then present, then stale when the text changes', async () => {
    const dataDir = await tempDir('kiosk-clips-');
    const store = createClipStore(dataDir);
    const sources = await loadClipTextSources(SAMPLE_CONFIG);
    const before = await audioCoverage(sources, store, ['ht']);
    const ht = before.languages[0];
    expect(ht?.present).toEqual([]);
    expect(ht?.missing.length).toBe(ht?.expected);
    expect(ht?.missing).toEqual(expect.arrayContaining(['home.heading', 'emergency.emergencias-911']));
    expect(ht?.missing.some((id) => id.startsWith('directory.'))).toBe(true);

    const text = before.texts.get('ht')?.get('home.heading') ?? '';
    expect(text.length).toBeGreaterThan(3);
    const entry = { source: 'recorded', by: 'Rosa', day: '2026-12-06' } as const;
    await store.putClip('ht', 'home.heading', 'webm', new Uint8Array([1]), { ...entry, textSha256: textSha256(text) });
    await store.putClip('ht', 'home.tiles.privacy', 'webm', new Uint8Array([1]), {
      ...entry,
      textSha256: textSha256('an older wording'),
    });
    const after = (await audioCoverage(sources, store, ['ht'])).languages[0];
    expect(after?.present).toEqual(['home.heading']);
    expect(after?.recorded).toEqual(['home.heading']);
    expect(after?.stale).toEqual(['home.tiles.privacy']);
    expect(after?.missing.length).toBe((ht?.expected ?? 0) - 2);
  });
});
