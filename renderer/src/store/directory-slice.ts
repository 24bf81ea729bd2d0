import type { ServiceClosure, ServiceEntry, ServiceNotice } from '../../../main/contract/index.js';

import type { StoreDependencies } from './dependencies.js';
import type { KioskSliceCreator } from './kiosk-state.js';

export type DirectoryStatus = 'idle' | 'loading' | 'ready' | 'error';

/** The site's vetted services. Not the visitor's: it survives a reset and follows config changes. */
export interface DirectorySlice {
  readonly services: readonly ServiceEntry[];
  readonly directoryStatus: DirectoryStatus;
  readonly loadDirectory: () => Promise<void>;
  readonly serviceById: (id: string) => ServiceEntry | undefined;
  /** Closures and notices staff set on the kiosk, as the kiosk sent them: only those in force today. */
  readonly closures: readonly ServiceClosure[];
  readonly notices: readonly ServiceNotice[];
  readonly closureFor: (id: string) => ServiceClosure | undefined;
  readonly noticeFor: (id: string) => ServiceNotice | undefined;
}

const NO_SERVICES: readonly ServiceEntry[] = [];

export function createDirectorySlice({ api }: StoreDependencies): KioskSliceCreator<DirectorySlice> {
  let latestRequest = 0;
  return (set, get) => ({
    services: NO_SERVICES,
    closures: [],
    notices: [],
    directoryStatus: 'idle',

    async loadDirectory() {
      const request = ++latestRequest;
      if (get().directoryStatus !== 'ready') set({ directoryStatus: 'loading' });
      const result = await api.getDirectory({});
      if (request !== latestRequest) return;
      if (result.ok) {
        set({
          services: result.value.services,
          closures: result.value.closures,
          notices: result.value.notices,
          directoryStatus: 'ready',
        });
        return;
      }
      // A list already shown stays through a passing outage; the screen offers staff otherwise.
      if (get().directoryStatus !== 'ready') set({ directoryStatus: 'error' });
    },

    serviceById(id) {
      return get().services.find((service) => service.id === id);
    },

    closureFor(id) {
      return get().closures.find((closure) => closure.serviceId === id);
    },

    noticeFor(id) {
      return get().notices.find((notice) => notice.serviceId === id);
    },
  });
}
