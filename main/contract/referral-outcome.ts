import { z } from 'zod';

/**
 * What became of a referral, one fixed list for the screens, the partner CSV and the reports. No
 * free text anywhere: a reason is picked from a list, so nothing about the person can be written.
 */
export const REFERRAL_OUTCOMES = ['open', 'served', 'went_not_served', 'did_not_go', 'unknown'] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];

/** `open` is where every referral starts; the others are what someone can tell us. */
export const RECORDABLE_OUTCOMES = ['served', 'went_not_served', 'did_not_go', 'unknown'] as const;
export type RecordableOutcome = (typeof RECORDABLE_OUTCOMES)[number];

export const NOT_SERVED_REASONS = ['closed', 'asked_payment', 'asked_documents', 'refused', 'full', 'other'] as const;
export type NotServedReason = (typeof NOT_SERVED_REASONS)[number];

export const DID_NOT_GO_REASONS = ['far', 'cost', 'fear', 'other'] as const;
export type DidNotGoReason = (typeof DID_NOT_GO_REASONS)[number];

export type OutcomeReason = NotServedReason | DidNotGoReason;

/** An outcome with its reason when the outcome needs one; any other combination does not parse. */
export const outcomeReportSchema = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('served') }),
  z.strictObject({ outcome: z.literal('unknown') }),
  z.strictObject({ outcome: z.literal('went_not_served'), reason: z.enum(NOT_SERVED_REASONS) }),
  z.strictObject({ outcome: z.literal('did_not_go'), reason: z.enum(DID_NOT_GO_REASONS) }),
]);
export type OutcomeReport = z.infer<typeof outcomeReportSchema>;

/** Who told us: kept so a visitor's own answer never overwrites what staff or a partner recorded. */
export const OUTCOME_SOURCES = ['staff', 'visitor', 'partner'] as const;
export type OutcomeSource = (typeof OUTCOME_SOURCES)[number];

/** How a referral was given: a printed service slip, a code shown on screen, a pathway slip. */
export const REFERRAL_KINDS = ['slip', 'screen', 'pathway'] as const;
export type ReferralKind = (typeof REFERRAL_KINDS)[number];
