import {
  err,
  type OperatorSession,
  type PrinterStatus,
  type PrintJobView,
  type PrintReferralResponse,
  type PrintTestResponse,
  type Result,
} from '../../../main/contract/index.js';

import type { StoreDependencies } from './dependencies.js';
import type { KioskSliceCreator, KioskState } from './kiosk-state.js';
import { STAFF_CLOSED } from './staff-state.js';

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

/**
 * The same rules as the staff slice's calls: no session → NOT_AUTHORISED without asking; an answer
 * that arrives after Lock belongs to nobody; NOT_AUTHORISED from the services (idle expiry) sends
 * staff back to the PIN pad with the reason.
 */
async function withStaffToken<T>(
  get: () => KioskState,
  set: (partial: Partial<KioskState>) => void,
  call: (token: string) => Promise<Result<T>>,
): Promise<Result<T>> {
  const session: OperatorSession | null = get().staff.session;
  if (session === null || !get().staff.open) return err('NOT_AUTHORISED');
  const result = await call(session.token);
  const staff = get().staff;
  if (staff.session?.token !== session.token) return err('NOT_AUTHORISED');
  if (result.ok) set({ staff: { ...staff, lastAuthorisedAt: Date.now() } });
  else if (result.error.code === 'NOT_AUTHORISED') {
    set({ staff: { ...STAFF_CLOSED, open: true, access: staff.access, notice: 'session_expired' } });
  }
  return result;
}

export function createPrinterAdminSlice({ api }: StoreDependencies): KioskSliceCreator<PrinterAdminSlice> {
  return (set, get) => {
    const staffCall = <T>(call: (token: string) => Promise<Result<T>>): Promise<Result<T>> =>
      withStaffToken(get, set, call);
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
