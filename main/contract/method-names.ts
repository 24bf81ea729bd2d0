/**
 * The names of the contract's methods, kept apart from their zod schemas so that the Electron
 * preload (a small sandboxed bundle) can build `window.kiosk` without shipping zod.
 * `methods.ts` must give a spec for exactly these names (checked by the compiler).
 */
export const METHOD_NAMES = [
  'getKioskInfo',
  'getConfigStatus',
  'getSiteConfig',
  'setLanguage',
  'recordUsage',
  'getDirectory',
  'showReferral',
  'printReferral',
  'getPrinterStatus',
  'listAudioClips',
  'getAudioClip',
  'listRecordings',
  'saveRecording',
  'deleteRecording',
  'exportClipArchive',
  'importClipArchive',
  'setRecordingScreen',
  'getOperatorAccess',
  'setupSupervisor',
  'unlockOperator',
  'lockOperator',
  'listStaffAccounts',
  'addStaffAccount',
  'updateStaffAccount',
  'setStaffPin',
  'getAuditLog',
  'getActivityTypes',
  'saveActivityEntry',
  'deleteActivityEntry',
  'listActivityEntries',
  'runEquipmentCheck',
  'getLastEquipmentCheck',
  // — Operations: incidents, maintenance, checklist, status —
  'getServiceStatus',
  'getOperationsStatus',
  'getOperationsSetup',
  'listIncidents',
  'openIncident',
  'closeIncident',
  'saveMaintenanceEntry',
  'listMaintenanceEntries',
  'saveChecklistAnswers',
  // — Printer administration and kiosk hardening —
  'listPrintJobs',
  'reprintJob',
  'recoverPrinter',
  'printTestSlip',
  'readPrinterStatus',
  // — Reports and KoboToolbox —
  // KoboToolbox
  'getKoboStatus',
  'setKoboCredential',
  'queueKoboMonth',
  'retryKoboNow',
  // Reports
  'previewReport',
  'exportReport',
  'listReportDestinations',
  'saveReport',
  // — Referral pathways —
  'listPathways',
  'getPathway',
  'completePathwayReferral',
  'printPathwaySlips',
  'getPathwayReferralCounts',
  // — Know your rights and the steps —
  'getTopics',
  'printTopicSheet',
  // — Referral follow-up —
  'lookupReferral',
  'recordReferralOutcome',
  'reportOwnReferralOutcome',
  'importPartnerOutcomes',
  'setFollowUpScanner',
  'setVisitorScanner',
  'getDirectoryAdmin',
  'closeDirectoryService',
  'reopenDirectoryService',
  'setDirectoryNotice',
  'clearDirectoryNotice',
  'editDirectoryService',
  'markDirectoryVerified',
  'listDirectoryHistory',
  'restoreDirectoryCopy',
  'getDirectorySync',
  'syncDirectoryNow',
  // — Turns for people waiting —
  'takeTurn',
  'getMyTurn',
  'getTurnCalls',
  'listTurnQueue',
  'callNextTurn',
  'recallTurn',
  'markTurnServed',
  'markTurnNoShow',
] as const;
export type MethodName = (typeof METHOD_NAMES)[number];

export function isMethodName(name: unknown): name is MethodName {
  // A list lookup, not `name in methods`: `constructor` or `__proto__` must not look like methods.
  return typeof name === 'string' && (METHOD_NAMES as readonly string[]).includes(name);
}

/** Extra headroom a client allows on top of the service timeout before it gives up itself. */
export const CLIENT_TIMEOUT_MARGIN_MS = 2_000;
