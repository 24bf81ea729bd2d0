import type { ServiceCategory } from '../../../main/contract/index.js';
import type { ServiceFilter } from '../directory/filters.js';

import type { KioskSliceCreator } from './kiosk-state.js';
import { INITIAL_BROWSE } from './session-state.js';

/** Long enough for any service word in the four languages; a kiosk search is never a sentence. */
export const MAX_QUERY_LENGTH = 30;

export interface BrowseSlice {
  readonly chooseCategory: (category: ServiceCategory | null) => void;
  readonly typeKey: (key: string) => void;
  readonly deleteKey: () => void;
  readonly clearQuery: () => void;
  readonly toggleFilter: (filter: ServiceFilter) => void;
  readonly clearBrowse: () => void;
}

/** The services list's choices. The state itself lives in the session (`browse`), so a reset clears it. */
export function createBrowseSlice(): KioskSliceCreator<BrowseSlice> {
  return (set, get) => ({
    chooseCategory(category) {
      set({ browse: { ...get().browse, category } });
    },
    typeKey(key) {
      const { browse } = get();
      // One character at a time from the kiosk's own keyboard (its letters are single precomposed
      // characters, á not a + ◌́); a leading or double space means nothing.
      if (key.length !== 1 || browse.query.length >= MAX_QUERY_LENGTH) return;
      if (key === ' ' && (browse.query === '' || browse.query.endsWith(' '))) return;
      set({ browse: { ...browse, query: browse.query + key } });
    },
    deleteKey() {
      const { browse } = get();
      set({ browse: { ...browse, query: browse.query.slice(0, -1) } });
    },
    clearQuery() {
      set({ browse: { ...get().browse, query: '' } });
    },
    toggleFilter(filter) {
      const { browse } = get();
      const filters = browse.filters.includes(filter)
        ? browse.filters.filter((candidate) => candidate !== filter)
        : [...browse.filters, filter];
      set({ browse: { ...browse, filters } });
    },
    clearBrowse() {
      set({ browse: INITIAL_BROWSE });
    },
  });
}
