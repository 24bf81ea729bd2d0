import type { Pathway, PathwayStep } from '../../contract/index.js';
import { duplicateIds, type FieldProblem } from '../config/field-problem.js';

type Path = readonly (string | number)[];

/** The steps a step leads to, each with the path of the field that names it. */
export function successors(step: PathwayStep): { readonly next: string; readonly field: Path }[] {
  if (step.branches !== undefined)
    return step.branches.map((branch, i) => ({ next: branch.next, field: ['branches', i, 'next'] }));
  return step.next === undefined ? [] : [{ next: step.next, field: ['next'] }];
}

/**
 * Checks that a pathway is a flowchart staff can walk to an end: step ids unique, every `next`
 * names a step, no step both continues and branches, no cycle (a walk would never end), every step
 * reachable from the first, and at least one final step.
 */
export function checkPathwayGraph(pathway: Pathway, at: Path): FieldProblem[] {
  const problems = duplicateIds(pathway.steps, [...at, 'steps'], 'Step');
  const index = new Map<string, number>();
  pathway.steps.forEach((step, i) => {
    if (!index.has(step.id)) index.set(step.id, i);
  });

  pathway.steps.forEach((step, i) => {
    if (step.next !== undefined && step.branches !== undefined) {
      problems.push({
        path: [...at, 'steps', i, 'next'],
        code: 'inconsistent',
        message: `step "${step.id}" has both "next" and "branches": give one of them`,
      });
    }
    for (const { next, field } of successors(step)) {
      if (!index.has(next)) {
        problems.push({
          path: [...at, 'steps', i, ...field],
          code: 'inconsistent',
          message: `step "${step.id}" leads to "${next}", which is not a step of this pathway`,
        });
      } else if (next === step.id) {
        problems.push({
          path: [...at, 'steps', i, ...field],
          code: 'inconsistent',
          message: `step "${step.id}" leads to itself`,
        });
      }
    }
  });
  if (problems.length > 0) return problems;

  // Depth-first from the first step: a step met again while still on the current path closes a cycle.
  const onPath = new Set<string>();
  const seen = new Set<string>();
  const visit = (id: string): void => {
    const i = index.get(id);
    const step = i === undefined ? undefined : pathway.steps[i];
    if (step === undefined || i === undefined) return;
    onPath.add(id);
    seen.add(id);
    for (const { next, field } of successors(step)) {
      if (onPath.has(next)) {
        problems.push({
          path: [...at, 'steps', i, ...field],
          code: 'inconsistent',
          message: `step "${id}" leads back to "${next}": a pathway must not loop`,
        });
      } else if (!seen.has(next)) visit(next);
    }
    onPath.delete(id);
  };
  const first = pathway.steps[0];
  if (first !== undefined) visit(first.id);

  pathway.steps.forEach((step, i) => {
    if (!seen.has(step.id)) {
      problems.push({
        path: [...at, 'steps', i, 'id'],
        code: 'inconsistent',
        message: `step "${step.id}" cannot be reached from the first step "${first?.id ?? ''}"`,
      });
    }
  });
  return problems;
}

/** Contacts must name services of the directory; reported on pathways.json where they are named. */
export function checkPathwayContacts(pathway: Pathway, known: ReadonlySet<string>, at: Path): FieldProblem[] {
  return pathway.steps.flatMap((step, i) =>
    step.contacts.flatMap((contact, c) =>
      known.has(contact)
        ? []
        : [
            {
              path: [...at, 'steps', i, 'contacts', c],
              code: 'inconsistent' as const,
              message: `"${contact}" is not a service id of directory.json`,
            },
          ],
    ),
  );
}
