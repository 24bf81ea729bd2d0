import { z } from 'zod';

import {
  activityEntrySchema,
  activityTypesResponseSchema,
  listActivityRequestSchema,
  saveActivityRequestSchema,
} from './activity.js';
import {
  audioClipSchema,
  clipArchiveSchema,
  clipRefRequestSchema,
  getAudioClipRequestSchema,
  importClipArchiveRequestSchema,
  importClipArchiveResponseSchema,
  languageTokenRequestSchema,
  listRecordingsResponseSchema,
  MAX_CLIP_ARCHIVE_BYTES,
  MAX_RECORDING_BYTES,
  saveRecordingRequestSchema,
  savedRecordingSchema,
  listAudioClipsRequestSchema,
  listAudioClipsResponseSchema,
} from './audio.js';
import { slugSchema } from './common-schemas.js';
import { configStatusSchema } from './config-status.js';
import {
  equipmentCheckRequestSchema,
  equipmentCheckSchema,
  runEquipmentCheckRequestSchema,
} from './equipment-check.js';
import { serviceEntrySchema } from './directory.js';
import {
  closeServiceRequestSchema,
  directoryAdminViewSchema,
  directoryHistorySchema,
  directorySaveResultSchema,
  editServiceRequestSchema,
  restoreCopyRequestSchema,
  serviceRequestSchema,
  setNoticeRequestSchema,
} from './directory-admin.js';
import { serviceClosureSchema, serviceNoticeSchema } from './directory-local.js';
import { centralSyncRequestSchema, centralSyncStatusSchema } from './directory-sync.js';
import {
  closeIncidentRequestSchema,
  incidentSchema,
  listIncidentsResponseSchema,
  maintenanceEntrySchema,
  openIncidentRequestSchema,
  operationsSetupSchema,
  saveChecklistRequestSchema,
  saveChecklistResponseSchema,
  saveMaintenanceRequestSchema,
} from './incident.js';
import { kioskInfoSchema } from './kiosk-info.js';
import {
  getKoboStatusRequestSchema,
  koboStatusSchema,
  queueKoboMonthRequestSchema,
  queueKoboMonthResponseSchema,
  retryKoboRequestSchema,
  setKoboCredentialRequestSchema,
} from './kobo.js';
import {
  importPartnerOutcomesRequestSchema,
  lookupReferralRequestSchema,
  partnerImportResultSchema,
  outcomeAnswerSchema,
  recordReferralOutcomeRequestSchema,
  referralLookupSchema,
  reportOwnOutcomeRequestSchema,
} from './follow-up.js';
import { languageSchema } from './languages.js';
import { siteViewSchema } from './site.js';
import type { MethodName } from './method-names.js';
import {
  auditEventSchema,
  operatorAccessSchema,
  operatorRoleSchema,
  operatorTokenSchema,
  pinSchema,
  setupCodeSchema,
  setupResultSchema,
  staffAccountIdSchema,
  staffAccountViewSchema,
  staffNameSchema,
  unlockResultSchema,
} from './operator.js';
import {
  completedPathwaySchema,
  completePathwayRequestSchema,
  pathwayCountsRequestSchema,
  pathwayReferralCountSchema,
  pathwaySlipsSchema,
  pathwaySummarySchema,
  pathwayViewSchema,
  printPathwaySlipsRequestSchema,
} from './pathway.js';
import { operationsStatusSchema, serviceStatusSchema } from './operations-status.js';
import { printerStatusSchema, printReferralResponseSchema } from './printer.js';
import {
  listPrintJobsRequestSchema,
  printJobViewSchema,
  printTestResponseSchema,
  reprintJobRequestSchema,
  staffTokenRequestSchema,
} from './printer-admin.js';
import { printReferralRequestSchema, referralRequestSchema, referralSchema } from './referral.js';
import {
  exportReportRequestSchema,
  previewReportRequestSchema,
  reportDestinationSchema,
  reportFileSchema,
  reportTotalsSchema,
  savedReportSchema,
  saveReportRequestSchema,
} from './report.js';
import { printTopicSheetRequestSchema, topicSheetResultSchema, topicsViewSchema } from './topic.js';
import { recordUsageRequestSchema, recordUsageResponseSchema } from './usage.js';
import {
  closeTurnResponseSchema,
  currentCallsSchema,
  myTurnRequestSchema,
  myTurnResponseSchema,
  takeTurnRequestSchema,
  takeTurnResponseSchema,
  turnActionRequestSchema,
  turnActionResponseSchema,
  turnQueueSchema,
} from './turns.js';

