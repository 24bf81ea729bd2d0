import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';

import { err, messageIdSchema, ok, type AudioClip, type Language } from '../../contract/index.js';
import type { KioskHandlers } from '../handlers.js';
import type { Logger } from '../logger.js';

import type { ClipStore } from './clip-store.js';

/**
 * Recorded read-aloud clips: `<configDir>/audio/<lang>/<messageId>.(mp3|ogg|wav)`, recorded by the
 * site (docs/read-aloud.md). Haitian Creole has no usable synthetic voice anywhere, so these files
 * are how a Kreyòl speaker who reads little hears the screens.
 */
const MIME_TYPES = {
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  wav: 'audio/wav',
} as const satisfies Record<string, AudioClip['mimeType']>;
type Extension = keyof typeof MIME_TYPES;
const EXTENSIONS = Object.keys(MIME_TYPES) as Extension[];

/**
 * The contract carries a clip as base64 of at most 8 MiB, which is 6 MiB of audio: about six
 * minutes of speech at 128 kbit/s, far more than one screen's text needs.
 */
export const MAX_CLIP_BYTES = 6 * 1024 * 1024;

const CLIP_FILE = /^(.+)\.(mp3|ogg|wav)$/;

/**
 * A message id is a file name here, so beyond the contract's pattern (which allows dots) it must
 * not be a dot file or hold `..`: nothing a caller sends may name a file outside the folder.
 */
export function isSafeMessageId(id: string): boolean {
  return messageIdSchema.safeParse(id).success && !id.startsWith('.') && !id.includes('..');
}

export interface AudioHandlerOptions {
  readonly configDir: string;
  readonly logger: Logger;
  /**
   * Clips made at this kiosk (data folder). They come first; a clip there whose text changed since
   * is not played (it would not say what the screen shows).
   */
  readonly made?: {
    readonly store: ClipStore;
    readonly currentHashes: (language: Language) => Promise<ReadonlyMap<string, string>>;
  };
}

const WEBM_MIME = 'audio/webm';

export function createAudioHandlers(
  options: AudioHandlerOptions,
): Pick<KioskHandlers, 'listAudioClips' | 'getAudioClip'> {
  const root = resolve(options.configDir, 'audio');
  const folderOf = (language: Language): string => join(root, language);

  /** A regular file (never a symlink, which could lead anywhere) inside the language folder, within the size cap. */
  async function usableFile(language: Language, name: string): Promise<{ path: string; size: number } | null> {
    const folder = folderOf(language);
    const path = resolve(folder, name);
    if (!path.startsWith(folder + sep)) return null;
    try {
      const stats = await lstat(path);
      return stats.isFile() ? { path, size: stats.size } : null;
    } catch {
      return null;
    }
  }

  /** Ids of clips made here whose text is the current one. */
  async function currentMadeClips(language: Language): Promise<Set<string>> {
    if (options.made === undefined) return new Set();
    try {
      const [manifest, hashes] = await Promise.all([
        options.made.store.readManifest(language),
        options.made.currentHashes(language),
      ]);
      return new Set(
        Object.entries(manifest.clips)
          .filter(([id, entry]) => hashes.get(id) === entry.textSha256)
          .map(([id]) => id),
      );
    } catch (error) {
      options.logger.warn('audio_manifest_unusable', {
        language,
        error: error instanceof Error ? error.message : String(error),
      });
      return new Set();
    }
  }

  async function madeClip(language: Language, messageId: string): Promise<AudioClip | null> {
    if (options.made === undefined || !(await currentMadeClips(language)).has(messageId)) return null;
    const file = await options.made.store.clipFile(language, messageId);
    if (file === null) return null;
    const bytes = await readFile(file.path);
    if (bytes.length === 0 || bytes.length > MAX_CLIP_BYTES) return null;
    const mimeType = file.path.endsWith('.webm') ? WEBM_MIME : MIME_TYPES.wav;
    return file.entry.playback === undefined
      ? { mimeType, base64: bytes.toString('base64') }
      : { mimeType, base64: bytes.toString('base64'), playback: file.entry.playback };
  }

  return {
    async listAudioClips({ language }) {
      const ids = await currentMadeClips(language);
      let names: string[];
      try {
        names = await readdir(folderOf(language));
      } catch {
        // No folder for this language in the configuration: the clips made here are all there is.
        return ok({ messageIds: [...ids].sort() });
      }
      for (const name of names.sort()) {
        const id = CLIP_FILE.exec(name)?.[1];
        if (id === undefined || !isSafeMessageId(id)) continue;
        const file = await usableFile(language, name);
        if (file === null) continue;
        if (file.size > MAX_CLIP_BYTES || file.size === 0) {
          options.logger.warn('audio_clip_unusable', { language, messageId: id, bytes: file.size });
          continue;
        }
        ids.add(id);
      }
      return ok({ messageIds: [...ids] });
    },

    async getAudioClip({ language, messageId }) {
      if (!isSafeMessageId(messageId)) return err('INVALID_PAYLOAD', 'not a clip name');
      const made = await madeClip(language, messageId).catch(() => null);
      if (made !== null) return ok(made);
      for (const extension of EXTENSIONS) {
        const file = await usableFile(language, `${messageId}.${extension}`);
        if (file === null) continue;
        if (file.size > MAX_CLIP_BYTES) return err('PAYLOAD_TOO_LARGE', `${language}/${messageId}: ${file.size} bytes`);
        try {
          const bytes = await readFile(file.path);
          // Checked again after reading: the file may have grown since lstat.
          if (bytes.length > MAX_CLIP_BYTES) return err('PAYLOAD_TOO_LARGE', `${language}/${messageId}`);
          return ok({ mimeType: MIME_TYPES[extension], base64: bytes.toString('base64') });
        } catch (error) {
          options.logger.warn('audio_clip_unreadable', {
            language,
            messageId,
            error: error instanceof Error ? error.message : String(error),
          });
          return err('INTERNAL', 'clip unreadable');
        }
      }
      // There is no "not found" code in the contract: asking for a clip that is not listed is a bad request.
      return err('NOT_FOUND', `no clip ${language}/${messageId}`);
    },
  };
}
