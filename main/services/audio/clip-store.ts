import { lstat, mkdir, readFile, unlink } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';

import {
  clipManifestSchema,
  EMPTY_MANIFEST,
  type ClipEntry,
  type ClipManifest,
  type Language,
} from '../../contract/index.js';
import { writeFileAtomic } from '../secrets/private-files.js';

/**
 * Clips made at the kiosk (recorded by staff, or synthetic drafts) live in the DATA folder:
 * `<data>/audio/<lang>/manifest.json` and `<data>/audio/<lang>/<clip id>.<wav|webm>`.
 *
 * Why not the configuration folder: the kiosk writes these files itself while it runs (staff record
 * at the point), and the configuration folder is the administrator's (on Windows it sits in
 * ProgramData, and the kiosk must not be the one widening its ACL). A site shares clips between
 * points by exporting a language's archive and importing it, not by copying the configuration.
 */
export const AUDIO_FOLDER = 'audio';
export const MANIFEST_FILE = 'manifest.json';

export type ClipFormat = 'wav' | 'webm';

export class ManifestError extends Error {}

export interface ClipStore {
  readonly folderOf: (language: Language) => string;
  readManifest(language: Language): Promise<ClipManifest>;
  /** Stores the file, then the manifest entry: a crash between the two leaves an unlisted file, never a listed missing one. */
  putClip(
    language: Language,
    id: string,
    format: ClipFormat,
    bytes: Uint8Array,
    entry: Omit<ClipEntry, 'file'>,
  ): Promise<ClipEntry>;
  deleteClip(language: Language, id: string): Promise<boolean>;
  /** The file of a listed clip, or null (never a path outside the language folder, never a symlink). */
  clipFile(language: Language, id: string): Promise<{ path: string; entry: ClipEntry } | null>;
}

export function createClipStore(dataDir: string): ClipStore {
  const root = resolve(dataDir, AUDIO_FOLDER);
  const folderOf = (language: Language): string => join(root, language);
  const manifestPath = (language: Language): string => join(folderOf(language), MANIFEST_FILE);

  // One write at a time per process: two staff saves must not lose one manifest entry.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };

  async function readManifest(language: Language): Promise<ClipManifest> {
    let text: string;
    try {
      text = await readFile(manifestPath(language), 'utf8');
    } catch {
      return { version: 1, clips: {} };
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new ManifestError(`${manifestPath(language)} is not valid JSON`);
    }
    const result = clipManifestSchema.safeParse(parsed);
    if (!result.success)
      throw new ManifestError(`${manifestPath(language)}: ${result.error.issues[0]?.message ?? 'invalid'}`);
    return result.data;
  }

  async function writeManifest(language: Language, manifest: ClipManifest): Promise<void> {
    await mkdir(folderOf(language), { recursive: true });
    await writeFileAtomic(manifestPath(language), `${JSON.stringify(clipManifestSchema.parse(manifest), null, 2)}\n`);
  }

  function inside(language: Language, name: string): string | null {
    const folder = folderOf(language);
    const path = resolve(folder, name);
    return path.startsWith(folder + sep) ? path : null;
  }

  return {
    folderOf,
    readManifest,
    putClip(language, id, format, bytes, entry) {
      return serial(async () => {
        const file = `${id}.${format}`;
        const path = inside(language, file);
        if (path === null || id.startsWith('.') || id.includes('..')) throw new ManifestError(`not a clip id: ${id}`);
        const manifest = await readManifest(language);
        const previous = manifest.clips[id];
        // Checked inside the queue: a draft made while staff record must not overwrite the person.
        if (previous?.source === 'recorded' && entry.source === 'synthetic') {
          throw new ManifestError(`${language}/${id} is recorded; a synthetic draft does not replace it`);
        }
        await mkdir(folderOf(language), { recursive: true });
        await writeFileAtomic(path, bytes);
        const stored: ClipEntry = { ...entry, file };
        await writeManifest(language, { version: 1, clips: { ...manifest.clips, [id]: stored } });
        // A recording in a new format replaces the synthetic WAV: remove the old file once unlisted.
        if (previous !== undefined && previous.file !== file) {
          const old = inside(language, previous.file);
          if (old !== null) await unlink(old).catch(() => undefined);
        }
        return stored;
      });
    },
    deleteClip(language, id) {
      return serial(async () => {
        const manifest = await readManifest(language);
        const entry = manifest.clips[id];
        if (entry === undefined) return false;
        const clips = Object.fromEntries(Object.entries(manifest.clips).filter(([key]) => key !== id));
        await writeManifest(language, { version: 1, clips });
        const path = inside(language, entry.file);
        if (path !== null) await unlink(path).catch(() => undefined);
        return true;
      });
    },
    async clipFile(language, id) {
      const manifest = await readManifest(language).catch(() => EMPTY_MANIFEST);
      const entry = manifest.clips[id];
      if (entry === undefined) return null;
      const path = inside(language, entry.file);
      if (path === null) return null;
      try {
        const stats = await lstat(path);
        return stats.isFile() ? { path, entry } : null;
      } catch {
        return null;
      }
    },
  };
}
