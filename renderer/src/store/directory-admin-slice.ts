import type {
  CentralSyncStatus,
  ClosureReason,
  DirectoryAdminView,
  DirectorySaveResult,
  EditableServiceField,
  Language,
  Result,
} from '../../../main/contract/index.js';

import type { StoreDependencies } from './dependencies.js';
import type { KioskSliceCreator } from './kiosk-state.js';

export interface DirectoryHistoryCopy {
  readonly id: string;
  readonly file: 'directory.json' | 'directory-local.json';
  readonly savedAt: string;
}

/**
 * The staff Directory screen's calls. Answers go back to the screen that asked (a refused save
 * is marked field by field there); after a save the visitor directory is reloaded at once.
 */
export interface DirectoryAdminSlice {
  readonly loadDirectoryAdmin: () => Promise<Result<DirectoryAdminView>>;
  readonly closeDirectoryService: (
    serviceId: string,
    reason: ClosureReason,
    until: string,
  ) => Promise<Result<DirectorySaveResult>>;
  readonly reopenDirectoryService: (serviceId: string) => Promise<Result<DirectorySaveResult>>;
  readonly setDirectoryNotice: (
    serviceId: string,
    text: Record<Language, string>,
    until: string,
  ) => Promise<Result<DirectorySaveResult>>;
  readonly clearDirectoryNotice: (serviceId: string) => Promise<Result<DirectorySaveResult>>;
  readonly editDirectoryService: (
    serviceId: string,
    fields: Partial<Record<EditableServiceField, unknown>>,
  ) => Promise<Result<DirectorySaveResult>>;
  readonly markDirectoryVerified: (serviceId: string) => Promise<Result<DirectorySaveResult>>;
  readonly listDirectoryHistory: () => Promise<Result<{ copies: DirectoryHistoryCopy[] }>>;
  readonly restoreDirectoryCopy: (id: string) => Promise<Result<DirectorySaveResult>>;
  /** The central source: when it last synced and how the last attempt went. */
  readonly loadDirectorySync: () => Promise<Result<CentralSyncStatus>>;
  /** A supervisor's "check now"; a new version is on the visitor screens at once. */
  readonly syncDirectoryNow: () => Promise<Result<CentralSyncStatus>>;
}

export function createDirectoryAdminSlice({ api }: StoreDependencies): KioskSliceCreator<DirectoryAdminSlice> {
  return (_set, get) => {
    const asStaff = <T>(call: (token: string) => Promise<Result<T>>): Promise<Result<T>> => get().callAsStaff(call);
    /** A save that went through changes what visitors see: the directory is read again. */
    const saving = async (call: (token: string) => Promise<Result<DirectorySaveResult>>) => {
      const result = await asStaff(call);
      if (result.ok && result.value.saved) await get().loadDirectory();
      return result;
    };
    return {
      loadDirectoryAdmin: () => asStaff((token) => api.getDirectoryAdmin({ token })),
      closeDirectoryService: (serviceId, reason, until) =>
        saving((token) => api.closeDirectoryService({ token, serviceId, reason, until })),
      reopenDirectoryService: (serviceId) => saving((token) => api.reopenDirectoryService({ token, serviceId })),
      setDirectoryNotice: (serviceId, text, until) =>
        saving((token) => api.setDirectoryNotice({ token, serviceId, text, until })),
      clearDirectoryNotice: (serviceId) => saving((token) => api.clearDirectoryNotice({ token, serviceId })),
      editDirectoryService: (serviceId, fields) =>
        saving((token) => api.editDirectoryService({ token, serviceId, fields })),
      markDirectoryVerified: (serviceId) => saving((token) => api.markDirectoryVerified({ token, serviceId })),
      listDirectoryHistory: () => asStaff((token) => api.listDirectoryHistory({ token })),
      restoreDirectoryCopy: (id) => saving((token) => api.restoreDirectoryCopy({ token, id })),
      loadDirectorySync: () => asStaff((token) => api.getDirectorySync({ token })),
      syncDirectoryNow: async () => {
        const result = await asStaff((token) => api.syncDirectoryNow({ token }));
        if (result.ok && result.value.outcome === 'changed') await get().loadDirectory();
        return result;
      },
    };
  };
}
