import type { TurnNeed, TurnPriorityFlag } from '../../contract/index.js';

/** What the call order looks at: the need, the tapped flag and the arrival order of the day. */
export interface Orderable {
  readonly need: TurnNeed;
  readonly priority: TurnPriorityFlag | null;
  readonly seq: number;
}

export interface PriorityRules {
  readonly priorityNeeds: readonly TurnNeed[];
  readonly priorityFlags: readonly TurnPriorityFlag[];
}

/**
 * The call order: priority needs (urgent or private by default) first, then a configured priority
 * flag, then arrival. A flag the site does not offer (any more) counts for nothing.
 */
export function callOrder<T extends Orderable>(turns: readonly T[], rules: PriorityRules): T[] {
  const rank = (turn: T): [number, number, number] => [
    rules.priorityNeeds.includes(turn.need) ? 0 : 1,
    turn.priority !== null && rules.priorityFlags.includes(turn.priority) ? 0 : 1,
    turn.seq,
  ];
  return [...turns].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2];
  });
}

/** 001 … 999, then 001 again: three digits read the same in every language. */
export function turnNumber(seq: number): string {
  return String(((seq - 1) % 999) + 1).padStart(3, '0');
}

/**
 * The nearest-rank percentile of already sorted values (p in 0..100), rounded to a tenth; null
 * for no values. Nearest-rank, not interpolation: the figure is always a wait someone had.
 */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const index = Math.max(0, Math.ceil((p / 100) * sorted.length) - 1);
  const value = sorted[Math.min(index, sorted.length - 1)] ?? 0;
  return Math.round(value * 10) / 10;
}
