import { z } from 'zod';

import { languageSchema, localizedTextSchema } from './languages.js';

/** A public phone line shown to visitors (911, anti-trafficking line, …). */
export const emergencyNumberSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  label: localizedTextSchema,
  /** As dialled locally, digits and spaces only, e.g. `800 5533 000`. */
  number: z.string().regex(/^\+?[0-9][0-9 ]{1,19}$/),
  description: localizedTextSchema.optional(),
  open24h: z.boolean(),
});
export type EmergencyNumber = z.infer<typeof emergencyNumberSchema>;

/**
 * What the UI needs to know about the site. This is a view built by the services from
 * `kiosk-config/site.json`; settings the UI must not see (PIN policy, printers, credentials) stay
 * in main.
 */
export const siteViewSchema = z.strictObject({
  id: z.string(),
  /** The PAR's name as visitors see it, in each language. */
  name: localizedTextSchema,
  organisation: z.string(),
  city: z.string(),
  timezone: z.string(),
  defaultLanguage: languageSchema,
  idleTimeoutSeconds: z.number().int().positive(),
  idleWarningSeconds: z.number().int().positive(),
  emergencyNumbers: z.array(emergencyNumberSchema),
  redsafe: z.strictObject({
    webUrl: z.url(),
    androidUrl: z.url(),
    iosUrl: z.url(),
    supportEmail: z.email(),
    /** RedSafe's information notice (how the ICRC processes RedSafe users' data). */
    noticeUrl: z.url(),
  }),
  /** True for the bundled sample site: screens mark phones and addresses "sample — verify before use". */
  isSample: z.boolean(),
  /** Languages the point serves (all four unless site.json says otherwise). */
  languages: z.array(languageSchema).optional(),
  /** Play each screen's heading clip when it opens (site.json `readAloud.autoPlayHeading`, default off). */
  autoPlayHeading: z.boolean().optional(),
  /** The visitor may scan their slip's QR with the kiosk's camera (site.json `visitorCamera`, default off). */
  visitorCamera: z.boolean().optional(),
});
export type SiteView = z.infer<typeof siteViewSchema>;
