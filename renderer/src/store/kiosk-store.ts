import { create } from 'zustand';

import { assertNever } from '../../../main/contract/index.js';

import type { StoreDependencies } from './dependencies.js';
import { createKioskSlice } from './kiosk-slice.js';
import type { KioskActions, KioskSliceCreator, KioskState } from './kiosk-state.js';
import { createSessionSlice } from './session-slice.js';
import { createSiteSlice } from './site-slice.js';

function createKioskActions({ api }: StoreDependencies): KioskSliceCreator<KioskActions> {
  return (_set, get) => ({
    async start() {
      await Promise.all([get().loadSite(), get().loadKioskInfo()]);
    },
    connect() {
      return api.subscribe((event) => {
        get().handleEvent(event);
      });
    },
    handleEvent(event) {
      switch (event.type) {
        case 'configChanged':
          get().onConfigChanged(event.status);
          return;
        case 'databaseStatus':
          get().onDatabaseStatus(event.status);
          return;
        case 'printerStatus':
          // Kept by the printer slice once the referral screens use it.
          return;
        default:
          assertNever(event, 'kiosk event');
      }
    },
  });
}

/** The one store of the UI, built from its slices. Tests build their own with fakes. */
export function createKioskStore(dependencies: StoreDependencies) {
  return create<KioskState>()((...args) => ({
    ...createSessionSlice(dependencies)(...args),
    ...createSiteSlice(dependencies)(...args),
    ...createKioskSlice(dependencies)(...args),
    ...createKioskActions(dependencies)(...args),
  }));
}

export type KioskStore = ReturnType<typeof createKioskStore>;
