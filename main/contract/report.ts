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

export const reportPeriodSchema = z.strictObject({ from: isoDaySchema, to: isoDaySchema });
export type ReportPeriod = z.infer<typeof reportPeriodSchema>;

export const reportOptionsSchema = z.strictObject({
  from: isoDaySchema,
  to: isoDaySchema,
  format: reportFormatSchema,
  /** Labels, headers and dates of the file; the figures are the same in every language. */
  language: languageSchema,
  /** Counts from 1 to `suppress − 1` are shown as `<suppress`; absent: exact counts. */
  suppress: z.number().int().min(MIN_SUPPRESSION).max(MAX_SUPPRESSION).optional(),
  /** CSV only: a row of HXL hashtags under the header. */
  hxl: z.boolean().optional(),
  /** CSV only; the site's default (reports.json) when absent. */
  separator: csvSeparatorSchema.optional(),
});
export type ReportOptions = z.infer<typeof reportOptionsSchema>;

/** The figures a supervisor sees before exporting; the files hold the same numbers in detail. */
export const reportTotalsSchema = z.strictObject({
  from: isoDaySchema,
  to: isoDaySchema,
  days: z.number().int().positive(),
  people: z.number().int().nonnegative(),
  entries: z.number().int().nonnegative(),
  byActivity: z.array(z.strictObject({ type: z.string(), people: z.number().int().nonnegative() })),
  talks: z.number().int().nonnegative(),
  referrals: z.number().int().nonnegative(),
  incidents: z.number().int().nonnegative(),
  downtimeMinutes: z.number().int().nonnegative(),
  kioskSessions: z.number().int().nonnegative(),
  /** The site's default small-cell rule (reports.json), which the export screen starts from. */
  suppressDefault: z.number().int().min(MIN_SUPPRESSION).max(MAX_SUPPRESSION).nullable(),
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

export const previewReportRequestSchema = reportPeriodSchema.extend({ token: operatorTokenSchema });
export const exportReportRequestSchema = z.strictObject({ token: operatorTokenSchema, options: reportOptionsSchema });
export const saveReportRequestSchema = exportReportRequestSchema.extend({
  destination: reportDestinationSchema.shape.id,
});
