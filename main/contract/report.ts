import { z } from 'zod';

import { isoDaySchema } from './activity.js';
import { languageSchema } from './languages.js';
import { operatorTokenSchema } from './operator.js';

export const REPORT_FORMATS = ['xlsx', 'csv', 'pdf'] as const;
export const reportFormatSchema = z.enum(REPORT_FORMATS);
export type ReportFormat = z.infer<typeof reportFormatSchema>;

export const CSV_SEPARATORS = [',', ';'] as const;
export const csvSeparatorSchema = z.enum(CSV_SEPARATORS);
export type CsvSeparator = z.infer<typeof csvSeparatorSchema>;

/** A report covers at most a year (plus a leap day): what a supervisor reports on, and what fits in memory. */
export const MAX_REPORT_DAYS = 366;

/** The smallest count shown as is; 2 hides single people, 100 is already a very coarse report. */
export const MIN_SUPPRESSION = 2;
export const MAX_SUPPRESSION = 100;

/** A small-count threshold N: counts from 1 to N−1 are shown as `<N`. */
export const suppressionThresholdSchema = z.number().int().min(MIN_SUPPRESSION).max(MAX_SUPPRESSION);
/** A small-count rule: a threshold, or null for exact counts. */
export const suppressionSchema = suppressionThresholdSchema.nullable();
export type Suppression = z.infer<typeof suppressionSchema>;

/**
 * The small-count rule of a preview, sent back unchanged with the export made from it, so that a
 * file never holds counts under a rule the supervisor has not seen: the services refuse an export
 * whose rule is missing or is no longer the one they would apply (`RULE_NOT_PREVIEWED`).
 */
export const reportRuleSchema = z.strictObject({
  /** The site's rule (`reports.json` `suppressBelow`) when the preview was made. */
  site: suppressionSchema,
  /** The rule applied: the site's, a stricter one, or one a supervisor lowered for this export. */
  applied: suppressionSchema,
});
export type ReportRule = z.infer<typeof reportRuleSchema>;

/** Whether `applied` shows more than the site's rule allows: only a supervisor may, and it is audited. */
export function lowersRule(rule: ReportRule): boolean {
  return rule.site !== null && (rule.applied === null || rule.applied < rule.site);
}

/** A count as a report shows it: exact, or `<N` under the small-count rule. */
export const shownCountSchema = z.union([z.number().int().nonnegative(), z.string().regex(/^<\d{1,3}$/)]);
export type ShownCountValue = z.infer<typeof shownCountSchema>;

export const reportPeriodSchema = z.strictObject({ from: isoDaySchema, to: isoDaySchema });
export type ReportPeriod = z.infer<typeof reportPeriodSchema>;

export const reportOptionsSchema = z.strictObject({
  from: isoDaySchema,
  to: isoDaySchema,
  format: reportFormatSchema,
  /** Labels, headers and dates of the file; the figures are the same in every language. */
  language: languageSchema,
  /**
   * The rule of the preview this export was made from (its `rule`), unchanged. Required in
   * practice: without it, or when the site's rule changed since, the export is refused.
   */
  rule: reportRuleSchema.optional(),
  /** CSV only: a row of HXL hashtags under the header. */
  hxl: z.boolean().optional(),
  /** CSV only; the site's default (reports.json) when absent. */
  separator: csvSeparatorSchema.optional(),
});
export type ReportOptions = z.infer<typeof reportOptionsSchema>;

/**
 * The figures a supervisor sees before exporting, under the same small-count rule as the files:
 * people counts are shown counts (`<5`); entries, incidents, minutes and sessions are not people.
 */
export const reportTotalsSchema = z.strictObject({
  from: isoDaySchema,
  to: isoDaySchema,
  days: z.number().int().positive(),
  people: shownCountSchema,
  entries: z.number().int().nonnegative(),
  byActivity: z.array(z.strictObject({ type: z.string(), people: shownCountSchema })),
  talks: shownCountSchema,
  referrals: shownCountSchema,
  incidents: z.number().int().nonnegative(),
  downtimeMinutes: z.number().int().nonnegative(),
  kioskSessions: z.number().int().nonnegative(),
  /** The rule these totals were computed with: the export sends it back. */
  rule: reportRuleSchema,
});
export type ReportTotals = z.infer<typeof reportTotalsSchema>;

/** The biggest file sent back whole over the contract (the web host's download). */
export const MAX_REPORT_DOWNLOAD_BYTES = 12 * 1024 * 1024;

export const reportFileSchema = z.strictObject({
  fileName: z.string(),
  mime: z.string(),
  bytes: z.number().int().nonnegative(),
  base64: z.string().max(Math.ceil(MAX_REPORT_DOWNLOAD_BYTES / 3) * 4),
});
export type ReportFile = z.infer<typeof reportFileSchema>;

/** A folder the kiosk can save to: a removable drive it found, or the kiosk's own exports folder. */
export const reportDestinationSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/),
  kind: z.enum(['removable', 'local']),
  /** The drive's or folder's own name (a volume label or a drive letter), shown as is. */
  label: z.string(),
  path: z.string(),
});
export type ReportDestination = z.infer<typeof reportDestinationSchema>;

export const savedReportSchema = z.strictObject({
  fileName: z.string(),
  path: z.string(),
  bytes: z.number().int().nonnegative(),
});
export type SavedReport = z.infer<typeof savedReportSchema>;

export const previewReportRequestSchema = reportPeriodSchema.extend({
  token: operatorTokenSchema,
  /** A rule for this export instead of the site's (absent: the site's rule). */
  suppress: suppressionSchema.optional(),
});
export const exportReportRequestSchema = z.strictObject({ token: operatorTokenSchema, options: reportOptionsSchema });
export const saveReportRequestSchema = exportReportRequestSchema.extend({
  destination: reportDestinationSchema.shape.id,
});
