import { z } from 'zod';

import { pathwaySchema } from '../../contract/index.js';
import { checkPathwayGraph, checkPathwayContacts } from '../pathways/pathway-checks.js';

import type { DirectoryConfig } from './directory-schema.js';
import { duplicateIds, type FieldProblem } from './field-problem.js';
import { schemaKeySchema } from './site-schema.js';

/** Protection referral pathways by profile, agreed with local partners. Optional: without the file there are none. */
export const pathwaysFileSchema = z
  .strictObject({
    $schema: schemaKeySchema,
    pathways: z.array(pathwaySchema),
  })
  .describe('Protection referral pathways: per profile, the steps staff follow and whom they contact');
export type PathwaysConfig = z.infer<typeof pathwaysFileSchema>;

export const DEFAULT_PATHWAYS: PathwaysConfig = { pathways: [] };

/** Unique ids, and each pathway a proper flowchart: no dangling step, no cycle, nothing unreachable. */
export function checkPathways(config: PathwaysConfig): FieldProblem[] {
  const problems = duplicateIds(config.pathways, ['pathways'], 'Pathway');
  config.pathways.forEach((pathway, index) => {
    problems.push(...checkPathwayGraph(pathway, ['pathways', index]));
  });
  return problems;
}

/** Every contact must be a service of directory.json: checked once both files have loaded. */
export function checkPathwaysAgainstDirectory(config: PathwaysConfig, directory: DirectoryConfig): FieldProblem[] {
  const known = new Set(directory.services.map((service) => service.id));
  return config.pathways.flatMap((pathway, index) => checkPathwayContacts(pathway, known, ['pathways', index]));
}
