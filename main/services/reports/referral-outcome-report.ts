import { REFERRAL_OUTCOMES, type Language } from '../../contract/index.js';
import type { SqlExecutor } from '../db/index.js';

import {
  byCategory,
  referralOutcomeCounts,
  referralOutcomeFigures,
  type ReferralOutcomeCounts,
  type ReferralOutcomeFigure,
} from './referral-outcome-figures.js';
import { OUTCOME_REASONS, type ReferralOutcomeTexts } from './referral-outcome-texts.js';
import type { CellValue, ColumnKind, ReportColumn, ReportTable } from './report-tables.js';
import { REPORT_TEXTS } from './report-texts.js';
import { suppressCount } from './suppression.js';

/** One category's referrals with one outcome and reason (`null`: the outcome takes none). */
export interface OutcomeReasonCount {
  readonly category: string;
  readonly outcome: string;
  readonly reason: string | null;
  readonly count: number;
}

/** What the follow-up part of a report is made from: exact counts, no labels, no codes. */
export interface ReferralOutcomeData {
  readonly services: readonly ReferralOutcomeCounts[];
  readonly reasons: readonly OutcomeReasonCount[];
}

/**
 * The period's referral outcomes, per service and per outcome and reason, from the ledger and
 * from the daily totals it is folded into (folding moves a referral: it is counted once).
 */
export async function loadReferralOutcomeData(db: SqlExecutor, from: string, to: string): Promise<ReferralOutcomeData> {
  const services = await referralOutcomeCounts(db, from, to);
  // The ledger keeps "no reason" as NULL, the daily totals as '' (part of their primary key).
  const rows = await db.all<{ category: string; outcome: string; reason: string; n: number }>(
    `SELECT category, outcome, reason, sum(n) AS n FROM (
       SELECT category, outcome, coalesce(reason, '') AS reason, count(*) AS n FROM referral
         WHERE day BETWEEN ? AND ? GROUP BY category, outcome, reason
       UNION ALL
       SELECT category, outcome, reason, sum(count) AS n FROM referral_outcome_daily
         WHERE day BETWEEN ? AND ? GROUP BY category, outcome, reason
     ) GROUP BY category, outcome, reason`,
    [from, to, from, to],
  );
  const outcomeOrder = (o: string): number => (REFERRAL_OUTCOMES as readonly string[]).indexOf(o);
  const reasonOrder = (r: string): number => (OUTCOME_REASONS as readonly string[]).indexOf(r);
  const reasons = rows
    .filter((row) => row.n > 0)
    .sort(
      (a, b) =>
        a.category.localeCompare(b.category) ||
        outcomeOrder(a.outcome) - outcomeOrder(b.outcome) ||
        reasonOrder(a.reason) - reasonOrder(b.reason),
    )
    .map((row) => ({
      category: row.category,
      outcome: row.outcome,
      reason: row.reason === '' ? null : row.reason,
      count: row.n,
    }));
  return { services, reasons };
}

/** The same counts summed over every category (category and service `*`). */
export function overall(services: readonly ReferralOutcomeCounts[]): ReferralOutcomeCounts {
  return (
    byCategory(services.map((s) => ({ ...s, category: '*' })))[0] ?? {
      category: '*',
      serviceId: '*',
      made: 0,
      known: 0,
      served: 0,
      wentNotServed: 0,
      didNotGo: 0,
    }
  );
}

/** Rows in reading order: all categories, then each category followed by its services. */
export function outcomeRows(data: ReferralOutcomeData, suppress: number | undefined): ReferralOutcomeFigure[] {
  const rows: ReferralOutcomeCounts[] = [overall(data.services)];
  for (const category of byCategory(data.services)) {
    rows.push(category, ...data.services.filter((s) => s.category === category.category));
  }
  return referralOutcomeFigures(rows, suppress);
}

export function categoryLabel(category: string, language: Language): string {
  const texts = REPORT_TEXTS[language];
  if (category === '*') return texts.referralOutcomes.allCategories;
  if (category === 'pathway') return texts.referralOutcomes.pathway;
  return (texts.categories as Readonly<Record<string, string>>)[category] ?? category;
}

/** 0.6667 → 66.7: a percentage a spreadsheet shows as it is, one decimal. */
export function percent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1000) / 10;
}

function reasonLabel(reason: string | null, texts: ReferralOutcomeTexts): string | null {
  if (reason === null) return null;
  return (texts.reasons as Readonly<Record<string, string>>)[reason] ?? reason;
}

/**
 * The two follow-up tables of the XLSX and CSV exports, in the report's language, with the
 * small-count rule applied to every count (and the served rate left out where it would undo it).
 */
export function referralOutcomeTables(
  data: ReferralOutcomeData,
  language: Language,
  suppress: number | undefined,
): ReportTable[] {
  const texts = REPORT_TEXTS[language].referralOutcomes;
  const c = texts.columns;
  const col = (header: string, hxl: string, kind: ColumnKind): ReportColumn => ({ header, hxl, kind });
  const outcomes = outcomeRows(data, suppress).map((f): CellValue[] => [
    categoryLabel(f.category, language),
    f.category,
    f.serviceId === '*' ? texts.allServices : f.serviceId,
    f.made,
    f.known,
    f.served,
    f.wentNotServed,
    f.didNotGo,
    percent(f.servedRate),
  ]);
  const reasons = data.reasons.map((r): CellValue[] => [
    categoryLabel(r.category, language),
    r.category,
    (texts.outcomes as Readonly<Record<string, string>>)[r.outcome] ?? r.outcome,
    r.outcome,
    reasonLabel(r.reason, texts),
    r.reason,
    suppressCount(r.count, suppress),
  ]);
  return [
    {
      id: 'referral-outcomes',
      title: texts.tables['referral-outcomes'],
      columns: [
        col(c.category, '#service +name', 'text'),
        col(c.categoryCode, '#service +code', 'text'),
        col(c.service, '#service +id', 'text'),
        col(c.made, '#indicator +num +referrals', 'count'),
        col(c.known, '#indicator +num +known', 'count'),
        col(c.served, '#indicator +num +served', 'count'),
        col(c.wentNotServed, '#indicator +num +not_served', 'count'),
        col(c.didNotGo, '#indicator +num +did_not_go', 'count'),
        col(c.servedPercent, '#indicator +pct +served', 'number'),
      ],
      rows: outcomes,
    },
    {
      id: 'referral-reasons',
      title: texts.tables['referral-reasons'],
      columns: [
        col(c.category, '#service +name', 'text'),
        col(c.categoryCode, '#service +code', 'text'),
        col(c.outcome, '#status +name', 'text'),
        col(c.outcomeCode, '#status +code', 'text'),
        col(c.reason, '#meta +reason', 'text'),
        col(c.reasonCode, '#meta +reason +code', 'text'),
        col(c.count, '#indicator +num +referrals', 'count'),
      ],
      rows: reasons,
    },
  ];
}

/** The report's tables with the follow-up ones before "About this report", which stays last. */
export function withReferralOutcomes(tables: readonly ReportTable[], outcomes: readonly ReportTable[]): ReportTable[] {
  const at = tables.findIndex((table) => table.id === 'metadata');
  return at === -1 ? [...tables, ...outcomes] : [...tables.slice(0, at), ...outcomes, ...tables.slice(at)];
}
