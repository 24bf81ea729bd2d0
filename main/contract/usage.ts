import { z } from 'zod';

/**
 * Anonymous usage counters, aggregated per day in the site's timezone. There is deliberately no
 * per-visitor trail and no time finer than the day (data protection rule 2 in the product brief).
 */
export const USAGE_METRICS = [
  'session_started',
  'language_chosen',
  'topic_opened',
  'service_viewed',
  'slip_printed',
  'slip_shown',
  'slip_failed',
  'help_requested',
  'idle_reset',
] as const;
export const usageMetricSchema = z.enum(USAGE_METRICS);
export type UsageMetric = z.infer<typeof usageMetricSchema>;

/**
 * A counter key names a thing of the kiosk's own (a topic id, a service category, a language),
 * never text typed by a person: the pattern keeps it to short machine identifiers.
 */
export const usageKeySchema = z.string().regex(/^[a-z0-9][a-z0-9_.-]{0,63}$/);

export const recordUsageRequestSchema = z.strictObject({
  metric: usageMetricSchema,
  key: usageKeySchema.optional(),
});

export const recordUsageResponseSchema = z.strictObject({
  /** The day the count was filed under (YYYY-MM-DD, site timezone). */
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  count: z.number().int().positive(),
});
