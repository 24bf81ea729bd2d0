import { unzipSync, zipSync } from 'fflate';
import { readFile } from 'node:fs/promises';

import { clipEntrySchema, MAX_RECORDING_BYTES, type ClipEntry, type Language } from '../../contract/index.js';
import { z } from 'zod';

import { ManifestError, type ClipFormat, type ClipStore } from './clip-store.js';
import { isSafeMessageId } from './audio-handlers.js';

/**
 * A language's recorded clips as one zip: `clips.json` (language and manifest entries) and the
 * files. Synthetic drafts stay out: any point makes its own with `kioskctl audio generate`, and
 * they would make the archive ten times larger.
 */
const ARCHIVE_MANIFEST = 'clips.json';

const archiveManifestSchema = z.strictObject({
  version: z.literal(1),
  language: z.enum(['es', 'en', 'fr', 'ht']),
  clips: z.record(z.string(), clipEntrySchema),
});

export class ArchiveError extends Error {}

export async function exportClipArchive(
  store: ClipStore,
  language: Language,
): Promise<{ zip: Uint8Array; clips: number }> {
  const manifest = await store.readManifest(language);
  const files: Record<string, Uint8Array> = {};
  const clips: Record<string, ClipEntry> = {};
  for (const [id, entry] of Object.entries(manifest.clips)) {
    if (entry.source !== 'recorded') continue;
    const file = await store.clipFile(language, id);
    if (file === null) continue;
    files[entry.file] = new Uint8Array(await readFile(file.path));
    clips[id] = entry;
  }
  files[ARCHIVE_MANIFEST] = new TextEncoder().encode(JSON.stringify({ version: 1, language, clips }, null, 2));
  // Opus and WAV barely compress: store, do not deflate.
  return { zip: zipSync(files, { level: 0 }), clips: Object.keys(clips).length };
}

/**
 * Checks the whole archive before writing anything: a bad archive changes nothing. A clip of this
 * point that is a recording of the current text (`currentHashes`) is kept; everything else the
 * archive holds replaces what is here (synthetic drafts, stale or missing clips).
 */
export async function importClipArchive(
  store: ClipStore,
  language: Language,
  zip: Uint8Array,
  currentHashes: ReadonlyMap<string, string>,
): Promise<{ imported: number; kept: number }> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip);
  } catch {
    throw new ArchiveError('not a zip archive');
  }
  const manifestBytes = files[ARCHIVE_MANIFEST];
  if (manifestBytes === undefined) throw new ArchiveError(`no ${ARCHIVE_MANIFEST} in the archive`);
  let parsed: z.infer<typeof archiveManifestSchema>;
  try {
    parsed = archiveManifestSchema.parse(JSON.parse(new TextDecoder().decode(manifestBytes)));
  } catch {
    throw new ArchiveError(`${ARCHIVE_MANIFEST} is not a clip list`);
  }
  if (parsed.language !== language)
    throw new ArchiveError(`the archive holds ${parsed.language} clips, not ${language}`);
  const checked: { id: string; entry: ClipEntry; bytes: Uint8Array; format: ClipFormat }[] = [];
  for (const [id, entry] of Object.entries(parsed.clips)) {
    const format = /\.(wav|webm)$/.exec(entry.file)?.[1] as ClipFormat | undefined;
    const bytes = files[entry.file];
    if (!isSafeMessageId(id) || format === undefined || entry.file !== `${id}.${format}`) {
      throw new ArchiveError(`${id}: not a clip name`);
    }
    if (bytes === undefined || bytes.length === 0) throw new ArchiveError(`${entry.file} is missing from the archive`);
    if (bytes.length > MAX_RECORDING_BYTES) throw new ArchiveError(`${entry.file} is too large`);
    checked.push({ id, entry, bytes, format });
  }
  const local = await store.readManifest(language);
  let imported = 0;
  let kept = 0;
  for (const { id, entry, bytes, format } of checked) {
    const mine = local.clips[id];
    if (mine?.source === 'recorded' && mine.textSha256 === currentHashes.get(id)) {
      kept += 1;
      continue;
    }
    try {
      await store.putClip(language, id, format, bytes, {
        textSha256: entry.textSha256,
        source: 'recorded',
        by: entry.by,
        day: entry.day,
        ...(entry.playback === undefined ? {} : { playback: entry.playback }),
      });
    } catch (error) {
      if (error instanceof ManifestError) throw new ArchiveError(error.message);
      throw error;
    }
    imported += 1;
  }
  return { imported, kept };
}
