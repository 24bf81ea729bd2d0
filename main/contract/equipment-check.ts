import { z } from 'zod';

import { operatorTokenSchema } from './operator.js';

/**
 * - `pass`: checked and fine. - `warn`: works, but staff should act (paper low, clock off).
 * - `fail`: does not work. - `unknown`: could not be checked (no status from the printer, a check
 *   that ran out of time). Unknown is never counted as a pass.
 */
export const checkStatusSchema = z.enum(['pass', 'warn', 'fail', 'unknown']);
export type CheckStatus = z.infer<typeof checkStatusSchema>;

export const checkResultSchema = z.strictObject({
  /**
   * `printer`, `database`, `disk`, `config`, `app_version`, `clock`, `latency`, `network:<endpoint>`,
   * `display`, `audio`.
   */
  id: z.string().max(80),
  status: checkStatusSchema,
  /** Machine reason the screen translates: `captive_portal`, `timeout`, `low_disk`, `skew`, … */
  code: z.string().max(60),
  /** For logs, and for staff when the screen has no sentence for the code: in English. */
  detail: z.string().max(500).nullable(),
  /**
   * The figures of the code's sentence (`checkDetails.<kind>.<code>` in the locale files, listed
   * in `check-details.ts`), e.g. `{ free: 300, needed: 500 }`. Absent in results stored before.
   */
  params: z.record(z.string().max(40), z.union([z.string().max(300), z.number()])).optional(),
  measured: z.number().nullable(),
  unit: z.string().max(10).nullable(),
  durationMs: z.number().nonnegative(),
});
export type CheckResult = z.infer<typeof checkResultSchema>;

export const equipmentCheckSchema = z.strictObject({
  id: z.number().int().positive(),
  startedAt: z.string(),
  finishedAt: z.string(),
  /** The worst status of all results (`unknown` counts as a warning, never as a pass). */
  summary: z.enum(['pass', 'warn', 'fail']),
  results: z.array(checkResultSchema),
});
export type EquipmentCheck = z.infer<typeof equipmentCheckSchema>;

export const equipmentCheckRequestSchema = z.strictObject({ token: operatorTokenSchema });

/**
 * Only the screen knows its display and sound: it reports them with the request, and they are
 * stored with the other results. Left out (the command line), they are `unknown`, never a pass.
 */
export const screenReportSchema = z.strictObject({
  display: z.strictObject({
    width: z.number().int().min(0).max(20_000),
    height: z.number().int().min(0).max(20_000),
    touchPoints: z.number().int().min(0).max(100),
  }),
  /** `running`: an AudioContext started; `suspended`: it would not start; `unavailable`: none. */
  audio: z.enum(['running', 'suspended', 'unavailable']),
});
export type ScreenReport = z.infer<typeof screenReportSchema>;

export const runEquipmentCheckRequestSchema = equipmentCheckRequestSchema.extend({
  screen: screenReportSchema.optional(),
});
