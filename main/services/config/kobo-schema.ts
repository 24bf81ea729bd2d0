import { z } from 'zod';

import type { FieldProblem } from './field-problem.js';
import { schemaKeySchema } from './site-schema.js';

/** Where and how the monthly indicators are submitted to KoboToolbox, and which form columns they fill. Optional: without the file the kiosk uses the defaults below. */
export const koboFileSchema = z.strictObject({
  $schema: schemaKeySchema,
});
export type KoboConfig = z.infer<typeof koboFileSchema>;

export const DEFAULT_KOBO: KoboConfig = {};

// Nothing spans several fields yet.
export function checkKobo(): FieldProblem[] {
  return [];
}
