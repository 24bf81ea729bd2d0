import { ok } from '../../contract/index.js';
import type { KioskHandlers } from '../handlers.js';

import type { CentralSync } from './central-sync.js';

/** The staff Directory screen's view of the central source, and a supervisor's "sync now". */
export function createCentralSyncHandlers(
  sync: CentralSync,
): Pick<KioskHandlers, 'getDirectorySync' | 'syncDirectoryNow'> {
  return {
    getDirectorySync: () => Promise.resolve(ok(sync.status())),
    syncDirectoryNow: async (_request, caller) => ok(await sync.syncNow({ name: caller.name, role: caller.role })),
  };
}
