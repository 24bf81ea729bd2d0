import type { ClipPlayback, Language, RecordingItem, Result } from '../../../main/contract/index.js';

import type { StoreDependencies } from './dependencies.js';
import type { KioskSliceCreator } from './kiosk-state.js';

/** Staff calls of the recordings screen; the token is the staff session's. */
export interface RecordingsSlice {
  readonly listRecordings: (language: Language) => Promise<Result<{ items: RecordingItem[] }>>;
  readonly saveRecording: (
    language: Language,
    clipId: string,
    recording: { mimeType: 'audio/webm' | 'audio/wav'; base64: string; playback: ClipPlayback },
  ) => Promise<Result<{ clipId: string; by: string; day: string }>>;
  readonly deleteRecording: (language: Language, clipId: string) => Promise<Result<{ deleted: boolean }>>;
  /** Opens or closes the microphone gate (Electron grants the microphone only while it is open). */
  readonly setRecordingScreen: (open: boolean) => Promise<Result<{ open: boolean }>>;
  readonly exportClipArchive: (
    language: Language,
  ) => Promise<Result<{ fileName: string; base64: string; clips: number }>>;
  readonly importClipArchive: (
    language: Language,
    base64: string,
  ) => Promise<Result<{ imported: number; kept: number }>>;
}

export function createRecordingsSlice({ api }: StoreDependencies): KioskSliceCreator<RecordingsSlice> {
  return (_set, get) => {
    const asStaff = <T>(call: (token: string) => Promise<Result<T>>): Promise<Result<T>> => get().callAsStaff(call);
    return {
      listRecordings: (language) => asStaff((token) => api.listRecordings({ token, language })),
      saveRecording: (language, clipId, recording) =>
        asStaff((token) => api.saveRecording({ token, language, clipId, ...recording })),
      deleteRecording: (language, clipId) => asStaff((token) => api.deleteRecording({ token, language, clipId })),
      setRecordingScreen: (open) => asStaff((token) => api.setRecordingScreen({ token, open })),
      exportClipArchive: (language) => asStaff((token) => api.exportClipArchive({ token, language })),
      importClipArchive: (language, base64) => asStaff((token) => api.importClipArchive({ token, language, base64 })),
    };
  };
}
