// Zod-free on purpose: the visitor screens import this list, and a file that also builds schemas
// would bring zod into the first screen's bundle (renderer/vite.config.ts, bench/bundle-size.ts).

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
