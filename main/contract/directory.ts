import { z } from 'zod';

import { emailSchema, httpsUrlSchema, slugSchema } from './common-schemas.js';
import { accessibilityFeatureSchema, populationSchema, serviceCategorySchema } from './directory-categories.js';
import { localizedTextSchema } from './languages.js';
import { openingHoursSchema } from './opening-hours.js';
import { emergencyNumberSchema } from './site.js';
import { boundedString, TEXT_LIMITS } from './text-limits.js';

const nameText = () => boundedString(TEXT_LIMITS.name).trim().min(1);

/** Dialled locally, digits and spaces: the same rule as the emergency numbers of the contract. */
const phoneNumberSchema = emergencyNumberSchema.shape.number;

/**
 * Street, colonia and alcaldía are proper names and stay as written (they must match the signs
 * in the street); the reference point is a sentence, so it comes in the four languages.
 */
const addressSchema = z.strictObject({
  street: nameText().describe('Street and number'),
  neighbourhood: nameText().optional().describe('Colonia'),
  municipality: nameText().describe('Alcaldía or municipality'),
  city: nameText(),
  state: nameText().optional(),
  postalCode: z
    .string()
    .regex(/^[0-9]{5}$/, { message: 'expected a five-digit postal code' })
    .optional(),
  reference: localizedTextSchema.optional().describe('How to find it: a landmark or metro station'),
});

/** WGS84 decimal degrees, as a phone's map app and OpenStreetMap take them. */
const coordinatesSchema = z.strictObject({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});
export type Coordinates = z.infer<typeof coordinatesSchema>;

/**
 * The "how to get there" link: an OpenStreetMap page with a marker. Any phone camera opens it in
 * the browser (a `geo:` link opens only on Android), and it carries the service's place, nothing
 * about the person.
 */
export function mapLink({ latitude, longitude }: Coordinates): string {
  const lat = latitude.toFixed(5);
  const lon = longitude.toFixed(5);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
}

const phoneSchema = z.strictObject({
  number: phoneNumberSchema,
  label: localizedTextSchema.optional().describe('What this line is for, when a service has several'),
});

const ageSchema = z.number().int().min(0).max(120);

/**
 * One service of the directory, shaped after the Open Referral HSDS fields the product brief
 * lists. Organisation names are official names and stay untranslated: the person will look for
 * exactly that name at the door and on the referral slip.
 */
export const serviceEntrySchema = z.strictObject({
  id: slugSchema.describe('Stable identifier (never printed: the QR holds the referral code only)'),
  organisation: z.strictObject({
    name: nameText().describe('Official name of the organisation, shown on screen'),
    slipName: nameText()
      .optional()
      .describe(
        'Printed instead of the official name when that name states a harm (trafficking, violence, extortion): paper must not tell why someone came',
      ),
    url: httpsUrlSchema.optional(),
  }),
  name: localizedTextSchema.describe('What the service is, in plain words; shown on screen'),
  slipName: localizedTextSchema
    .optional()
    .describe(
      'Neutral name printed on slips instead of `name`. Give it whenever `name` states a harm (trafficking, violence, abuse, extortion): a slip must make sense to a controlling partner without telling them why the person came',
    ),
  description: localizedTextSchema,
  category: serviceCategorySchema,
  status: z.enum(['active', 'temporarily_closed', 'inactive']),
  address: addressSchema.optional().describe('Left out for services reached only by phone or online'),
  coordinates: coordinatesSchema
    .optional()
    .describe('Where the door is (WGS84 decimal degrees): shown as a "how to get there" map QR on the service screen'),
  openingHours: openingHoursSchema,
  hoursNote: localizedTextSchema.optional().describe('For example: arrive early, tokens are handed out at 8:00'),
  phones: z.array(phoneSchema),
  whatsapp: phoneNumberSchema.optional(),
  email: emailSchema.optional(),
  website: httpsUrlSchema.optional(),
  cost: z.strictObject({
    kind: z.enum(['free', 'paid']),
    note: localizedTextSchema.optional(),
  }),
  eligibility: z.strictObject({
    populations: z.array(populationSchema).min(1),
    minAge: ageSchema.optional(),
    maxAge: ageSchema.optional(),
  }),
  whatToBring: z.array(localizedTextSchema).describe('Documents or things to take along; empty when nothing is needed'),
  referralSlipNeeded: z.boolean().describe('Whether the service asks for a referral slip from the attention point'),
  accessibility: z.array(accessibilityFeatureSchema),
  accessibilityNote: localizedTextSchema.optional(),
  languagesSpoken: z
    .array(z.string().regex(/^[a-z]{2,3}$/, { message: 'expected a language code like "es" or "ht"' }))
    .min(1),
  verifiedOn: z.iso.date().describe('Day the details were last checked with the service (YYYY-MM-DD)'),
  sampleNotice: localizedTextSchema
    .optional()
    .describe('Shown with the entry while its details are examples that must be verified before use'),
});
export type ServiceEntry = z.infer<typeof serviceEntrySchema>;
