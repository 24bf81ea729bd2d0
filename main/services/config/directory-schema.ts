import { z } from 'zod';

import { DEFAULT_DIRECTORY_REVERIFY_DAYS, serviceEntrySchema } from '../../contract/index.js';

import { duplicateIds, type FieldProblem } from './field-problem.js';
import { checkOpeningHours } from './opening-hours.js';
import { schemaKeySchema } from './site-schema.js';

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
