import { z } from 'zod';

import {
  emergencyNumberSchema,
  boundedString,
  emailSchema,
  httpsUrlSchema,
  isValidTimeZone,
  languageSchema,
  localizedTextSchema,
  slugSchema,
  TEXT_LIMITS,
  type SiteView,
} from '../../contract/index.js';

import { duplicateIds, type FieldProblem } from './field-problem.js';

/** Every config file may name its JSON Schema, so that editors complete and check it. */
export const schemaKeySchema = boundedString(TEXT_LIMITS.path)
  .optional()
  .describe('Path of the JSON Schema that editors use');

/** An issue code for a refinement; `issues.ts` reads it back from the zod issue. */
export const configCode = (code: 'invalid_value' | 'inconsistent') => ({ configCode: code });

export const MIN_IDLE_WARNING_SECONDS = 20;

export const siteFileSchema = z
  .strictObject({
    $schema: schemaKeySchema,
    id: slugSchema.describe('Identifier of this attention point (PAR), used in reports and on referral slips'),
    name: localizedTextSchema.describe('Name of the attention point as visitors see it, in the four languages'),
    organisation: boundedString(TEXT_LIMITS.name).trim().min(1).describe('Organisation that runs the attention point'),
    city: boundedString(TEXT_LIMITS.name).trim().min(1),
    timezone: boundedString(TEXT_LIMITS.name)
      .refine(isValidTimeZone, {
        message: 'not a known IANA timezone (for example "America/Mexico_City")',
        params: configCode('invalid_value'),
      })
      .describe('IANA timezone of the site: days for usage counters and "open now" are counted in it'),
    defaultLanguage: languageSchema.describe('Language shown before a visitor picks one'),
    idleTimeoutSeconds: z
      .number()
      .int()
      .min(30)
      .max(1800)
      .describe('Seconds without a touch before the session ends and everything is wiped'),
    idleWarningSeconds: z
      .number()
      .int()
      .min(MIN_IDLE_WARNING_SECONDS)
      .describe('Seconds before the idle timeout at which "I am still here" is offered; less than the timeout'),
    emergencyNumbers: z.array(emergencyNumberSchema).min(1).describe('Public emergency lines shown on every screen'),
    redsafe: z
      .strictObject({
        webUrl: httpsUrlSchema,
        androidUrl: httpsUrlSchema,
        iosUrl: httpsUrlSchema,
        supportEmail: emailSchema,
        noticeUrl: httpsUrlSchema
          .default('https://www.icrc.org/en/redsafe-information-notice')
          .describe("RedSafe's information notice (data protection), shown as a QR code on the privacy screen"),
      })
      .describe('Where visitors get RedSafe (shown as QR codes) and its support address'),
    sample: z
      .boolean()
      .describe('True for example data: screens mark phones and addresses "sample — verify before use"'),
    languages: z
      .array(languageSchema)
      .min(1)
      .default(['es', 'en', 'fr', 'ht'])
      .describe(
        'Languages this point serves. `kioskctl audio status` fails when a visitor screen has no read-aloud clip in one of them',
      ),
    readAloud: z
      .strictObject({
        autoPlayHeading: z
          .boolean()
          .default(false)
          .describe(
            "Play the clip of each screen's heading when the screen opens (off by default: a kiosk that talks unasked can embarrass)",
          ),
      })
      .default({ autoPlayHeading: false })
      .describe('Read-aloud settings of this point'),
    visitorCamera: z
      .boolean()
      .default(false)
      .describe(
        'Offer visitors "Scan the code on your paper" on the follow-up screen, where a camera is attached. The camera is on only while the visitor scans; frames are read in memory and never kept, sent or shown to staff. Off by default: a camera facing visitors is a choice each point makes, with a sign that says what it does',
      ),
    sensitiveTerms: z
      .array(z.string().trim().min(2).max(40))
      .max(200)
      .optional()
      .describe(
        "Words of this site, in any of the four languages, that must not reach paper (e.g. a local group whose name states a harm). Added to the kiosk's own list of sensitive terms; `kioskctl config validate` warns when a printed text holds one. A trailing * matches any word that starts so",
      ),
  })
  .describe('The attention point (PAR) this kiosk serves');

export type SiteConfig = z.infer<typeof siteFileSchema>;

export function checkSite(site: SiteConfig): FieldProblem[] {
  const problems = duplicateIds(site.emergencyNumbers, ['emergencyNumbers'], 'Emergency number');
  if (site.idleWarningSeconds >= site.idleTimeoutSeconds) {
    problems.push({
      path: ['idleWarningSeconds'],
      code: 'inconsistent',
      message: `must be less than idleTimeoutSeconds (${site.idleTimeoutSeconds}), or the warning could never be shown`,
    });
  }
  return problems;
}

/** What the UI may see of the site: no PIN policy, printers or credentials ever travel here. */
export function siteView(site: SiteConfig): SiteView {
  return {
    id: site.id,
    name: { ...site.name },
    organisation: site.organisation,
    city: site.city,
    timezone: site.timezone,
    defaultLanguage: site.defaultLanguage,
    idleTimeoutSeconds: site.idleTimeoutSeconds,
    idleWarningSeconds: site.idleWarningSeconds,
    emergencyNumbers: site.emergencyNumbers,
    redsafe: site.redsafe,
    isSample: site.sample,
    languages: site.languages,
    autoPlayHeading: site.readAloud.autoPlayHeading,
    visitorCamera: site.visitorCamera,
  };
}
