import type { DatabaseNotice, DatabaseStatus, KioskInfo } from '../../../main/contract/index.js';

import type { StoreDependencies } from './dependencies.js';
import type { KioskSliceCreator } from './kiosk-state.js';

export interface KioskSlice {
  readonly kioskInfo: KioskInfo | null;
  /** From `getKioskInfo`, then replaced by every `databaseStatus` event. */
  readonly databaseStatus: DatabaseStatus | null;
  readonly loadKioskInfo: () => Promise<void>;
  readonly onDatabaseStatus: (status: DatabaseStatus) => void;
}

const NO_NOTICES: readonly DatabaseNotice[] = [];

/** A stable empty array: a selector returning a fresh `[]` would re-render on every store change. */
export function selectDatabaseNotices(state: Pick<KioskSlice, 'databaseStatus'>): readonly DatabaseNotice[] {
  return state.databaseStatus?.notices ?? NO_NOTICES;
}

export function createKioskSlice({ api }: StoreDependencies): KioskSliceCreator<KioskSlice> {
  return (set) => ({
    kioskInfo: null,
    databaseStatus: null,

    async loadKioskInfo() {
      const result = await api.getKioskInfo({});
      // Without an answer the kiosk simply shows no operator notice; the site status covers outages.
      if (result.ok) set({ kioskInfo: result.value, databaseStatus: result.value.database });
    },

    onDatabaseStatus(status) {
      set({ databaseStatus: status });
    },
  });
}
