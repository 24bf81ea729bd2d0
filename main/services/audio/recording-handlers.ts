import {
  clipCoverage,
  err,
  isoDay,
  ok,
  type Language,
  type RecordingItem,
  type RecordingState,
} from '../../contract/index.js';
import type { Clock } from '../clock.js';
import type { KioskHandlers } from '../handlers.js';
import type { Logger } from '../logger.js';
import type { StaffChange } from '../operator/audit-writer.js';

import { audioCoverage, loadClipTextSources, visitorTextsWithScreens } from './audio-coverage.js';
import { ArchiveError, exportClipArchive, importClipArchive } from './clip-archive.js';
import { ManifestError, type ClipStore } from './clip-store.js';
import { hashTexts, textSha256 } from './visitor-texts.js';

export interface RecordingHandlerOptions {
  readonly configDir: string;
  readonly store: ClipStore;
  readonly clock: Clock;
  readonly timezone: () => string;
  readonly logger: Logger;
  /** The audit log: deleting a recording changes what visitors hear, so who did it is kept. */
  readonly audit: (change: StaffChange) => Promise<void>;
}

type RecordingMethods =
  'listRecordings' | 'saveRecording' | 'deleteRecording' | 'exportClipArchive' | 'importClipArchive';

/**
 * The recordings screen's methods. Who recorded is the caller the dispatcher checked (a staff
 * account's name), never something the page sends. A recording is staff reading a fixed text:
 * the clip id must be one the screens read, and the hash kept is that of the text as it is now.
 */
export function createRecordingHandlers(options: RecordingHandlerOptions): Pick<KioskHandlers, RecordingMethods> {
  const { store, logger } = options;
  const textsOf = async (language: Language): Promise<ReadonlyMap<string, string>> => {
    const report = await audioCoverage(await loadClipTextSources(options.configDir), store, [language]);
    return report.texts.get(language) ?? new Map<string, string>();
  };

  return {
    async listRecordings({ language }) {
      try {
        const { texts, screenOf } = await visitorTextsWithScreens(
          await loadClipTextSources(options.configDir),
          language,
        );
        const manifest = await store.readManifest(language);
        const coverage = clipCoverage(language, hashTexts(texts), manifest);
        const stateOf = new Map<string, RecordingState>([
          ...coverage.missing.map((id) => [id, 'missing'] as const),
          ...coverage.stale.map((id) => [id, 'stale'] as const),
          ...coverage.synthetic.map((id) => [id, 'synthetic'] as const),
          ...coverage.recorded.map((id) => [id, 'recorded'] as const),
        ]);
        // Missing and stale first: those are what the staff member came to record.
        const order: RecordingState[] = ['missing', 'stale', 'synthetic', 'recorded'];
        const items: RecordingItem[] = [...texts]
          .flatMap(([clipId, text]): RecordingItem[] => {
            const entry = manifest.clips[clipId];
            const state = stateOf.get(clipId) ?? 'missing';
            // Every text is some screen's: both maps are filled in the same loop.
            const screen = screenOf.get(clipId);
            if (screen === undefined) return [];
            return state === 'missing' || entry === undefined
              ? [{ clipId, text, state, screen }]
              : [{ clipId, text, state, screen, by: entry.by, day: entry.day }];
          })
          .sort((a, b) => order.indexOf(a.state) - order.indexOf(b.state));
        return ok({ items });
      } catch (error) {
        if (error instanceof ManifestError) return err('INTERNAL', error.message);
        throw error;
      }
    },

    async saveRecording({ language, clipId, mimeType, base64, playback }, caller) {
      const text = (await textsOf(language)).get(clipId);
      if (text === undefined) return err('INVALID_PAYLOAD', `${clipId} is not a text the screens read`);
      const bytes = Buffer.from(base64, 'base64');
      // Opus in WebM starts with the EBML magic; a WAV with RIFF. Anything else is not a recording.
      const magic = mimeType === 'audio/webm' ? '1a45dfa3' : '52494646';
      if (bytes.subarray(0, 4).toString('hex') !== magic) return err('INVALID_PAYLOAD', 'not a recording');
      const day = isoDay(options.clock.now(), options.timezone());
      try {
        await store.putClip(language, clipId, mimeType === 'audio/webm' ? 'webm' : 'wav', bytes, {
          textSha256: textSha256(text),
          source: 'recorded',
          by: caller.name,
          day,
          playback,
        });
      } catch (error) {
        if (error instanceof ManifestError) return err('INTERNAL', error.message);
        throw error;
      }
      logger.info('audio_clip_recorded', { language, clipId, bytes: bytes.length });
      return ok({ clipId, by: caller.name, day });
    },

    async deleteRecording({ language, clipId }, caller) {
      let deleted: boolean;
      try {
        deleted = await store.deleteClip(language, clipId);
      } catch (error) {
        if (error instanceof ManifestError) return err('INTERNAL', error.message);
        throw error;
      }
      if (deleted) {
        logger.info('audio_clip_deleted', { language, clipId });
        await options.audit({
          kind: 'recording_deleted',
          actor: caller.name,
          role: caller.role,
          detail: `${language} ${clipId}`,
        });
      }
      return ok({ deleted });
    },

    async exportClipArchive({ language }) {
      try {
        const { zip, clips } = await exportClipArchive(store, language);
        const day = isoDay(options.clock.now(), options.timezone());
        return ok({ fileName: `clips-${language}-${day}.zip`, base64: Buffer.from(zip).toString('base64'), clips });
      } catch (error) {
        if (error instanceof ManifestError) return err('INTERNAL', error.message);
        throw error;
      }
    },

    async importClipArchive({ language, base64 }) {
      try {
        const hashes = hashTexts(await textsOf(language));
        return ok(await importClipArchive(store, language, Buffer.from(base64, 'base64'), hashes));
      } catch (error) {
        if (error instanceof ArchiveError || error instanceof ManifestError) {
          return err('INVALID_PAYLOAD', error.message);
        }
        throw error;
      }
    },
  };
}
