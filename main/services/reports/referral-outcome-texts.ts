import { z } from 'zod';

import { DID_NOT_GO_REASONS, NOT_SERVED_REASONS, REFERRAL_OUTCOMES } from '../../contract/index.js';
import { text, textsFor } from '../texts/text-schemas.js';

/** Every reason of both lists, once (`other` is in both). */
export const OUTCOME_REASONS = [...new Set([...NOT_SERVED_REASONS, ...DID_NOT_GO_REASONS])] as const;
export type OutcomeReasonKey = (typeof OUTCOME_REASONS)[number];

export const REFERRAL_OUTCOME_TABLE_IDS = ['referral-outcomes', 'referral-reasons'] as const;
export type ReferralOutcomeTableId = (typeof REFERRAL_OUTCOME_TABLE_IDS)[number];

const COLUMN_KEYS = [
  'category',
  'categoryCode',
  'service',
  'made',
  'known',
  'served',
  'wentNotServed',
  'didNotGo',
  'servedPercent',
  'outcome',
  'outcomeCode',
  'reason',
  'reasonCode',
  'count',
] as const;

/** Sheet names: at most 31 characters, none of `[]:*?/\` (as the report's own tables). */
const sheetName = (): z.ZodType<string> =>
  text()
    .refine((name) => name.length <= 31, 'is longer than the 31 characters of a sheet name')
    .refine((name) => !/[[\]:*?/\\]/.test(name), 'has a character a sheet name may not hold: []:*?/\\');

/**
 * The words of the referral follow-up tables and PDF section: the `referralOutcomes` object of
 * `locales/reports/<lang>.json`, checked with the rest of that file (report-texts.ts).
 */
export const referralOutcomeTextsSchema = z.object({
  tables: z.object({ 'referral-outcomes': sheetName(), 'referral-reasons': sheetName() }),
  columns: textsFor(COLUMN_KEYS),
  allCategories: text(),
  allServices: text(),
  /** Pathway referrals are counted under the category `pathway`, which the directory has not. */
  pathway: text(),
  outcomes: textsFor(REFERRAL_OUTCOMES),
  reasons: textsFor(OUTCOME_REASONS),
  pdf: z.object({ heading: text(), note: text(), none: text() }),
});
export type ReferralOutcomeTexts = z.infer<typeof referralOutcomeTextsSchema>;
