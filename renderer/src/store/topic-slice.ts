import type { Language, Result, TopicId, TopicSheetResult, TopicsView } from '../../../main/contract/index.js';

import type { StoreDependencies } from './dependencies.js';
import type { KioskSliceCreator } from './kiosk-state.js';

export type TopicsStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * "Know your rights and the steps": the site's topics. Not the visitor's: like the directory it
 * survives a reset and follows configuration changes. What a visitor does with a topic (the
 * sheet they print) lives in the topic screen and goes with it.
 */
export interface TopicSlice {
  readonly topicsView: TopicsView | null;
  readonly topicsStatus: TopicsStatus;
  readonly loadTopics: () => Promise<void>;
  /** Prints a topic's take-away sheet; the answer goes to the screen that asked, not the store. */
  readonly printTopicSheet: (topicId: TopicId, language: Language) => Promise<Result<TopicSheetResult>>;
}

export function createTopicSlice({ api }: StoreDependencies): KioskSliceCreator<TopicSlice> {
  let latestRequest = 0;
  return (set, get) => ({
    topicsView: null,
    topicsStatus: 'idle',

    async loadTopics() {
      const request = ++latestRequest;
      if (get().topicsStatus !== 'ready') set({ topicsStatus: 'loading' });
      const result = await api.getTopics({});
      if (request !== latestRequest) return;
      if (result.ok) {
        set({ topicsView: result.value, topicsStatus: 'ready' });
        return;
      }
      // Topics already shown stay through a passing outage.
      if (get().topicsStatus !== 'ready') set({ topicsStatus: 'error' });
    },

    printTopicSheet(topicId, language) {
      return api.printTopicSheet({ topicId, language });
    },
  });
}
