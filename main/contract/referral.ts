import { z } from 'zod';

import { slugSchema } from './common-schemas.js';
import { languageSchema } from './languages.js';

/** A referral for one service in one language. Nothing about the person: there is nothing to give. */
export const referralRequestSchema = z.strictObject({
  serviceId: slugSchema,
  language: languageSchema,
});
export type ReferralRequest = z.infer<typeof referralRequestSchema>;

/**
 * The visitor session the screen is in: an opaque id that changes at every "Finish" and idle
 * reset, so the services can hold a session to its share of slips (printers.json `slipLimit`).
 * It names a visit, never a person, and is kept in memory only.
 */
export const visitorSessionSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);

/** A slip to print. Without `session` (a script), only the kiosk's per-minute limit holds. */
export const printReferralRequestSchema = referralRequestSchema.extend({
  session: visitorSessionSchema.optional(),
});
export type PrintReferralRequest = z.infer<typeof printReferralRequestSchema>;

/**
 * A referral code and what its QR holds (the code and the service id only). The code is short,
 * random, not sequential, and ends with a check character so staff can tell a mistyped code.
 */
export const referralSchema = z.strictObject({
  serviceId: slugSchema,
  referralCode: z.string().min(4).max(20),
  qrPayload: z.string().min(1).max(200),
});
export type Referral = z.infer<typeof referralSchema>;
