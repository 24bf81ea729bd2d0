import { z } from 'zod';

import { slugSchema } from './common-schemas.js';
import { serviceCategorySchema } from './directory-categories.js';
import { languageSchema, localizedTextSchema } from './languages.js';
import { operatorTokenSchema } from './operator.js';

/** UNHCR age brackets, kept exactly so figures roll up into UNHCR statistics. */
export const AGE_BRACKETS = ['0-4', '5-11', '12-17', '18-59', '60+', 'unknown'] as const;
export const ageBracketSchema = z.enum(AGE_BRACKETS);
export type AgeBracket = z.infer<typeof ageBracketSchema>;

/** Female and male always; a site may add the other two in operations.json. */
export const SEXES = ['female', 'male', 'other', 'not_stated'] as const;
export const sexSchema = z.enum(SEXES);
export type Sex = z.infer<typeof sexSchema>;

/** A number of people: whole, not negative, and not absurd for one attention point on one day. */
export const MAX_CELL_COUNT = 500;

export const activityCountSchema = z.strictObject({
  sex: sexSchema,
  age: ageBracketSchema,
  count: z.number().int().min(0).max(MAX_CELL_COUNT),
});
export type ActivityCount = z.infer<typeof activityCountSchema>;

export const isoDaySchema = z.iso.date();

/**
 * What operators record: counts of people by sex and age bracket, never names. A referral type
 * also names the service category, so reports can count referrals by category.
 */
export const activityInputSchema = z.strictObject({
  day: isoDaySchema,
  type: slugSchema,
  category: serviceCategorySchema.optional(),
  /** The language the activity was held in; `other` for any language outside the four. */
  language: z.union([languageSchema, z.literal('other')]),
  counts: z
    .array(activityCountSchema)
    .min(1)
    .max(AGE_BRACKETS.length * SEXES.length),
});
export type ActivityInput = z.infer<typeof activityInputSchema>;

export const activityEntrySchema = activityInputSchema.extend({
  id: z.number().int().positive(),
  /** The day the entry was written (site timezone): it may be changed or deleted that day only. */
  recordedOn: isoDaySchema,
  editable: z.boolean(),
});
export type ActivityEntry = z.infer<typeof activityEntrySchema>;

export const activityTypeSchema = z.strictObject({
  id: slugSchema,
  label: localizedTextSchema,
  needsCategory: z.boolean(),
});
export type ActivityType = z.infer<typeof activityTypeSchema>;

export const activityTypesResponseSchema = z.strictObject({
  types: z.array(activityTypeSchema),
  sexes: z.array(sexSchema),
  ageBrackets: z.array(ageBracketSchema),
});

export const saveActivityRequestSchema = z.strictObject({
  token: operatorTokenSchema,
  /** Present to change an entry written today; absent to add one. */
  id: z.number().int().positive().optional(),
  entry: activityInputSchema,
});

export const listActivityRequestSchema = z.strictObject({
  token: operatorTokenSchema,
  from: isoDaySchema,
  to: isoDaySchema,
});
