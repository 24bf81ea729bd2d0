import { z } from 'zod';

import {
  boundedString,
  CENTRAL_FORMATS,
  DEFAULT_DIRECTORY_REVERIFY_DAYS,
  serviceEntrySchema,
  TEXT_LIMITS,
} from '../../contract/index.js';

import { duplicateIds, type FieldProblem } from './field-problem.js';
import { checkOpeningHours } from './opening-hours.js';
import { schemaKeySchema } from './site-schema.js';

export const DEFAULT_CENTRAL_EVERY_MINUTES = 60;
export const DEFAULT_CENTRAL_TIMEOUT_SECONDS = 20;

/**
 * Plain http only for this machine (a test server or a local relay that itself fetches over
 * https); across a network the directory must come over https, or anyone on the way could change
 * the phones and addresses visitors are sent to.
 */
const centralUrlSchema = boundedString(TEXT_LIMITS.url)
  .check(z.url({ protocol: /^https?$/ }))
  .refine((url) => url.startsWith('https://') || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/|$)/.test(url), {
    message: 'expected an https:// address (http only for 127.0.0.1 or localhost)',
  })
  .describe('Where the coordinator publishes the directory for every point (https)');

export const centralSourceSchema = z
  .strictObject({
    url: centralUrlSchema,
    format: z
      .enum(CENTRAL_FORMATS)
      .describe(
        '"hsds": an HSDS 3.0 JSON service_list (as `kioskctl directory export --format hsds` writes); "kiosk": a directory.json',
      ),
    everyMinutes: z
      .number()
      .int()
      .min(5)
      .max(1440)
      .default(DEFAULT_CENTRAL_EVERY_MINUTES)
      .describe(
        `How often the kiosk asks the source, in minutes (5 to 1440, default ${DEFAULT_CENTRAL_EVERY_MINUTES})`,
      ),
    timeoutSeconds: z
      .number()
      .int()
      .min(1)
      .max(60)
      .default(DEFAULT_CENTRAL_TIMEOUT_SECONDS)
      .describe(
        `The most one request may take, connect to last byte, in seconds (1 to 60, default ${DEFAULT_CENTRAL_TIMEOUT_SECONDS})`,
      ),
  })
  .describe(
    "A directory kept by a coordinator for every point. Its entries are shown with this file's own: an entry here with the same id takes the central one's place, and closures and notices stay this point's",
  );
export type CentralSource = z.infer<typeof centralSourceSchema>;

export const directoryFileSchema = z
  .strictObject({
    $schema: schemaKeySchema,
    reverifyAfterDays: z
      .number()
      .int()
      .min(1)
      .max(3650)
      .optional()
      .describe(
        `An entry verified longer ago than this many days is flagged in the daily check (default ${DEFAULT_DIRECTORY_REVERIFY_DAYS})`,
      ),
    central: centralSourceSchema.optional(),
    services: z.array(serviceEntrySchema),
  })
  .describe('The vetted services the kiosk shows and refers to');
export type DirectoryConfig = z.infer<typeof directoryFileSchema>;

export const EMPTY_DIRECTORY: DirectoryConfig = { services: [] };

export function checkDirectory(directory: DirectoryConfig): FieldProblem[] {
  const problems = duplicateIds(directory.services, ['services'], 'Service');
  directory.services.forEach((service, index) => {
    const at = ['services', index];
    problems.push(...checkOpeningHours(service.openingHours, [...at, 'openingHours']));
    const { minAge, maxAge } = service.eligibility;
    if (minAge !== undefined && maxAge !== undefined && minAge > maxAge) {
      problems.push({
        path: [...at, 'eligibility', 'maxAge'],
        code: 'inconsistent',
        message: `maxAge (${maxAge}) is below minAge (${minAge})`,
      });
    }
  });
  return problems;
}
