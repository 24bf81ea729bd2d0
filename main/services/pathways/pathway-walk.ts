import {
  err,
  higherUrgency,
  ok,
  type Pathway,
  type PathwayWalk,
  type Result,
  type Urgency,
} from '../../contract/index.js';

import { successors } from './pathway-checks.js';

export interface WalkOutcome {
  /** The most pressing urgency among the steps that applied. */
  readonly urgency: Urgency;
  /** Services named by the steps that applied, in the order first named. */
  readonly contacts: readonly string[];
}

/**
 * Checks that a walk is one the pathway allows (its first step, then each step a successor of the
 * one before, ending on a final step) and sums it up. Steps marked "not applicable" add neither
 * urgency nor contacts; a walk where nothing applied refers nobody.
 */
export function summariseWalk(pathway: Pathway, walk: PathwayWalk): Result<WalkOutcome> {
  const byId = new Map(pathway.steps.map((s) => [s.id, s]));
  if (walk[0]?.id !== pathway.steps[0]?.id) {
    return err('INVALID_PAYLOAD', `walk: must start at "${pathway.steps[0]?.id ?? ''}"`);
  }
  let urgency: Urgency | undefined;
  const contacts: string[] = [];
  for (const [i, entry] of walk.entries()) {
    const step = byId.get(entry.id);
    if (step === undefined) return err('INVALID_PAYLOAD', `walk[${i}]: no step "${entry.id}" in ${pathway.id}`);
    const following = successors(step).map((s) => s.next);
    const next = walk[i + 1];
    if (next === undefined && following.length > 0) {
      return err('INVALID_PAYLOAD', `walk: ends at "${step.id}", which is not a final step`);
    }
    if (next !== undefined && !following.includes(next.id)) {
      return err('INVALID_PAYLOAD', `walk[${i + 1}]: "${next.id}" does not follow "${step.id}"`);
    }
    if (entry.state === 'not_applicable') continue;
    urgency = urgency === undefined ? step.urgency : higherUrgency(urgency, step.urgency);
    for (const contact of step.contacts) if (!contacts.includes(contact)) contacts.push(contact);
  }
  if (urgency === undefined) return err('INVALID_PAYLOAD', 'walk: every step is marked not applicable');
  return ok({ urgency, contacts });
}
