import { z } from 'zod';

import {
  activityEntrySchema,
  activityTypesResponseSchema,
  listActivityRequestSchema,
  saveActivityRequestSchema,
} from './activity.js';
import {
  audioClipSchema,
  getAudioClipRequestSchema,
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
import { referralRequestSchema, referralSchema } from './referral.js';
import {
  exportReportRequestSchema,
  previewReportRequestSchema,
  reportDestinationSchema,
  reportFileSchema,
  reportTotalsSchema,
  savedReportSchema,
  saveReportRequestSchema,
} from './report.js';
import { recordUsageRequestSchema, recordUsageResponseSchema } from './usage.js';

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
  getKioskInfo: { request: empty, response: kioskInfoSchema, timeoutMs: 5_000 },
  getConfigStatus: { request: empty, response: configStatusSchema, timeoutMs: 5_000 },
  getSiteConfig: { request: empty, response: siteViewSchema, timeoutMs: 5_000 },
  setLanguage: {
    request: z.strictObject({ language: languageSchema }),
    response: z.strictObject({ language: languageSchema }),
    timeoutMs: 5_000,
  },
  recordUsage: { request: recordUsageRequestSchema, response: recordUsageResponseSchema, timeoutMs: 5_000 },
  getDirectory: {
    request: empty,
    response: z.strictObject({ services: z.array(serviceEntrySchema) }),
    timeoutMs: 5_000,
  },
  showReferral: { request: referralRequestSchema, response: referralSchema, timeoutMs: 5_000 },
  // The visitor learns within the site's print timeout (shorter) whether the slip came out; this is
  // only the outer bound of the call.
  printReferral: { request: referralRequestSchema, response: printReferralResponseSchema, timeoutMs: 60_000 },
  getPrinterStatus: { request: empty, response: printerStatusSchema, timeoutMs: 10_000 },
  listAudioClips: { request: listAudioClipsRequestSchema, response: listAudioClipsResponseSchema, timeoutMs: 5_000 },
  getAudioClip: { request: getAudioClipRequestSchema, response: audioClipSchema, timeoutMs: 10_000 },
  getOperatorAccess: { request: empty, response: operatorAccessSchema, timeoutMs: 5_000 },
  setupSupervisor: {
    request: z.strictObject({ setupCode: setupCodeSchema, name: staffNameSchema, pin: pinSchema }),
    response: setupResultSchema,
    timeoutMs: 10_000,
  },
  unlockOperator: {
    request: z.strictObject({ accountId: staffAccountIdSchema, pin: pinSchema }),
    response: unlockResultSchema,
    timeoutMs: 10_000,
  },
  lockOperator: { request: z.strictObject({ token: operatorTokenSchema }), response: empty, timeoutMs: 5_000 },
  listStaffAccounts: {
    request: z.strictObject({ token: operatorTokenSchema }),
    response: z.strictObject({ accounts: z.array(staffAccountViewSchema) }),
    timeoutMs: 5_000,
  },
  addStaffAccount: {
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
    request: z.strictObject({ token: operatorTokenSchema, accountId: staffAccountIdSchema, pin: pinSchema }),
    response: empty,
    timeoutMs: 10_000,
  },
  getAuditLog: {
    request: z.strictObject({ token: operatorTokenSchema, limit: z.number().int().min(1).max(1000).optional() }),
    response: z.strictObject({ events: z.array(auditEventSchema) }),
    timeoutMs: 5_000,
  },
  getActivityTypes: {
    request: z.strictObject({ token: operatorTokenSchema }),
    response: activityTypesResponseSchema,
    timeoutMs: 5_000,
  },
  saveActivityEntry: { request: saveActivityRequestSchema, response: activityEntrySchema, timeoutMs: 5_000 },
  deleteActivityEntry: {
    request: z.strictObject({ token: operatorTokenSchema, id: z.number().int().positive() }),
    response: empty,
    timeoutMs: 5_000,
  },
  listActivityEntries: {
    request: listActivityRequestSchema,
    response: z.strictObject({ entries: z.array(activityEntrySchema) }),
    timeoutMs: 10_000,
  },
  // Every check has its own, shorter timeout; this bounds the whole run.
  runEquipmentCheck: { request: runEquipmentCheckRequestSchema, response: equipmentCheckSchema, timeoutMs: 45_000 },
  getLastEquipmentCheck: {
    request: equipmentCheckRequestSchema,
    response: z.strictObject({ check: equipmentCheckSchema.nullable() }),
    timeoutMs: 5_000,
  },
  // — Operations: incidents, maintenance, checklist, status —
  getServiceStatus: { request: empty, response: serviceStatusSchema, timeoutMs: 5_000 },
  getOperationsStatus: { request: equipmentCheckRequestSchema, response: operationsStatusSchema, timeoutMs: 10_000 },
  getOperationsSetup: { request: equipmentCheckRequestSchema, response: operationsSetupSchema, timeoutMs: 5_000 },
  listIncidents: { request: equipmentCheckRequestSchema, response: listIncidentsResponseSchema, timeoutMs: 5_000 },
  openIncident: { request: openIncidentRequestSchema, response: incidentSchema, timeoutMs: 5_000 },
  closeIncident: { request: closeIncidentRequestSchema, response: incidentSchema, timeoutMs: 5_000 },
  saveMaintenanceEntry: { request: saveMaintenanceRequestSchema, response: maintenanceEntrySchema, timeoutMs: 5_000 },
  listMaintenanceEntries: {
    request: equipmentCheckRequestSchema,
    response: z.strictObject({ entries: z.array(maintenanceEntrySchema) }),
    timeoutMs: 5_000,
  },
  saveChecklistAnswers: {
    request: saveChecklistRequestSchema,
    response: saveChecklistResponseSchema,
    timeoutMs: 5_000,
  },
  // — Printer administration and kiosk hardening —
  listPrintJobs: {
    request: listPrintJobsRequestSchema,
    response: z.strictObject({ jobs: z.array(printJobViewSchema) }),
    timeoutMs: 5_000,
  },
  // A reprint answers within the site's print timeout, like printReferral.
  reprintJob: { request: reprintJobRequestSchema, response: printReferralResponseSchema, timeoutMs: 60_000 },
  // Waits behind a job in progress, then DLE ENQ 2 and a status read.
  recoverPrinter: { request: staffTokenRequestSchema, response: printerStatusSchema, timeoutMs: 60_000 },
  printTestSlip: { request: staffTokenRequestSchema, response: printTestResponseSchema, timeoutMs: 60_000 },
  readPrinterStatus: { request: staffTokenRequestSchema, response: printerStatusSchema, timeoutMs: 10_000 },
  // — Reports and KoboToolbox —
  // KoboToolbox
  getKoboStatus: { request: getKoboStatusRequestSchema, response: koboStatusSchema, timeoutMs: 10_000 },
  setKoboCredential: { request: setKoboCredentialRequestSchema, response: koboStatusSchema, timeoutMs: 10_000 },
  queueKoboMonth: { request: queueKoboMonthRequestSchema, response: queueKoboMonthResponseSchema, timeoutMs: 30_000 },
  // Waits for the attempt up to 45 s, then answers with whatever stands; the attempt goes on.
  retryKoboNow: { request: retryKoboRequestSchema, response: koboStatusSchema, timeoutMs: 60_000 },
  // Reports
  previewReport: { request: previewReportRequestSchema, response: reportTotalsSchema, timeoutMs: 20_000 },
  // A year of a busy point takes seconds to build on the kiosk's PC; the bound leaves room for a slow disk.
  exportReport: { request: exportReportRequestSchema, response: reportFileSchema, timeoutMs: 120_000 },
  listReportDestinations: {
    request: z.strictObject({ token: operatorTokenSchema }),
    response: z.strictObject({ destinations: z.array(reportDestinationSchema) }),
    timeoutMs: 5_000,
  },
  saveReport: { request: saveReportRequestSchema, response: savedReportSchema, timeoutMs: 120_000 },
  // — Referral pathways —
  listPathways: {
    request: z.strictObject({ token: operatorTokenSchema, language: languageSchema }),
    response: z.strictObject({ pathways: z.array(pathwaySummarySchema) }),
    timeoutMs: 5_000,
  },
  getPathway: {
    request: z.strictObject({ token: operatorTokenSchema, id: slugSchema, language: languageSchema }),
    response: pathwayViewSchema,
    timeoutMs: 5_000,
  },
  completePathwayReferral: {
    request: completePathwayRequestSchema,
    response: completedPathwaySchema,
    timeoutMs: 5_000,
  },
  // Two slips, each within the site's print timeout; this only bounds the call.
  printPathwaySlips: { request: printPathwaySlipsRequestSchema, response: pathwaySlipsSchema, timeoutMs: 90_000 },
  getPathwayReferralCounts: {
    request: pathwayCountsRequestSchema,
    response: z.strictObject({ counts: z.array(pathwayReferralCountSchema) }),
    timeoutMs: 10_000,
  },
} as const satisfies { readonly [M in MethodName]: MethodSpec };

export interface MethodSpec {
  readonly request: z.ZodType;
  readonly response: z.ZodType;
  readonly timeoutMs: number;
}

export type Methods = typeof methods;
export type RequestOf<M extends MethodName> = z.input<Methods[M]['request']>;
export type ParsedRequestOf<M extends MethodName> = z.output<Methods[M]['request']>;
export type ResponseOf<M extends MethodName> = z.output<Methods[M]['response']>;
