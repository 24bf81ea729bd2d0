import {
  type ChecklistAnswer,
  type CheckProgress,
  type EquipmentCheck,
  type Incident,
  type MaintenanceEntry,
  type ManualIncidentSubject,
  type OperationsSetup,
  type OperationsStatus,
  type Result,
  type ScreenReport,
  type ServiceStatus,
} from '../../../main/contract/index.js';

import type { StoreDependencies } from './dependencies.js';
import type { KioskSliceCreator } from './kiosk-state.js';

export interface IncidentLists {
  readonly open: readonly Incident[];
  readonly recent: readonly Incident[];
}

export interface OperationsState {
  readonly status: OperationsStatus | null;
  readonly setup: OperationsSetup | null;
  /** The run in progress (or the last one), as its checks start and finish. */
  readonly progress: CheckProgress | null;
  readonly incidents: IncidentLists | null;
  readonly maintenance: readonly MaintenanceEntry[];
}

export interface OperationsSlice {
  /** For the visitor screens: open or not, and which services are down (codes only). */
  readonly serviceStatus: ServiceStatus | null;
  readonly operations: OperationsState;
  readonly loadServiceStatus: () => Promise<void>;
  readonly onServiceStatus: (status: ServiceStatus) => void;
  readonly onCheckProgress: (progress: CheckProgress) => void;
  readonly loadOperationsStatus: () => Promise<Result<OperationsStatus>>;
  readonly loadOperationsSetup: () => Promise<Result<OperationsSetup>>;
  readonly runDailyCheck: (screen: ScreenReport) => Promise<Result<EquipmentCheck>>;
  readonly saveChecklist: (
    checkId: number,
    answers: readonly ChecklistAnswer[],
  ) => Promise<Result<{ incidentsOpened: number }>>;
  readonly loadIncidents: () => Promise<Result<IncidentLists>>;
  readonly reportIncident: (subject: ManualIncidentSubject) => Promise<Result<Incident>>;
  readonly closeIncident: (id: number) => Promise<Result<Incident>>;
  readonly loadMaintenance: () => Promise<Result<readonly MaintenanceEntry[]>>;
  readonly recordMaintenance: (kind: string) => Promise<Result<MaintenanceEntry>>;
}

const EMPTY: OperationsState = { status: null, setup: null, progress: null, incidents: null, maintenance: [] };

export function createOperationsSlice({ api }: StoreDependencies): KioskSliceCreator<OperationsSlice> {
  return (set, get) => {
    const patch = (changes: Partial<OperationsState>): void => {
      set({ operations: { ...get().operations, ...changes } });
    };

    /**
     * The token's calls, as the staff slice makes them: an answer for a session that ended is
     * dropped, and NOT_AUTHORISED (the services' idle expiry) returns to the PIN pad.
     */
    async function authorised<T>(call: (token: string) => Promise<Result<T>>): Promise<Result<T>> {
      const result = await get().callAsStaff(call);
      // An ended session keeps nothing of what the operations screens showed.
      if (!result.ok && result.error.code === 'NOT_AUTHORISED' && get().staff.session === null) {
        set({ operations: EMPTY });
      }
      return result;
    }

    const refreshStatus = (): void => {
      void get().loadOperationsStatus();
    };

    return {
      serviceStatus: null,
      operations: EMPTY,

      async loadServiceStatus() {
        const result = await api.getServiceStatus({});
        // Without an answer, visitors see no banner: the site status covers a kiosk that is down.
        if (result.ok) set({ serviceStatus: result.value });
      },

      onServiceStatus(status) {
        set({ serviceStatus: status });
      },

      onCheckProgress(progress) {
        // Only staff watch a check; a visitor's screen has no use for it.
        if (get().staff.session !== null) patch({ progress });
      },

      async loadOperationsStatus() {
        const result = await authorised((token) => api.getOperationsStatus({ token }));
        if (result.ok) patch({ status: result.value });
        return result;
      },

      async loadOperationsSetup() {
        const result = await authorised((token) => api.getOperationsSetup({ token }));
        if (result.ok) patch({ setup: result.value });
        return result;
      },

      async runDailyCheck(screen) {
        patch({ progress: null });
        const result = await authorised((token) => api.runEquipmentCheck({ token, screen }));
        refreshStatus();
        return result;
      },

      async saveChecklist(checkId, answers) {
        const result = await authorised((token) => api.saveChecklistAnswers({ token, checkId, answers: [...answers] }));
        refreshStatus();
        return result;
      },

      async loadIncidents() {
        const result = await authorised((token) => api.listIncidents({ token }));
        if (result.ok) patch({ incidents: result.value });
        return result;
      },

      async reportIncident(subject) {
        const result = await authorised((token) => api.openIncident({ token, subject }));
        if (result.ok) {
          void get().loadIncidents();
          refreshStatus();
        }
        return result;
      },

      async closeIncident(id) {
        const result = await authorised((token) => api.closeIncident({ token, id }));
        if (result.ok) {
          void get().loadIncidents();
          refreshStatus();
        }
        return result;
      },

      async loadMaintenance() {
        const result = await authorised((token) => api.listMaintenanceEntries({ token }));
        if (!result.ok) return result;
        patch({ maintenance: result.value.entries });
        return { ok: true, value: result.value.entries };
      },

      async recordMaintenance(kind) {
        const result = await authorised((token) => api.saveMaintenanceEntry({ token, kind }));
        if (result.ok) patch({ maintenance: [result.value, ...get().operations.maintenance] });
        return result;
      },
    };
  };
}
