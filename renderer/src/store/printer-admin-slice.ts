import {
  type PrinterStatus,
  type PrintJobView,
  type PrintReferralResponse,
  type PrintTestResponse,
  type Result,
} from '../../../main/contract/index.js';

import type { StoreDependencies } from './dependencies.js';
import type { KioskSliceCreator } from './kiosk-state.js';

/** The printer screen's calls. Its state stays in the screen: nothing here outlives staff mode. */
export interface PrinterAdminSlice {
  readonly loadPrinterStatus: () => Promise<Result<PrinterStatus>>;
  readonly loadPrintJobs: () => Promise<Result<readonly PrintJobView[]>>;
  readonly reprintJob: (jobId: number) => Promise<Result<PrintReferralResponse>>;
  readonly recoverPrinter: () => Promise<Result<PrinterStatus>>;
  readonly printTestSlip: () => Promise<Result<PrintTestResponse>>;
}

/** How many recent jobs the screen lists: enough for a morning's slips, short enough to scan. */
export const PRINT_JOBS_SHOWN = 15;

export function createPrinterAdminSlice({ api }: StoreDependencies): KioskSliceCreator<PrinterAdminSlice> {
  return (set, get) => {
    const staffCall = <T>(call: (token: string) => Promise<Result<T>>): Promise<Result<T>> => get().callAsStaff(call);
    return {
      loadPrinterStatus: () => staffCall((token) => api.readPrinterStatus({ token })),
      async loadPrintJobs() {
        const result = await staffCall((token) => api.listPrintJobs({ token, limit: PRINT_JOBS_SHOWN }));
        return result.ok ? { ok: true, value: result.value.jobs } : result;
      },
      reprintJob: (jobId) => staffCall((token) => api.reprintJob({ token, jobId })),
      recoverPrinter: () => staffCall((token) => api.recoverPrinter({ token })),
      printTestSlip: () => staffCall((token) => api.printTestSlip({ token })),
    };
  };
}
