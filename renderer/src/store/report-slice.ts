import {
  type ReportDestination,
  type ReportFile,
  type ReportOptions,
  type ReportTotals,
  type Result,
  type SavedReport,
  type Suppression,
} from '../../../main/contract/index.js';

import type { StoreDependencies } from './dependencies.js';
import type { KioskSliceCreator } from './kiosk-state.js';

export interface ReportSlice {
  /** 0–100 while an export is being made, null otherwise. */
  readonly reportProgress: number | null;
  /** The totals under the site's small-count rule, or under `suppress` chosen for this export. */
  readonly previewReport: (from: string, to: string, suppress?: Suppression) => Promise<Result<ReportTotals>>;
  /** The file itself, for the web host's download. */
  readonly downloadReport: (options: ReportOptions) => Promise<Result<ReportFile>>;
  readonly loadReportDestinations: () => Promise<Result<readonly ReportDestination[]>>;
  readonly saveReport: (options: ReportOptions, destination: string) => Promise<Result<SavedReport>>;
  readonly onReportProgress: (percent: number) => void;
}

/** The supervisor's reports. Every call carries the staff token; an ended session sends staff back to the PIN pad. */
export function createReportSlice({ api }: StoreDependencies): KioskSliceCreator<ReportSlice> {
  return (set, get) => {
    const withToken = <T>(call: (token: string) => Promise<Result<T>>): Promise<Result<T>> => get().callAsStaff(call);
    async function exporting<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
      set({ reportProgress: 0 });
      try {
        return await work();
      } finally {
        set({ reportProgress: null });
      }
    }

    return {
      reportProgress: null,

      previewReport: (from, to, suppress) =>
        withToken((token) => api.previewReport({ token, from, to, ...(suppress === undefined ? {} : { suppress }) })),

      downloadReport: (options) => exporting(() => withToken((token) => api.exportReport({ token, options }))),

      async loadReportDestinations() {
        const result = await withToken((token) => api.listReportDestinations({ token }));
        return result.ok ? { ok: true, value: result.value.destinations } : result;
      },

      saveReport: (options, destination) =>
        exporting(() => withToken((token) => api.saveReport({ token, options, destination }))),

      onReportProgress(percent) {
        // Progress of an export this screen did not start (another window) is not shown.
        if (get().reportProgress !== null) set({ reportProgress: percent });
      },
    };
  };
}
