import { lowersRule, type ReportRule, type ReportTotals, type Suppression } from '../../contract/index.js';

import type { ExactTotals } from './report-figures.js';

/**
 * Small-cell suppression. With a threshold N, a count from 1 to N−1 is shown as the text `<N`
 * (it could point to one person: one woman over 60 on a given day); 0 stays 0, since an empty
 * cell reveals nobody; N and above are exact. Totals go through the same rule, computed from
 * the exact counts. Without a threshold every count is exact (a rule lowered by a supervisor).
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

/** The threshold of a rule as the writers take it (`undefined`: exact counts). */
export function thresholdOf(rule: Suppression): number | undefined {
  return rule ?? undefined;
}

/** The rule an export or preview would apply now: the site's, unless one is chosen for it. */
export function ruleFor(site: Suppression, chosen: Suppression | undefined): ReportRule {
  return { site, applied: chosen === undefined ? site : chosen };
}

/** `<5 (site rule)`, `exact (site rule <5, lowered)`: the rule in one line for audit and stderr. */
export function describeRule(rule: ReportRule): string {
  const shown = (s: Suppression): string => (s === null ? 'exact counts' : `counts below ${s} shown as <${s}`);
  if (rule.applied === rule.site) return `${shown(rule.applied)} (site rule)`;
  const how = lowersRule(rule) ? 'lowered' : 'stricter';
  return `${shown(rule.applied)} (${how}; site rule: ${shown(rule.site)})`;
}

/** The preview's totals under `rule`: people counts shown as the files will show them. */
export function shownTotals(totals: ExactTotals, rule: ReportRule): ReportTotals {
  const n = (count: number): ShownCount => suppressCount(count, thresholdOf(rule.applied));
  return {
    ...totals,
    people: n(totals.people),
    byActivity: totals.byActivity.map((a) => ({ type: a.type, people: n(a.people) })),
    talks: n(totals.talks),
    referrals: n(totals.referrals),
    rule,
  };
}
