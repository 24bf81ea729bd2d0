import type { ConfigIssueCode } from '../../contract/index.js';

/** A problem found by a check that needs more than one field (unique ids, warning < timeout, …). */
export interface FieldProblem {
  readonly path: readonly (string | number)[];
  readonly code: ConfigIssueCode;
  readonly message: string;
}

/** Reports every repeated id at the place of its second and later uses. */
export function duplicateIds(
  items: readonly { readonly id: string }[],
  at: readonly (string | number)[],
  what: string,
): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      problems.push({
        path: [...at, index, 'id'],
        code: 'inconsistent',
        message: `${what} id "${item.id}" is used twice`,
      });
    }
    seen.add(item.id);
  });
  return problems;
}
