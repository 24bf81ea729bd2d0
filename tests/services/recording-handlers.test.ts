import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { zipSync } from 'fflate';

import type { Language } from '../../main/contract/index.js';
import { createAudioHandlers } from '../../main/services/audio/audio-handlers.js';
import { audioCoverage, loadClipTextSources } from '../../main/services/audio/audio-coverage.js';
import { createClipStore } from '../../main/services/audio/clip-store.js';
import { createRecordingHandlers } from '../../main/services/audio/recording-handlers.js';
import { hashTexts, textSha256 } from '../../main/services/audio/visitor-texts.js';
import { fixedClock } from '../../main/services/clock.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import type { StaffChange } from '../../main/services/operator/audit-writer.js';
import type { StaffCaller } from '../../main/services/staff-caller.js';

import { SAMPLE_CONFIG_DIR, tempDir } from './temp-dirs.js';

const TOKEN = 'b'.repeat(43);
const ROSA: StaffCaller = { accountId: 'abcdefghjkmn', name: 'Rosa', role: 'operator' };
/** The EBML magic of a WebM file, then a few bytes: enough for the services, which never decode audio. */
const WEBM = Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 1, 2, 3, 4]).toString('base64');

async function kiosk() {
  const dataDir = await tempDir('kiosk-rec-');
  const store = createClipStore(dataDir);
  const logger = createMemoryLogger();
  const audited: StaffChange[] = [];
  const recordings = createRecordingHandlers({
    configDir: SAMPLE_CONFIG_DIR,
    store,
    clock: fixedClock(new Date('2026-12-06T18:00:00Z')),
    timezone: () => 'America/Mexico_City',
    logger,
    audit: (change) => {
      audited.push(change);
      return Promise.resolve();
    },
  });
  const currentHashes = async (language: Language) =>
    hashTexts(
      (await audioCoverage(await loadClipTextSources(SAMPLE_CONFIG_DIR), store, [language])).texts.get(language) ??
        new Map(),
    );
  const audio = createAudioHandlers({ configDir: join(dataDir, 'no-config'), logger, made: { store, currentHashes } });
  return { dataDir, store, recordings, audio, audited };
}

