import { z } from 'zod';

import { checkStatusSchema } from './equipment-check.js';
import { printerStatusSchema } from './printer.js';

/** What the last check found of the internet: a captive portal is not the internet. */
export const networkStateSchema = z.enum(['ok', 'down', 'captive', 'unknown']);
export type NetworkState = z.infer<typeof networkStateSchema>;

/** The operator status bar: facts for staff, never shown to visitors. */
export const operationsStatusSchema = z.strictObject({
  printer: printerStatusSchema,
  network: networkStateSchema,
  lastCheck: z
    .strictObject({
      id: z.number().int().positive(),
      finishedAt: z.string(),
      summary: z.enum(['pass', 'warn', 'fail']),
      today: z.boolean(),
    })
    .nullable(),
  openIncidents: z.number().int().nonnegative(),
  /** Screen crashes (occurrences) in incidents opened today. */
  crashesToday: z.number().int().nonnegative(),
});
export type OperationsStatus = z.infer<typeof operationsStatusSchema>;

/** Reasons a visitor is told about; nothing internal. */
export const DEGRADED_REASONS = ['printer', 'network'] as const;
export const degradedReasonSchema = z.enum(DEGRADED_REASONS);
export type DegradedReason = z.infer<typeof degradedReasonSchema>;

/** The public (no PIN) status for the visitor screens. */
export const serviceStatusSchema = z.strictObject({
  /** False only when the site requires the day's check first and it has not run yet. */
  open: z.boolean(),
  degraded: z.array(degradedReasonSchema),
});
export type ServiceStatus = z.infer<typeof serviceStatusSchema>;

/** Pushed while a check runs: every check's state so far, so a screen can draw it whole. */
export const checkProgressSchema = z.strictObject({
  startedAt: z.string(),
  checks: z.array(
    z.strictObject({
      id: z.string().max(80),
      state: z.enum(['running', 'done']),
      status: checkStatusSchema.nullable(),
    }),
  ),
});
export type CheckProgress = z.infer<typeof checkProgressSchema>;