const empty = z.strictObject({});

/**
 * The whole API between the UI and the services. The preload, the Electron IPC registration, the
 * web host's routes and the web client are all built from this map, so a method cannot exist on
 * one transport and not on another.
 *
 * `timeoutMs` bounds a call end to end: the services give up and answer TIMEOUT, and clients abort
 * a little later, so nothing in the UI waits forever.
 */
export const methods = {
  getKioskInfo: { access: 'public', request: empty, response: kioskInfoSchema, timeoutMs: 5_000 },
  getConfigStatus: { access: 'public', request: empty, response: configStatusSchema, timeoutMs: 5_000 },
  getSiteConfig: { access: 'public', request: empty, response: siteViewSchema, timeoutMs: 5_000 },
  setLanguage: {
    access: 'public',
    request: z.strictObject({ language: languageSchema }),
    response: z.strictObject({ language: languageSchema }),
    timeoutMs: 5_000,
  },
  recordUsage: {
    access: 'public',
    request: recordUsageRequestSchema,
    response: recordUsageResponseSchema,
    timeoutMs: 5_000,
  },
  getDirectory: {
    access: 'public',
    request: empty,
    // Closures and notices in force today ride along: the visitor screens mark the entry.
    response: z.strictObject({
      services: z.array(serviceEntrySchema),
      closures: z.array(serviceClosureSchema),
      notices: z.array(serviceNoticeSchema),
    }),
    timeoutMs: 5_000,
  },
  showReferral: { access: 'public', request: referralRequestSchema, response: referralSchema, timeoutMs: 5_000 },
  // The visitor learns within the site's print timeout (shorter) whether the slip came out; this is
  // only the outer bound of the call.
  printReferral: {
    access: 'public',
    request: printReferralRequestSchema,
    response: printReferralResponseSchema,
    timeoutMs: 60_000,
  },
  getPrinterStatus: { access: 'public', request: empty, response: printerStatusSchema, timeoutMs: 10_000 },
  listAudioClips: {
    access: 'public',
    request: listAudioClipsRequestSchema,
    response: listAudioClipsResponseSchema,
    timeoutMs: 5_000,
  },
  getAudioClip: { access: 'public', request: getAudioClipRequestSchema, response: audioClipSchema, timeoutMs: 10_000 },
  // Recordings at the point: any staff member who speaks the language may record.
  listRecordings: {
    access: 'operator',
    request: languageTokenRequestSchema,
    response: listRecordingsResponseSchema,
    timeoutMs: 10_000,
  },
  saveRecording: {
    access: 'operator',
    request: saveRecordingRequestSchema,
    response: savedRecordingSchema,
    timeoutMs: 20_000,
    maxRequestBytes: Math.ceil(MAX_RECORDING_BYTES / 3) * 4 + 16 * 1024,
  },
  deleteRecording: {
    access: 'operator',
    request: clipRefRequestSchema,
    response: z.strictObject({ deleted: z.boolean() }),
    timeoutMs: 10_000,
  },
  exportClipArchive: {
    access: 'operator',
    request: languageTokenRequestSchema,
    response: clipArchiveSchema,
    timeoutMs: 30_000,
  },
  importClipArchive: {
    access: 'operator',
    request: importClipArchiveRequestSchema,
    response: importClipArchiveResponseSchema,
    timeoutMs: 60_000,
    maxRequestBytes: Math.ceil(MAX_CLIP_ARCHIVE_BYTES / 3) * 4 + 16 * 1024,
  },
  // The microphone is granted only while this says the recordings screen is open (Electron).
  setRecordingScreen: {
    access: 'operator',
    request: z.strictObject({ token: operatorTokenSchema, open: z.boolean() }),
    response: z.strictObject({ open: z.boolean() }),
    timeoutMs: 5_000,
  },
  getOperatorAccess: { access: 'public', request: empty, response: operatorAccessSchema, timeoutMs: 5_000 },
  // First-run setup needs the one-time code; the handler refuses it once any account exists.
  setupSupervisor: {
    access: 'public',
    request: z.strictObject({ setupCode: setupCodeSchema, name: staffNameSchema, pin: pinSchema }),
    response: setupResultSchema,
    timeoutMs: 10_000,
  },
  unlockOperator: {
    access: 'public',
    request: z.strictObject({ accountId: staffAccountIdSchema, pin: pinSchema }),
    response: unlockResultSchema,
    timeoutMs: 10_000,
  },
  // Public: locking must answer even for a session that has already ended.
  lockOperator: {
    access: 'public',
    request: z.strictObject({ token: operatorTokenSchema }),
    response: empty,
    timeoutMs: 5_000,
  },
  listStaffAccounts: {
    access: 'supervisor',
    request: z.strictObject({ token: operatorTokenSchema }),
    response: z.strictObject({ accounts: z.array(staffAccountViewSchema) }),
    timeoutMs: 5_000,
  },
  addStaffAccount: {
    access: 'supervisor',
    request: z.strictObject({
      token: operatorTokenSchema,
      name: staffNameSchema,
      role: operatorRoleSchema,
      pin: pinSchema,
    }),
    response: staffAccountViewSchema,
    timeoutMs: 10_000,
  },
  updateStaffAccount: {
    access: 'supervisor',
    request: z
      .strictObject({
        token: operatorTokenSchema,
        accountId: staffAccountIdSchema,
        name: staffNameSchema.optional(),
        disabled: z.boolean().optional(),
      })
      .refine((r) => r.name !== undefined || r.disabled !== undefined, 'name or disabled is needed'),
    response: staffAccountViewSchema,
    timeoutMs: 5_000,
  },
  setStaffPin: {
    access: 'supervisor',
    request: z.strictObject({ token: operatorTokenSchema, accountId: staffAccountIdSchema, pin: pinSchema }),
    response: empty,
    timeoutMs: 10_000,
  },
  getAuditLog: {
    access: 'supervisor',
    request: z.strictObject({ token: operatorTokenSchema, limit: z.number().int().min(1).max(1000).optional() }),
    response: z.strictObject({ events: z.array(auditEventSchema) }),
    timeoutMs: 5_000,
  },
  getActivityTypes: {
    access: 'operator',
    request: z.strictObject({ token: operatorTokenSchema }),
    response: activityTypesResponseSchema,
    timeoutMs: 5_000,
  },
  saveActivityEntry: {
    access: 'operator',
    request: saveActivityRequestSchema,
    response: activityEntrySchema,
    timeoutMs: 5_000,
  },
  deleteActivityEntry: {
    access: 'operator',
    request: z.strictObject({ token: operatorTokenSchema, id: z.number().int().positive() }),
    response: empty,
    timeoutMs: 5_000,
  },
  listActivityEntries: {
    access: 'operator',
    request: listActivityRequestSchema,
    response: z.strictObject({ entries: z.array(activityEntrySchema) }),
    timeoutMs: 10_000,
  },
  // Every check has its own, shorter timeout; this bounds the whole run.
  runEquipmentCheck: {
    access: 'operator',
    request: runEquipmentCheckRequestSchema,
    response: equipmentCheckSchema,
    timeoutMs: 45_000,
  },
  getLastEquipmentCheck: {
    access: 'operator',
    request: equipmentCheckRequestSchema,
    response: z.strictObject({ check: equipmentCheckSchema.nullable() }),
    timeoutMs: 5_000,
  },
  // — Operations: incidents, maintenance, checklist, status —
  getServiceStatus: { access: 'public', request: empty, response: serviceStatusSchema, timeoutMs: 5_000 },
  getOperationsStatus: {
    access: 'operator',
    request: equipmentCheckRequestSchema,
    response: operationsStatusSchema,
    timeoutMs: 10_000,
  },
  getOperationsSetup: {
    access: 'operator',
    request: equipmentCheckRequestSchema,
    response: operationsSetupSchema,
    timeoutMs: 5_000,
  },
  listIncidents: {
    access: 'operator',
    request: equipmentCheckRequestSchema,
    response: listIncidentsResponseSchema,
    timeoutMs: 5_000,
  },
  openIncident: { access: 'operator', request: openIncidentRequestSchema, response: incidentSchema, timeoutMs: 5_000 },
  closeIncident: {
    access: 'operator',
    request: closeIncidentRequestSchema,
    response: incidentSchema,
    timeoutMs: 5_000,
  },
  saveMaintenanceEntry: {
    access: 'operator',
    request: saveMaintenanceRequestSchema,
    response: maintenanceEntrySchema,
    timeoutMs: 5_000,
  },
  listMaintenanceEntries: {
    access: 'operator',
    request: equipmentCheckRequestSchema,
    response: z.strictObject({ entries: z.array(maintenanceEntrySchema) }),
    timeoutMs: 5_000,
  },
  saveChecklistAnswers: {
    access: 'operator',
    request: saveChecklistRequestSchema,
    response: saveChecklistResponseSchema,
    timeoutMs: 5_000,
  },
  // — Printer administration and kiosk hardening —
  listPrintJobs: {
    access: 'operator',
    request: listPrintJobsRequestSchema,
    response: z.strictObject({ jobs: z.array(printJobViewSchema) }),
    timeoutMs: 5_000,
  },
  // A reprint answers within the site's print timeout, like printReferral.
  reprintJob: {
    access: 'operator',
    request: reprintJobRequestSchema,
    response: printReferralResponseSchema,
    timeoutMs: 60_000,
  },
  // Waits behind a job in progress, then DLE ENQ 2 and a status read.
  recoverPrinter: {
    access: 'operator',
    request: staffTokenRequestSchema,
    response: printerStatusSchema,
    timeoutMs: 60_000,
  },
  printTestSlip: {
    access: 'operator',
    request: staffTokenRequestSchema,
    response: printTestResponseSchema,
    timeoutMs: 60_000,
  },
  readPrinterStatus: {
    access: 'operator',
    request: staffTokenRequestSchema,
    response: printerStatusSchema,
    timeoutMs: 10_000,
  },
  // — Reports and KoboToolbox —
  // KoboToolbox
  getKoboStatus: {
    access: 'supervisor',
    request: getKoboStatusRequestSchema,
    response: koboStatusSchema,
    timeoutMs: 10_000,
  },
  setKoboCredential: {
    access: 'supervisor',
    request: setKoboCredentialRequestSchema,
    response: koboStatusSchema,
    timeoutMs: 10_000,
  },
  queueKoboMonth: {
    access: 'supervisor',
    request: queueKoboMonthRequestSchema,
    response: queueKoboMonthResponseSchema,
    timeoutMs: 30_000,
  },
  // Waits for the attempt up to 45 s, then answers with whatever stands; the attempt goes on.
  retryKoboNow: {
    access: 'supervisor',
    request: retryKoboRequestSchema,
    response: koboStatusSchema,
    timeoutMs: 60_000,
  },
  // Reports
  previewReport: {
    access: 'supervisor',
    request: previewReportRequestSchema,
    response: reportTotalsSchema,
    timeoutMs: 20_000,
  },
  // A year of a busy point takes seconds to build on the kiosk's PC; the bound leaves room for a slow disk.
  exportReport: {
    access: 'supervisor',
    request: exportReportRequestSchema,
    response: reportFileSchema,
    timeoutMs: 120_000,
  },
  listReportDestinations: {
    access: 'supervisor',
    request: z.strictObject({ token: operatorTokenSchema }),
    response: z.strictObject({ destinations: z.array(reportDestinationSchema) }),
    timeoutMs: 5_000,
  },
  saveReport: {
    access: 'supervisor',
    request: saveReportRequestSchema,
    response: savedReportSchema,
    timeoutMs: 120_000,
  },
  // — Referral pathways —
  listPathways: {
    access: 'operator',
    request: z.strictObject({ token: operatorTokenSchema, language: languageSchema }),
    response: z.strictObject({ pathways: z.array(pathwaySummarySchema) }),
    timeoutMs: 5_000,
  },
  getPathway: {
    access: 'operator',
    request: z.strictObject({ token: operatorTokenSchema, id: slugSchema, language: languageSchema }),
    response: pathwayViewSchema,
    timeoutMs: 5_000,
  },
  completePathwayReferral: {
    access: 'operator',
    request: completePathwayRequestSchema,
    response: completedPathwaySchema,
    timeoutMs: 5_000,
  },
  // Two slips, each within the site's print timeout; this only bounds the call.
  printPathwaySlips: {
    access: 'operator',
    request: printPathwaySlipsRequestSchema,
    response: pathwaySlipsSchema,
    timeoutMs: 90_000,
  },
  getPathwayReferralCounts: {
    access: 'operator',
    request: pathwayCountsRequestSchema,
    response: z.strictObject({ counts: z.array(pathwayReferralCountSchema) }),
    timeoutMs: 10_000,
  },
  // — Know your rights and the steps —
  // Public: the visitor screens show the topics, and staff read the same dates and sources.
  getTopics: { access: 'public', request: empty, response: topicsViewSchema, timeoutMs: 5_000 },
  // Within the site's print timeout, like printReferral; this only bounds the call.
  printTopicSheet: {
    access: 'public',
    request: printTopicSheetRequestSchema,
    response: topicSheetResultSchema,
    timeoutMs: 60_000,
  },
  // — Referral follow-up —
  // The camera is granted only while this says the Follow-up screen's slip scanner is open (Electron).
  setFollowUpScanner: {
    access: 'operator',
    request: z.strictObject({ token: operatorTokenSchema, open: z.boolean() }),
    response: z.strictObject({ open: z.boolean() }),
    timeoutMs: 5_000,
  },
  // Public: the visitor's own scanner. Opens only where site.json `visitorCamera` is true; the
  // Electron shell grants the camera (video alone, our page alone) only while this gate is open.
  setVisitorScanner: {
    access: 'public',
    request: z.strictObject({ open: z.boolean() }),
    response: z.strictObject({ open: z.boolean() }),
    timeoutMs: 5_000,
  },
  lookupReferral: {
    access: 'operator',
    request: lookupReferralRequestSchema,
    response: referralLookupSchema,
    timeoutMs: 5_000,
  },
  recordReferralOutcome: {
    access: 'operator',
    request: recordReferralOutcomeRequestSchema,
    response: outcomeAnswerSchema,
    timeoutMs: 5_000,
  },
  // Public: the visitor tells how it went. Rate-limited in the handler; codes and fixed lists only.
  reportOwnReferralOutcome: {
    access: 'public',
    request: reportOwnOutcomeRequestSchema,
    response: outcomeAnswerSchema,
    timeoutMs: 5_000,
  },
  importPartnerOutcomes: {
    access: 'supervisor',
    request: importPartnerOutcomesRequestSchema,
    response: partnerImportResultSchema,
    timeoutMs: 30_000,
  },
  // — Directory stewardship: staff keep the directory true from the kiosk —
  // Any staff member may read the list and its flags; only supervisors change it.
  getDirectoryAdmin: {
    access: 'operator',
    request: z.strictObject({ token: operatorTokenSchema }),
    response: directoryAdminViewSchema,
    timeoutMs: 5_000,
  },
  closeDirectoryService: {
    access: 'supervisor',
    request: closeServiceRequestSchema,
    response: directorySaveResultSchema,
    timeoutMs: 10_000,
  },
  reopenDirectoryService: {
    access: 'supervisor',
    request: serviceRequestSchema,
    response: directorySaveResultSchema,
    timeoutMs: 10_000,
  },
  setDirectoryNotice: {
    access: 'supervisor',
    request: setNoticeRequestSchema,
    response: directorySaveResultSchema,
    timeoutMs: 10_000,
  },
  clearDirectoryNotice: {
    access: 'supervisor',
    request: serviceRequestSchema,
    response: directorySaveResultSchema,
    timeoutMs: 10_000,
  },
  editDirectoryService: {
    access: 'supervisor',
    request: editServiceRequestSchema,
    response: directorySaveResultSchema,
    timeoutMs: 10_000,
  },
  markDirectoryVerified: {
    access: 'supervisor',
    request: serviceRequestSchema,
    response: directorySaveResultSchema,
    timeoutMs: 10_000,
  },
  listDirectoryHistory: {
    access: 'supervisor',
    request: z.strictObject({ token: operatorTokenSchema }),
    response: directoryHistorySchema,
    timeoutMs: 5_000,
  },
  restoreDirectoryCopy: {
    access: 'supervisor',
    request: restoreCopyRequestSchema,
    response: directorySaveResultSchema,
    timeoutMs: 10_000,
  },
  // The central source: every staff member sees when it last synced; a supervisor may ask now.
  getDirectorySync: {
    access: 'operator',
    request: centralSyncRequestSchema,
    response: centralSyncStatusSchema,
    timeoutMs: 5_000,
  },
  // Longer than the longest fetch `directory.json` allows (60 s), so the answer is the attempt's own.
  syncDirectoryNow: {
    access: 'supervisor',
    request: centralSyncRequestSchema,
    response: centralSyncStatusSchema,
    timeoutMs: 90_000,
  },
  // — Turns for people waiting —
  // The ticket prints within the printer's own timeout (printers.json), as a topic sheet does.
  takeTurn: { access: 'public', request: takeTurnRequestSchema, response: takeTurnResponseSchema, timeoutMs: 60_000 },
  getMyTurn: { access: 'public', request: myTurnRequestSchema, response: myTurnResponseSchema, timeoutMs: 5_000 },
  // Public and read-only: numbers being called, nothing else, for the display page.
  getTurnCalls: { access: 'public', request: empty, response: currentCallsSchema, timeoutMs: 5_000 },
  listTurnQueue: {
    access: 'operator',
    request: z.strictObject({ token: operatorTokenSchema }),
    response: turnQueueSchema,
    timeoutMs: 5_000,
  },
  callNextTurn: {
    access: 'operator',
    request: z.strictObject({ token: operatorTokenSchema }),
    response: turnActionResponseSchema,
    timeoutMs: 5_000,
  },
  recallTurn: {
    access: 'operator',
    request: turnActionRequestSchema,
    response: turnActionResponseSchema,
    timeoutMs: 5_000,
  },
  markTurnServed: {
    access: 'operator',
    request: turnActionRequestSchema,
    response: closeTurnResponseSchema,
    timeoutMs: 5_000,
  },
  markTurnNoShow: {
    access: 'operator',
    request: turnActionRequestSchema,
    response: closeTurnResponseSchema,
    timeoutMs: 5_000,
  },
} as const satisfies { readonly [M in MethodName]: MethodSpec };

