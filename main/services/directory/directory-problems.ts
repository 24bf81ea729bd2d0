import type { z } from 'zod';

import type { DirectoryFieldProblem } from '../../contract/index.js';

/**
 * Turns schema issues into per-field problems the staff screen words in the staff member's
 * language: a path to the field and one of a few codes, never the schema's English message.
 */
export function zodToFieldProblems(issues: readonly z.core.$ZodIssue[], prefix = ''): DirectoryFieldProblem[] {
  return issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter((part) => part !== '').join('.'),
    code: problemCode(issue),
  }));
}

function problemCode(issue: z.core.$ZodIssue): DirectoryFieldProblem['code'] {
  if (issue.code === 'too_big') return 'too_long';
  if (issue.code === 'too_small' && issue.origin === 'string') return 'missing';
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'missing';
  if (issue.code === 'unrecognized_keys') return 'not_editable';
  return 'invalid';
}
