import type { AudioClip, Language } from '../../../main/contract/index.js';

import type { StoreDependencies } from './dependencies.js';
import type { KioskSliceCreator } from './kiosk-state.js';

/**
 * Which recorded clips the site has, per language. Asked again at each language choice: a site may
 * add clips while the kiosk runs, and the list is a few names.
 */
export interface ReadAloudSlice {
  readonly clips: Readonly<Partial<Record<Language, readonly string[]>>>;
  readonly loadClips: (language: Language) => Promise<void>;
  /** One clip's sound, or null when it cannot be had (the button then simply stops). */
  readonly getAudioClip: (language: Language, messageId: string) => Promise<AudioClip | null>;
}

export function createReadAloudSlice({ api }: StoreDependencies): KioskSliceCreator<ReadAloudSlice> {
  return (set, get) => ({
    clips: {},
    async loadClips(language) {
      const result = await api.listAudioClips({ language });
      // Without an answer the screens fall back to a voice, or hide the speaker button.
      set({ clips: { ...get().clips, [language]: result.ok ? result.value.messageIds : [] } });
    },
    async getAudioClip(language, messageId) {
      const result = await api.getAudioClip({ language, messageId });
      return result.ok ? result.value : null;
    },
  });
}
