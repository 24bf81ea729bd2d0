import { z } from 'zod';

import { referralSchema } from './referral.js';

export const PRINTER_TRANSPORTS = ['serial', 'tcp', 'usb-lp', 'os-driver', 'preview', 'none'] as const;

/**
 * What can be wrong with the printer, from its own status bytes (DLE EOT) or from the transport.
 * `no_answer` is a printer that stayed silent: its state is unknown, never "ready".
 */
export const PRINTER_PROBLEMS = [
  'not_configured',
  'disconnected',
  'no_answer',
  'offline',
  'cover_open',
  'paper_near_end',
  'paper_end',
  'cutter_error',
  'unrecoverable_error',
  'auto_recoverable_error',
  'status_not_available',
] as const;
export const printerProblemSchema = z.enum(PRINTER_PROBLEMS);
export type PrinterProblem = z.infer<typeof printerProblemSchema>;

/**
 * - `ready`: the printer answered and nothing is wrong.
 * - `warning`: it can print, but staff should act (paper near end).
 * - `not_ready`: it cannot print now.
 * - `unknown`: no status can be had (OS driver, silent printer): shown as unknown, never as OK.
 */
export const printerStateSchema = z.enum(['ready', 'warning', 'not_ready', 'unknown']);
export type PrinterState = z.infer<typeof printerStateSchema>;

export const printerStatusSchema = z.strictObject({
  printer: z.string().nullable(),
  transport: z.enum(PRINTER_TRANSPORTS),
  state: printerStateSchema,
  problems: z.array(printerProblemSchema),
  /** ISO timestamp of the last status read, null if never read. */
  checkedAt: z.string().nullable(),
});
export type PrinterStatus = z.infer<typeof printerStatusSchema>;

export const PRINT_JOB_STATES = ['queued', 'sending', 'printed', 'failed', 'interrupted'] as const;
export type PrintJobState = (typeof PRINT_JOB_STATES)[number];

/**
 * - `printed`: the printer acknowledged the end of the slip.
 * - `previewed`: no printer; the slip is shown on screen (`previewText`).
 * - `not_printed`: the printer could not print in time; the visitor is shown the code to give staff.
 * The referral itself always comes back, so the person leaves with the information either way.
 */
export const printReferralResponseSchema = z.strictObject({
  referral: referralSchema,
  outcome: z.enum(['printed', 'previewed', 'not_printed']),
  jobId: z.number().int().positive().nullable(),
  problems: z.array(printerProblemSchema),
  previewText: z.string().nullable(),
});
export type PrintReferralResponse = z.infer<typeof printReferralResponseSchema>;