/**
 * Who may call a method. `operator` means any staff member (operators and supervisors alike);
 * `supervisor` means supervisors only. The dispatcher checks it before the handler runs, so no
 * handler checks a token itself.
 */
export const METHOD_ACCESS = ['public', 'operator', 'supervisor'] as const;
export type MethodAccess = (typeof METHOD_ACCESS)[number];
export type StaffAccess = Exclude<MethodAccess, 'public'>;

interface MethodSpecBase {
  readonly response: z.ZodType;
  readonly timeoutMs: number;
  /** A request body larger than the web host's default (64 KiB): recordings and clip archives. */
  readonly maxRequestBytes?: number;
}

/**
 * A staff method's request must carry the session token: the union makes a staff method whose
 * request has no `token` string fail to compile in the `satisfies` above.
 */
export type MethodSpec =
  | (MethodSpecBase & { readonly access: 'public'; readonly request: z.ZodType })
  | (MethodSpecBase & { readonly access: StaffAccess; readonly request: z.ZodType<{ token: string }> });

export type Methods = typeof methods;
export type AccessOf<M extends MethodName> = Methods[M]['access'];
export type RequestOf<M extends MethodName> = z.input<Methods[M]['request']>;
export type ParsedRequestOf<M extends MethodName> = z.output<Methods[M]['request']>;
export type ResponseOf<M extends MethodName> = z.output<Methods[M]['response']>;

export function accessOf(method: MethodName): MethodAccess {
  return methods[method].access;
}
