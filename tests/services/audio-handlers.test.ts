import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { createAudioHandlers, isSafeMessageId, MAX_CLIP_BYTES } from '../../main/services/audio/audio-handlers.js';
import { createMemoryLogger } from '../../main/services/logger.js';

import { tempDir } from './temp-dirs.js';

/** A config folder with clips for Spanish and Kreyòl, a secret beside it, and a few traps. */
async function configWithClips() {
  const root = await tempDir('kiosk-audio-');
  const configDir = join(root, 'config');
  await mkdir(join(configDir, 'audio', 'es'), { recursive: true });
  await mkdir(join(configDir, 'audio', 'ht'), { recursive: true });
  await writeFile(join(root, 'secret.mp3'), 'not for visitors');
  await writeFile(join(configDir, 'site.json'), '{}');
  await writeFile(join(configDir, 'audio', 'es', 'home.heading.mp3'), Buffer.from([1, 2, 3]));
  await writeFile(join(configDir, 'audio', 'ht', 'home.heading.ogg'), Buffer.from([4, 5]));
  await writeFile(join(configDir, 'audio', 'ht', 'urgentHelp.intro.wav'), Buffer.from([6]));
  await writeFile(join(configDir, 'audio', 'ht', 'notes.txt'), 'not a clip');
  await writeFile(join(configDir, 'audio', 'ht', 'empty.mp3'), '');
  await symlink(join(root, 'secret.mp3'), join(configDir, 'audio', 'ht', 'linked.mp3'));
  const handlers = createAudioHandlers({ configDir, logger: createMemoryLogger() });
  return { handlers, configDir };
}

describe('read-aloud clips', () => {
  it('lists the clips of a language by message id, leaving out other files, empty files and links', async () => {
    const { handlers } = await configWithClips();
    expect(await handlers.listAudioClips({ language: 'ht' })).toEqual({
      ok: true,
      value: { messageIds: ['home.heading', 'urgentHelp.intro'] },
    });
    expect(await handlers.listAudioClips({ language: 'es' })).toEqual({
      ok: true,
      value: { messageIds: ['home.heading'] },
    });
    // No folder for a language: nothing recorded, not an error.
    expect(await handlers.listAudioClips({ language: 'fr' })).toEqual({ ok: true, value: { messageIds: [] } });
  });

  it('returns a clip as base64 with its type', async () => {
    const { handlers } = await configWithClips();
    expect(await handlers.getAudioClip({ language: 'ht', messageId: 'home.heading' })).toEqual({
      ok: true,
      value: { mimeType: 'audio/ogg', base64: Buffer.from([4, 5]).toString('base64') },
    });
    expect(await handlers.getAudioClip({ language: 'ht', messageId: 'urgentHelp.intro' })).toMatchObject({
      ok: true,
      value: { mimeType: 'audio/wav' },
    });
  });

  it('refuses names that could leave the folder, and never follows a link', async () => {
    const { handlers } = await configWithClips();
    for (const messageId of ['..', '../secret', '../../secret', '.hidden', 'a..b', '/etc/passwd', 'es/../../secret']) {
      const result = await handlers.getAudioClip({ language: 'ht', messageId });
      expect(result.ok, messageId).toBe(false);
    }
    expect(await handlers.getAudioClip({ language: 'ht', messageId: 'linked' })).toMatchObject({ ok: false });
    expect(isSafeMessageId('home.heading')).toBe(true);
    expect(isSafeMessageId('../home')).toBe(false);
  });

  it('answers a missing clip as not found, and a clip over the size cap as too large', async () => {
    const { handlers, configDir } = await configWithClips();
    expect(await handlers.getAudioClip({ language: 'es', messageId: 'nothing.here' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    await writeFile(join(configDir, 'audio', 'es', 'too.long.mp3'), Buffer.alloc(MAX_CLIP_BYTES + 1));
    expect(await handlers.getAudioClip({ language: 'es', messageId: 'too.long' })).toMatchObject({
      ok: false,
      error: { code: 'PAYLOAD_TOO_LARGE' },
    });
    expect(await handlers.listAudioClips({ language: 'es' })).toEqual({
      ok: true,
      value: { messageIds: ['home.heading'] },
    });
  });
});
