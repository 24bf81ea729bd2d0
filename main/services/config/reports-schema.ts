import { z } from 'zod';

import type { FieldProblem } from './field-problem.js';
import { schemaKeySchema } from './site-schema.js';

/** How supervisors' activity reports are made: paper size, separators, suppression defaults and HXL tags. Optional: without the file the kiosk uses the defaults below. */
export const reportsFileSchema = z.strictObject({
  $schema: schemaKeySchema,
});
export type ReportsConfig = z.infer<typeof reportsFileSchema>;

export const DEFAULT_REPORTS: ReportsConfig = {};

// Nothing spans several fields yet.
export function checkReports(): FieldProblem[] {
  return [];
}
