import type { Result } from '../../contract/index.js';

/** One month's indicators, under the column names the site's KoboToolbox form uses. */
export interface MonthlyIndicators {
  /** `YYYY-MM`, in the site's timezone. */
  readonly month: string;
  readonly values: readonly { readonly column: string; readonly value: number }[];
}

/**
 * Where the monthly indicators come from. Both the XLSX report (its indicators sheet) and the
 * KoboToolbox submission read them through this one interface, so the figures a supervisor
 * downloads and the figures the form receives are the same computation.
 */
export interface MonthlyIndicatorSource {
  /** Every month that overlaps the period `from`..`to` (site days, inclusive), in order. */
  forPeriod(from: string, to: string): Promise<Result<readonly MonthlyIndicators[]>>;
}