describe('recordings made at the point', () => {
  it('stores a recording with the caller and the text hash, and visitors get it with its trim and gain', async () => {
    const { dataDir, recordings, audio } = await kiosk();
    const list = await recordings.listRecordings({ token: TOKEN, language: 'ht' }, ROSA);
    if (!list.ok) throw new Error('no list');
    const heading = list.value.items.find((item) => item.clipId === 'home.heading');
    expect(heading?.state).toBe('missing');
    const playback = { startSeconds: 0.3, durationSeconds: 1.2, gain: 2 };
    const saved = await recordings.saveRecording(
      { token: TOKEN, language: 'ht', clipId: 'home.heading', mimeType: 'audio/webm', base64: WEBM, playback },
      ROSA,
    );
    expect(saved).toEqual({ ok: true, value: { clipId: 'home.heading', by: 'Rosa', day: '2026-12-06' } });
    const manifest = JSON.parse(await readFile(join(dataDir, 'audio', 'ht', 'manifest.json'), 'utf8')) as {
      clips: Record<string, { textSha256: string; by: string }>;
    };
    expect(manifest.clips['home.heading']?.textSha256).toBe(textSha256(heading?.text ?? ''));
    expect(manifest.clips['home.heading']?.by).toBe('Rosa');

    const after = await recordings.listRecordings({ token: TOKEN, language: 'ht' }, ROSA);
    expect(after.ok && after.value.items.find((item) => item.clipId === 'home.heading')).toMatchObject({
      state: 'recorded',
      by: 'Rosa',
    });
    expect(await audio.listAudioClips({ language: 'ht' })).toEqual({
      ok: true,
      value: { messageIds: ['home.heading'] },
    });
    expect(await audio.getAudioClip({ language: 'ht', messageId: 'home.heading' })).toEqual({
      ok: true,
      value: { mimeType: 'audio/webm', base64: WEBM, playback },
    });
  });

  it('deletes a recording, and the audit log keeps who deleted which text; nothing to delete writes nothing', async () => {
    const { recordings, audio, audited } = await kiosk();
    const playback = { startSeconds: 0, durationSeconds: 1, gain: 1 };
    await recordings.saveRecording(
      { token: TOKEN, language: 'ht', clipId: 'home.heading', mimeType: 'audio/webm', base64: WEBM, playback },
      ROSA,
    );
    const remove = () => recordings.deleteRecording({ token: TOKEN, language: 'ht', clipId: 'home.heading' }, ROSA);

    expect(await remove()).toEqual({ ok: true, value: { deleted: true } });
    expect(audited).toEqual([
      { kind: 'recording_deleted', actor: 'Rosa', role: 'operator', detail: 'ht home.heading' },
    ]);
    expect(await audio.listAudioClips({ language: 'ht' })).toEqual({ ok: true, value: { messageIds: [] } });
    const list = await recordings.listRecordings({ token: TOKEN, language: 'ht' }, ROSA);
    expect(list.ok && list.value.items.find((item) => item.clipId === 'home.heading')?.state).toBe('missing');

    expect(await remove()).toEqual({ ok: true, value: { deleted: false } });
    expect(audited).toHaveLength(1);
  });

  it('names the screen that reads each text, so staff can record a screen at a time', async () => {
    const { recordings } = await kiosk();
    const list = await recordings.listRecordings({ token: TOKEN, language: 'fr' }, ROSA);
    if (!list.ok) throw new Error('no list');
    const screenOf = new Map(list.value.items.map((item) => [item.clipId, item.screen]));
    expect(screenOf.get('home.heading')).toBe('home');
    expect(screenOf.get('emergency.emergencias-911')).toBe('urgent-help');
    expect(screenOf.get('language.welcome')).toBe('language');
    // The configuration's texts belong to the first screen that reads them: a service's to its
    // page, a rights topic's to the topics (its title is read there, its steps on its own page).
    expect(screenOf.get('directory.comar-asilo')).toBe('service');
    const topicParts = [...screenOf.keys()].filter((id) => id.startsWith('topic.'));
    expect(topicParts.length).toBeGreaterThan(20);
    expect(topicParts.filter((id) => screenOf.get(id) !== 'topics')).toEqual([]);
    // Every screen has texts of its own to record.
    expect(new Set(screenOf.values()).size).toBe(12);
  });

  it('refuses a clip id no screen reads and bytes that are not a recording', async () => {
    const { recordings } = await kiosk();
    const playback = { startSeconds: 0, gain: 1 };
    const base = { token: TOKEN, language: 'es', mimeType: 'audio/webm', playback } as const;
    const unknown = await recordings.saveRecording({ ...base, clipId: 'staff.pin.heading', base64: WEBM }, ROSA);
    expect(unknown.ok ? null : unknown.error.code).toBe('INVALID_PAYLOAD');
    const text = await recordings.saveRecording(
      { ...base, clipId: 'home.heading', base64: Buffer.from('hello there').toString('base64') },
      ROSA,
    );
    expect(text.ok ? null : text.error.code).toBe('INVALID_PAYLOAD');
  });

  it('exports recorded clips and imports them at another point; a bad archive changes nothing', async () => {
    const here = await kiosk();
    const there = await kiosk();
    const playback = { startSeconds: 0, gain: 1 };
    await here.recordings.saveRecording(
      { token: TOKEN, language: 'fr', clipId: 'home.heading', mimeType: 'audio/webm', base64: WEBM, playback },
      ROSA,
    );
    const archive = await here.recordings.exportClipArchive({ token: TOKEN, language: 'fr' }, ROSA);
    if (!archive.ok) throw new Error('no archive');
    expect(archive.value).toMatchObject({ fileName: 'clips-fr-2026-12-06.zip', clips: 1 });

    const manifestBefore = await there.store.readManifest('fr');
    for (const bad of [
      Buffer.from('not a zip').toString('base64'),
      Buffer.from(zipSync({ 'clips.json': new TextEncoder().encode('{"version":1}') })).toString('base64'),
      archive.value.base64,
    ]) {
      const language = bad === archive.value.base64 ? 'es' : 'fr';
      const result = await there.recordings.importClipArchive({ token: TOKEN, language, base64: bad }, ROSA);
      expect(result.ok ? null : result.error.code).toBe('INVALID_PAYLOAD');
    }
    expect(await there.store.readManifest('fr')).toEqual(manifestBefore);

    const imported = await there.recordings.importClipArchive(
      { token: TOKEN, language: 'fr', base64: archive.value.base64 },
      ROSA,
    );
    expect(imported).toEqual({ ok: true, value: { imported: 1, kept: 0 } });
    expect(await there.audio.getAudioClip({ language: 'fr', messageId: 'home.heading' })).toMatchObject({
      ok: true,
      value: { mimeType: 'audio/webm', base64: WEBM },
    });
    // Importing again keeps the recording of the current text that is already here.
    const again = await there.recordings.importClipArchive(
      { token: TOKEN, language: 'fr', base64: archive.value.base64 },
      ROSA,
    );
    expect(again).toEqual({ ok: true, value: { imported: 0, kept: 1 } });
  });
});
