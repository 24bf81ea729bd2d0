import { z } from 'zod';

import { isoDaySchema } from './activity.js';
import { slugSchema } from './common-schemas.js';
import { operatorTokenSchema } from './operator.js';
import { outcomeReportSchema } from './referral-outcome.js';

/**
 * What a person typed or scanned: the validator in the services is tolerant (case, spaces,
 * hyphens, O/0, I/L/1), so only the length is bounded here. The QR payload `REDSAFE-PAR;CODE` is
 * unpacked by the screen before it is sent.
 */
export const typedReferralCodeSchema = z.string().min(1).max(40);

/** Why a code could not be used. The screens have one message for each, in four languages. */
export const CODE_PROBLEMS = ['mistyped', 'before_ledger', 'not_found'] as const;
export type CodeProblem = (typeof CODE_PROBLEMS)[number];

/**
 * Staff see the service and the day of a referral, never more: not the language, not how it was
 * given, not what someone answered before.
 */
export const referralLookupSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('found'), code: z.string(), serviceId: slugSchema, day: isoDaySchema }),
  z.strictObject({ status: z.enum(CODE_PROBLEMS) }),
]);
export type ReferralLookup = z.infer<typeof referralLookupSchema>;

export const lookupReferralRequestSchema = z.strictObject({
  token: operatorTokenSchema,
  code: typedReferralCodeSchema,
});

export const recordReferralOutcomeRequestSchema = z.strictObject({
  token: operatorTokenSchema,
  code: typedReferralCodeSchema,
  report: outcomeReportSchema,
});

/**
 * `ready`: the code can take an answer (the visitor's check before picking one).
 * `kept`: a visitor's answer after staff or a partner already recorded one (theirs stays).
 * `try_later`: too many codes that did not match in a short time on the public screen.
 */
export const OUTCOME_ANSWERS = ['recorded', 'ready', 'kept', 'try_later', ...CODE_PROBLEMS] as const;
export type OutcomeAnswer = (typeof OUTCOME_ANSWERS)[number];
export const outcomeAnswerSchema = z.strictObject({ status: z.enum(OUTCOME_ANSWERS) });

/**
 * The visitor's own report, public. Without `report` it only says whether the code can take one
 * (so the screen can ask for the code again before the visitor picks an answer); it never says
 * which service a code is for, so a slip found by someone else tells them nothing.
 */
export const reportOwnOutcomeRequestSchema = z.strictObject({
  code: typedReferralCodeSchema,
  report: outcomeReportSchema.optional(),
});

/** Why a row of a partner's CSV was not imported; the screen words each in four languages. */
export const PARTNER_IMPORT_PROBLEMS = [
  'header',
  'too_many_rows',
  'columns',
  'outcome',
  'reason',
  'reason_not_expected',
  'code_mistyped',
  'code_unknown',
  'duplicate',
] as const;
export type PartnerImportProblem = (typeof PARTNER_IMPORT_PROBLEMS)[number];

/** 256 KiB: some thousands of rows of three short columns; a larger file is not a partner's reply. */
export const PARTNER_CSV_MAX_CHARS = 256 * 1024;

/**
 * `apply: false` checks the file and changes nothing; `apply: true` records every row, and only
 * when every row is good: a file with any bad row changes nothing, so a supervisor never has to
 * work out which half of a file went in.
 */
export const importPartnerOutcomesRequestSchema = z.strictObject({
  token: operatorTokenSchema,
  csv: z.string().min(1).max(PARTNER_CSV_MAX_CHARS),
  apply: z.boolean(),
});

export const partnerImportResultSchema = z.strictObject({
  /** Rows recorded by this call (0 unless it applied a file with no bad row). */
  imported: z.number().int().nonnegative(),
  /** Good rows: what applying the file would record. */
  ready: z.number().int().nonnegative(),
  rejected: z.array(z.strictObject({ line: z.number().int().positive(), problem: z.enum(PARTNER_IMPORT_PROBLEMS) })),
});
export type PartnerImportResult = z.infer<typeof partnerImportResultSchema>;
