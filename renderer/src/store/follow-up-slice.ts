import type {
  OutcomeAnswer,
  OutcomeReport,
  PartnerImportResult,
  ReferralLookup,
  Result,
} from '../../../main/contract/index.js';

import type { StoreDependencies } from './dependencies.js';
import type { KioskSliceCreator } from './kiosk-state.js';

/**
 * Referral follow-up at the desk. Nothing is kept in the store: the code and what was found live
 * in the screen's own state and go with it, so nothing of one person waits for the next.
 */
export interface FollowUpSlice {
  /** Opens or closes the camera gate (Electron grants the camera only while the scanner is open). */
  readonly setFollowUpScanner: (open: boolean) => Promise<Result<{ open: boolean }>>;
  /** The visitor's own scanner (no session): answers open: false where the site does not allow it. */
  readonly setVisitorScanner: (open: boolean) => Promise<Result<{ open: boolean }>>;
  readonly lookupFollowUpCode: (code: string) => Promise<Result<ReferralLookup>>;
  readonly recordFollowUpOutcome: (code: string, report: OutcomeReport) => Promise<Result<{ status: OutcomeAnswer }>>;
  /** The visitor's own answer (no session); without `report`, only whether the code can take one. */
  readonly reportOwnOutcome: (code: string, report?: OutcomeReport) => Promise<Result<{ status: OutcomeAnswer }>>;
  /** A partner's CSV: checked (`apply` false), or applied when every row is good (supervisors). */
  readonly importPartnerCsv: (csv: string, apply: boolean) => Promise<Result<PartnerImportResult>>;
}

export function createFollowUpSlice({ api }: StoreDependencies): KioskSliceCreator<FollowUpSlice> {
  return (_set, get) => ({
    setFollowUpScanner: (open) => get().callAsStaff((token) => api.setFollowUpScanner({ token, open })),
    setVisitorScanner: (open) => api.setVisitorScanner({ open }),
    lookupFollowUpCode: (code) => get().callAsStaff((token) => api.lookupReferral({ token, code })),
    recordFollowUpOutcome: (code, report) =>
      get().callAsStaff((token) => api.recordReferralOutcome({ token, code, report })),
    reportOwnOutcome: (code, report) =>
      api.reportOwnReferralOutcome(report === undefined ? { code } : { code, report }),
    importPartnerCsv: (csv, apply) => get().callAsStaff((token) => api.importPartnerOutcomes({ token, csv, apply })),
  });
}
