import { z } from 'zod';

import {
  DID_NOT_GO_REASONS,
  NOT_SERVED_REASONS,
  type DidNotGoReason,
  type NotServedReason,
} from './referral-outcome-lists.js';

export {
  DID_NOT_GO_REASONS,
  type DidNotGoReason,
  NOT_SERVED_REASONS,
  type NotServedReason,
  RECORDABLE_OUTCOMES,
  type RecordableOutcome,
  REFERRAL_OUTCOMES,
  type ReferralOutcome,
} from './referral-outcome-lists.js';

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
