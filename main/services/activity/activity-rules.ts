import type { ActivityInput } from '../../contract/index.js';
import type { OperationsConfig } from '../config/index.js';

/** How far back an operator may log (a week's missed entries, a month-end catch-up). */
export const MAX_BACKFILL_DAYS = 31;

const DAY_MS = 86_400_000;
const dayNumber = (isoDay: string): number => Date.parse(`${isoDay}T00:00:00Z`) / DAY_MS;

/**
 * Checks an entry against the site's configuration and the calendar. Returns the reason in plain
 * words (shown to staff), or null when the entry can be stored.
 */
export function activityProblem(entry: ActivityInput, operations: OperationsConfig, today: string): string | null {
  const type = operations.activityTypes.find((t) => t.id === entry.type);
  if (type === undefined) return `unknown activity type "${entry.type}"`;
  if (type.needsCategory && entry.category === undefined) return `"${entry.type}" needs a service category`;
  if (!type.needsCategory && entry.category !== undefined) return `"${entry.type}" takes no service category`;
  const age = dayNumber(today) - dayNumber(entry.day);
  if (age < 0) return 'the date is in the future';
  if (age > MAX_BACKFILL_DAYS) return `the date is more than ${MAX_BACKFILL_DAYS} days ago`;
  const cells = new Set<string>();
  for (const cell of entry.counts) {
    if (!operations.sexes.includes(cell.sex)) return `this site does not record sex "${cell.sex}"`;
    const key = `${cell.sex}/${cell.age}`;
    if (cells.has(key)) return `${key} is counted twice`;
    cells.add(key);
  }
  if (entry.counts.every((cell) => cell.count === 0)) return 'every count is zero';
  return null;
}
