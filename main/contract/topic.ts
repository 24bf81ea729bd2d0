import { z } from 'zod';

import { httpsUrlSchema, slugSchema } from './common-schemas.js';
import { languageSchema, localizedTextSchema } from './languages.js';
import { printerProblemSchema } from './printer.js';
import { boundedString, TEXT_LIMITS } from './text-limits.js';
import { TOPIC_IDS } from './topic-ids.js';

export { TOPIC_IDS } from './topic-ids.js';
export const topicIdSchema = z.enum(TOPIC_IDS);
export type TopicId = z.infer<typeof topicIdSchema>;

/** Pictograms a topic or a step may use: names of the kiosk's own drawings (renderer `Pictogram`). */
export const TOPIC_PICTOGRAMS = [
  'info',
  'document',
  'scale',
  'child',
  'family',
  'journey',
  'warning',
  'clock',
  'desk',
  'phone',
  'check',
  'staff',
  'hand',
  'privacy',
  'services',
  'urgent',
  'key',
  'work',
  'health',
  'shelter',
] as const;
export const topicPictogramSchema = z.enum(TOPIC_PICTOGRAMS);
export type TopicPictogram = z.infer<typeof topicPictogramSchema>;

export const topicStepSchema = z.strictObject({
  pictogram: topicPictogramSchema,
  text: localizedTextSchema.describe('One short step, in plain words: one or two short sentences'),
});
export type TopicStep = z.infer<typeof topicStepSchema>;

export const topicSourceSchema = z.strictObject({
  url: httpsUrlSchema.describe('The public page the content was checked against'),
  label: boundedString(TEXT_LIMITS.name).trim().min(1).describe('Who publishes it, e.g. "COMAR (gob.mx)"'),
});
export type TopicSource = z.infer<typeof topicSourceSchema>;

export const topicSchema = z.strictObject({
  id: topicIdSchema.describe('Which topic this is; counted per day under this id'),
  pictogram: topicPictogramSchema,
  title: localizedTextSchema.describe('Shown on screen'),
  summary: localizedTextSchema.describe('One line: what this topic helps with'),
  steps: z.array(topicStepSchema).min(1).max(10).describe('A few short steps, each with a pictogram'),
  whatToBring: z.array(localizedTextSchema).max(10).describe('Documents or things to take along; may be empty'),
  cost: localizedTextSchema.describe('What it costs, e.g. "Free. Nobody may charge you."'),
  warnings: z.array(localizedTextSchema).max(10),
  services: z.array(slugSchema).describe('Ids of directory.json services that help with this topic'),
  sources: z.array(topicSourceSchema).min(1).describe('Where the content comes from'),
  verifiedOn: z.iso.date().describe('Day the content was last checked against its sources (YYYY-MM-DD)'),
  sensitive: z
    .boolean()
    .describe('true when a sheet with this title on it could tell a controlling person why someone came'),
  sheetTitle: localizedTextSchema
    .optional()
    .describe('Neutral title printed on the take-away sheet instead of `title`; required when `sensitive`'),
});
export type Topic = z.infer<typeof topicSchema>;

/** What the visitor screens and the staff list get: the topics and how old they may grow. */
export const topicsViewSchema = z.strictObject({
  topics: z.array(topicSchema),
  sampleNotice: localizedTextSchema.nullable(),
  reverifyAfterDays: z.number().int().positive(),
});
export type TopicsView = z.infer<typeof topicsViewSchema>;

export const printTopicSheetRequestSchema = z.strictObject({
  topicId: topicIdSchema,
  language: languageSchema,
});

/**
 * What happened to the take-away sheet. Whatever the printer did, `text` is the sheet as it
 * prints, to show on screen, and `sourceUrl` is the page a QR on screen opens.
 */
export const topicSheetResultSchema = z.strictObject({
  outcome: z.enum(['printed', 'previewed', 'not_printed', 'limited']),
  problems: z.array(printerProblemSchema),
  text: z.string(),
  sourceUrl: z.string().nullable(),
});
export type TopicSheetResult = z.infer<typeof topicSheetResultSchema>;

const DAY_MS = 86_400_000;

/**
 * Whether a topic verified on `verifiedOn` (YYYY-MM-DD) is older than `reverifyAfterDays` on
 * `today` (YYYY-MM-DD, the site's day). Calendar days, so the time of day and the timezone of the
 * machine never move a topic across the line.
 */
export function isTopicStale(verifiedOn: string, reverifyAfterDays: number, today: string): boolean {
  const age = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${verifiedOn}T00:00:00Z`)) / DAY_MS;
  return Number.isFinite(age) && age > reverifyAfterDays;
}
