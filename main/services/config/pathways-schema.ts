import { z } from 'zod';

import type { FieldProblem } from './field-problem.js';
import { schemaKeySchema } from './site-schema.js';

/** Protection referral pathways by profile, agreed with local partners. Optional: without the file the kiosk uses the defaults below. */
export const pathwaysFileSchema = z.strictObject({
  $schema: schemaKeySchema,
});
export type PathwaysConfig = z.infer<typeof pathwaysFileSchema>;

export const DEFAULT_PATHWAYS: PathwaysConfig = {};

// Nothing spans several fields yet.
export function checkPathways(): FieldProblem[] {
  return [];
}
