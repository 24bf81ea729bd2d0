import { z } from 'zod';

import { isoDaySchema } from './activity.js';
import { slugSchema } from './common-schemas.js';
import { localizedTextSchema } from './languages.js';
import { operatorRoleSchema, operatorTokenSchema } from './operator.js';

/**
 * - `check_failed`: a daily check result failed (subject = the check id, `manual:<item>` for the
 *   site's checklist). - `printer_fault`: the printer reported a fault during the day (subject =
 *   the fault). - `renderer_crash`: the kiosk screen crashed and was restarted. - `manual`: staff
 *   reported a fault by hand (subject from a fixed list: never free text about anyone).
 */
export const INCIDENT_KINDS = ['check_failed', 'printer_fault', 'renderer_crash', 'manual'] as const;
export const incidentKindSchema = z.enum(INCIDENT_KINDS);
export type IncidentKind = z.infer<typeof incidentKindSchema>;

export const MANUAL_INCIDENT_SUBJECTS = ['power', 'screen', 'touch', 'printer', 'network', 'sound', 'other'] as const;
export const manualIncidentSubjectSchema = z.enum(MANUAL_INCIDENT_SUBJECTS);
export type ManualIncidentSubject = z.infer<typeof manualIncidentSubjectSchema>;

export const INCIDENT_CLOSERS = ['operator', 'supervisor', 'check'] as const;

export const incidentSchema = z.strictObject({
  id: z.number().int().positive(),
  kind: incidentKindSchema,
  subject: z.string().max(80),
  openedAt: z.string(),
  /** The site's day it opened on. */
  openedDay: isoDaySchema,
  closedAt: z.string().nullable(),
  closedBy: z.enum(INCIDENT_CLOSERS).nullable(),
  /** Repeats while it was open (a screen that crashed three times is one incident, 3). */
  occurrences: z.number().int().positive(),
  /** Machine words only (a check's code), never about a visitor. */
  detail: z.string().max(300).nullable(),
  /** Closed minus opened, or up to now while still open. */
  downtimeMs: z.number().int().nonnegative(),
});
export type Incident = z.infer<typeof incidentSchema>;

export const listIncidentsResponseSchema = z.strictObject({
  open: z.array(incidentSchema),
  /** Closed in the last days, newest first. */
  recent: z.array(incidentSchema),
});

export const openIncidentRequestSchema = z.strictObject({
  token: operatorTokenSchema,
  subject: manualIncidentSubjectSchema,
});

export const closeIncidentRequestSchema = z.strictObject({
  token: operatorTokenSchema,
  id: z.number().int().positive(),
});

export const maintenanceEntrySchema = z.strictObject({
  id: z.number().int().positive(),
  day: isoDaySchema,
  /** A kind from operations.json (`paper-roll`, `cleaning`, …). */
  kind: slugSchema,
  recordedAt: z.string(),
  role: operatorRoleSchema,
});
export type MaintenanceEntry = z.infer<typeof maintenanceEntrySchema>;

export const saveMaintenanceRequestSchema = z.strictObject({ token: operatorTokenSchema, kind: slugSchema });

/** The site's manual checklist item or maintenance kind, labelled in the four languages. */
export const labelledItemSchema = z.strictObject({ id: slugSchema, label: localizedTextSchema });
export type LabelledItem = z.infer<typeof labelledItemSchema>;

export const CHECKLIST_ANSWERS = ['pass', 'fail', 'na'] as const;
export const checklistAnswerValueSchema = z.enum(CHECKLIST_ANSWERS);
export type ChecklistAnswerValue = z.infer<typeof checklistAnswerValueSchema>;

/** A note is about the equipment; the screen warns against names or personal data in it. */
export const CHECKLIST_NOTE_MAX = 200;

export const checklistAnswerSchema = z.strictObject({
  item: slugSchema,
  answer: checklistAnswerValueSchema,
  note: z.string().trim().min(1).max(CHECKLIST_NOTE_MAX).optional(),
});
export type ChecklistAnswer = z.infer<typeof checklistAnswerSchema>;

export const saveChecklistRequestSchema = z.strictObject({
  token: operatorTokenSchema,
  /** The automatic check these answers complete. */
  checkId: z.number().int().positive(),
  answers: z.array(checklistAnswerSchema).min(1).max(40),
});

export const saveChecklistResponseSchema = z.strictObject({
  answers: z.array(checklistAnswerSchema),
  /** Incidents opened (or repeated) by failed items. */
  incidentsOpened: z.number().int().nonnegative(),
});

export const operationsSetupSchema = z.strictObject({
  checklist: z.array(labelledItemSchema),
  maintenanceKinds: z.array(labelledItemSchema),
  incidentSubjects: z.array(manualIncidentSubjectSchema),
  /** Checklist notes are deleted after this many days (operations.json `retention.notesDays`). */
  noteRetentionDays: z.number().int().positive(),
});
export type OperationsSetup = z.infer<typeof operationsSetupSchema>;
