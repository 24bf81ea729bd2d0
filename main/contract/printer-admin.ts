import { z } from 'zod';

import { languageSchema } from './languages.js';
import { operatorTokenSchema } from './operator.js';
import { PRINT_JOB_STATES, printerProblemSchema } from './printer.js';

/**
 * One recent print job as staff see it: what happened and when, for which service and in which
 * language. The referral code is shown so staff can match a visitor's slip; nothing names a person.
 */
export const printJobViewSchema = z.strictObject({
  id: z.number().int().positive(),
  printer: z.string(),
  serviceId: z.string(),
  language: languageSchema,
  referralCode: z.string(),
  state: z.enum(PRINT_JOB_STATES),
  /** Why a job failed or was interrupted, in the printer's terms (not translated). */
  reason: z.string().nullable(),
  /** The job this one reprinted, if any. */
  reprintOf: z.number().int().positive().nullable(),
  /**
   * An ISO time while the job is inside the reprint window (printers.json `reprintWindowMinutes`),
   * then the site's day only, `YYYY-MM-DD`: staff never see when a visitor stood at the kiosk.
   */
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PrintJobView = z.infer<typeof printJobViewSchema>;

/** True when a job's time is the day only (it has left the reprint window). */
export const isDayOnly = (at: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(at);

/** The most jobs one listing returns: the table keeps 30 days, the screen shows the latest. */
export const MAX_PRINT_JOBS_LISTED = 200;

export const listPrintJobsRequestSchema = z.strictObject({
  token: operatorTokenSchema,
  limit: z.number().int().min(1).max(MAX_PRINT_JOBS_LISTED).optional(),
});

export const reprintJobRequestSchema = z.strictObject({
  token: operatorTokenSchema,
  jobId: z.number().int().positive(),
});

/**
 * The code-page self-test slip (every letter of the four languages): `printed` when the printer
 * acknowledged it, `previewed` when there is no printer (the text comes back), else `not_printed`.
 */
export const printTestResponseSchema = z.strictObject({
  outcome: z.enum(['printed', 'previewed', 'not_printed']),
  problems: z.array(printerProblemSchema),
  previewText: z.string().nullable(),
});
export type PrintTestResponse = z.infer<typeof printTestResponseSchema>;

export const staffTokenRequestSchema = z.strictObject({ token: operatorTokenSchema });
