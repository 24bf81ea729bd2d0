import type { CalendarNames, Language, OperatorRole, ServiceCategory, Sex, UsageMetric } from '../../contract/index.js';

import { TEXTS_EN } from './texts/en.js';
import { TEXTS_ES } from './texts/es.js';
import { TEXTS_FR } from './texts/fr.js';
import { TEXTS_HT } from './texts/ht.js';

export const TABLE_IDS = [
  'summary',
  'daily',
  'weekly',
  'talks',
  'referrals',
  'pathways',
  'usage',
  'checks',
  'incidents',
  'maintenance',
  'indicators',
  'metadata',
] as const;
export type TableId = (typeof TABLE_IDS)[number];

export const INCIDENT_KINDS = ['check_failed', 'printer_fault', 'renderer_crash', 'manual'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];
export const URGENCIES = ['immediate', '24h', '72h', '2w'] as const;
export type Urgency = (typeof URGENCIES)[number];

export type ColumnText =
  | 'activity'
  | 'activityCode'
  | 'sex'
  | 'total'
  | 'date'
  | 'week'
  | 'weekStart'
  | 'entries'
  | 'kioskSessions'
  | 'language'
  | 'category'
  | 'categoryCode'
  | 'people'
  | 'profile'
  | 'urgency'
  | 'count'
  | 'metric'
  | 'metricCode'
  | 'key'
  | 'startedAt'
  | 'finishedAt'
  | 'result'
  | 'kind'
  | 'subject'
  | 'openedAt'
  | 'closedAt'
  | 'occurrences'
  | 'downtimeMinutes'
  | 'role'
  | 'month'
  | 'field'
  | 'value';

export type MetaText =
  | 'site'
  | 'siteId'
  | 'organisation'
  | 'city'
  | 'timezone'
  | 'from'
  | 'to'
  | 'generatedAt'
  | 'appVersion'
  | 'schemaVersion'
  | 'language'
  | 'suppression'
  | 'adm1'
  | 'loc';

/**
 * Every word a report file holds, in one language. The four languages share this type, so a
 * missing text fails to compile; the parity test checks the `{{…}}` placeholders match.
 */
export interface ReportTexts {
  readonly calendar: CalendarNames;
  /** Sheet names too: at most 31 characters, none of `[]:*?/\`. */
  readonly tables: Readonly<Record<TableId, string>>;
  readonly columns: Readonly<Record<ColumnText, string>>;
  readonly meta: Readonly<Record<MetaText, string>>;
  readonly sexes: Readonly<Record<Sex, string>>;
  readonly ageUnknown: string;
  readonly otherLanguage: string;
  readonly categories: Readonly<Record<ServiceCategory, string>>;
  readonly metrics: Readonly<Record<UsageMetric, string>>;
  readonly incidentKinds: Readonly<Record<IncidentKind, string>>;
  readonly checkResults: Readonly<Record<'pass' | 'warn' | 'fail', string>>;
  readonly urgencies: Readonly<Record<Urgency, string>>;
  readonly roles: Readonly<Record<OperatorRole, string>>;
  readonly open: string;
  readonly suppression: {
    /** No rule: every count exact. */
    readonly none: string;
    /** `{{n}}` is the threshold, `{{max}}` = n − 1. */
    readonly rule: string;
  };
  readonly pdf: {
    readonly title: string;
    readonly period: string;
    readonly tiles: Readonly<Record<'people' | 'informed' | 'accounts' | 'talks' | 'referrals' | 'incidents', string>>;
    readonly downtime: string;
    readonly byActivity: string;
    readonly bySexAge: string;
    readonly weeklyTrend: string;
    readonly referralsByCategory: string;
    readonly footer: string;
    readonly page: string;
    readonly noData: string;
  };
}

export const REPORT_TEXTS: Readonly<Record<Language, ReportTexts>> = {
  es: TEXTS_ES,
  en: TEXTS_EN,
  fr: TEXTS_FR,
  ht: TEXTS_HT,
};

/** `{{name}}` placeholders filled from `values`; an unknown one stays visible rather than vanishing. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
    const value = values[key];
    return value === undefined ? whole : String(value);
  });
}
