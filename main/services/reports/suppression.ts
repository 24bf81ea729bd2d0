/**
 * Small-cell suppression. With a threshold N, a count from 1 to N−1 is shown as the text `<N`
 * (it could point to one person: one woman over 60 on a given day); 0 stays 0, since an empty
 * cell reveals nobody; N and above are exact. Totals go through the same rule, computed from
 * the exact counts. Without a threshold every count is exact (internal indicator exports).
 */
export type ShownCount = number | `<${number}`;

export function suppressCount(count: number, threshold: number | undefined): ShownCount {
  if (threshold === undefined || count === 0 || count >= threshold) return count;
  return `<${threshold}`;
}

/** The number a chart may draw: a suppressed cell draws as 0, never as its exact value. */
export function chartValue(count: number, threshold: number | undefined): number {
  const shown = suppressCount(count, threshold);
  return typeof shown === 'number' ? shown : 0;
}
