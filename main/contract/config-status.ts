import { z } from 'zod';

/**
 * Why a configuration file was rejected, as a code the UI can translate; `message` keeps the
 * validator's English wording for administrators.
 */
export const CONFIG_ISSUE_CODES = [
  'file_missing',
  'unreadable',
  'not_utf8',
  'too_deep',
  'json_syntax',
  'missing',
  'wrong_type',
  'invalid_value',
  'unknown_key',
  'too_small',
  'too_big',
  'invalid_format',
  'inconsistent',
] as const;
export const configIssueCodeSchema = z.enum(CONFIG_ISSUE_CODES);
export type ConfigIssueCode = z.infer<typeof configIssueCodeSchema>;

export const configIssueSchema = z.strictObject({
  /** File name inside the configuration folder, e.g. `site.json`. */
  file: z.string(),
  /** JSON path inside the file, e.g. `emergencyNumbers[0].label.ht`; empty for the whole file. */
  path: z.string(),
  code: configIssueCodeSchema,
  message: z.string(),
});
export type ConfigIssue = z.infer<typeof configIssueSchema>;

/**
 * - `ok`: every file valid.
 * - `degraded`: some file turned invalid; the last good version of it keeps serving.
 * - `unavailable`: a required file has never been valid; the kiosk shows "out of service".
 */
export const configStateSchema = z.enum(['ok', 'degraded', 'unavailable']);
export type ConfigState = z.infer<typeof configStateSchema>;

export const configStatusSchema = z.strictObject({
  state: configStateSchema,
  /** ISO timestamp of the last successful load of every file, or null if never. */
  loadedAt: z.string().nullable(),
  issues: z.array(configIssueSchema),
});
export type ConfigStatus = z.infer<typeof configStatusSchema>;
