import { z } from 'zod';

import { serviceClosureSchema, serviceNoticeSchema } from '../../contract/index.js';

import type { FieldProblem } from './field-problem.js';
import { schemaKeySchema } from './site-schema.js';

/**
 * Closures and notices staff set from the kiosk. A separate file from `directory.json` so a
 * future shared directory can replace the entries and keep what this point decided locally.
 * Entries naming a service the directory no longer has are ignored, not refused: removing a
 * service from the directory must not break this file.
 */
export const directoryLocalFileSchema = z
  .strictObject({
    $schema: schemaKeySchema,
    closures: z.array(serviceClosureSchema).max(500).default([]),
    notices: z.array(serviceNoticeSchema).max(500).default([]),
  })
  .describe('Temporary closures and short notices set by staff on this kiosk');
export type DirectoryLocalConfig = z.infer<typeof directoryLocalFileSchema>;

export const EMPTY_DIRECTORY_LOCAL: DirectoryLocalConfig = { closures: [], notices: [] };

/** One closure and one notice per service: a second one would leave visitors guessing which holds. */
export function checkDirectoryLocal(local: DirectoryLocalConfig): FieldProblem[] {
  return [
    ...oncePerService(local.closures, 'closures', 'closure'),
    ...oncePerService(local.notices, 'notices', 'notice'),
  ];
}

function oncePerService(items: readonly { serviceId: string }[], at: string, what: string): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.serviceId)) {
      problems.push({
        path: [at, index, 'serviceId'],
        code: 'inconsistent',
        message: `service "${item.serviceId}" has a second ${what}`,
      });
    }
    seen.add(item.serviceId);
  });
  return problems;
}
