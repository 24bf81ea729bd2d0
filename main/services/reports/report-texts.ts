import { z } from 'zod';

import {
  LANGUAGES,
  OPERATOR_ROLES,
  SERVICE_CATEGORIES,
  SEXES,
  USAGE_METRICS,
  type CalendarNames,
  type Language,
  type OperatorRole,
  type ServiceCategory,
  type Sex,
  type UsageMetric,
} from '../../contract/index.js';
import { CALENDAR_TEXTS, NUMERIC_CALENDAR } from '../texts/calendar-texts.js';
import { template, text, textsFor } from '../texts/text-schemas.js';
import { textSet, type TextSource } from '../texts/text-set.js';

import { referralOutcomeTextsSchema, type ReferralOutcomeTexts } from './referral-outcome-texts.js';

export { fill } from '../texts/fill.js';

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
 * Every word a report file holds, in one language: `locales/reports/<lang>.json`, validated
 * against the schema below when first used, plus the month and weekday names of the screens'
 * locale file (`calendar`), which slips and screens use too. See docs/texts.md.
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
  /** The referral follow-up tables and PDF section (referral-outcome-texts.ts). */
  readonly referralOutcomes: ReferralOutcomeTexts;
}

/** The keys of a union that has no list at run time; a missing or extra key fails to compile. */
const keysOf = <K extends string>(keys: Readonly<Record<K, true>>): K[] => Object.keys(keys) as K[];

const COLUMN_KEYS = keysOf<ColumnText>({
  activity: true,
  activityCode: true,
  sex: true,
  total: true,
  date: true,
  week: true,
  weekStart: true,
  entries: true,
  kioskSessions: true,
  language: true,
  category: true,
  categoryCode: true,
  people: true,
  profile: true,
  urgency: true,
  count: true,
  metric: true,
  metricCode: true,
  key: true,
  startedAt: true,
  finishedAt: true,
  result: true,
  kind: true,
  subject: true,
  openedAt: true,
  closedAt: true,
  occurrences: true,
  downtimeMinutes: true,
  role: true,
  month: true,
  field: true,
  value: true,
});
const META_KEYS = keysOf<MetaText>({
  site: true,
  siteId: true,
  organisation: true,
  city: true,
  timezone: true,
  from: true,
  to: true,
  generatedAt: true,
  appVersion: true,
  schemaVersion: true,
  language: true,
  suppression: true,
  adm1: true,
  loc: true,
});

/** Sheet names: at most 31 characters, none of `[]:*?/\` (Excel refuses the workbook otherwise). */
const sheetName = (): z.ZodType<string> =>
  text()
    .refine((name) => name.length <= 31, 'is longer than the 31 characters of a sheet name')
    .refine((name) => !/[[\]:*?/\\]/.test(name), 'has a character a sheet name may not hold: []:*?/\\');

const reportFileSchema = z.object({
  tables: z.object(Object.fromEntries(TABLE_IDS.map((id) => [id, sheetName()]))) as unknown as z.ZodType<
    Readonly<Record<TableId, string>>
  >,
  columns: textsFor(COLUMN_KEYS),
  meta: textsFor(META_KEYS),
  sexes: textsFor(SEXES),
  ageUnknown: text(),
  otherLanguage: text(),
  categories: textsFor(SERVICE_CATEGORIES),
  metrics: textsFor(USAGE_METRICS),
  incidentKinds: textsFor(INCIDENT_KINDS),
  checkResults: textsFor(['pass', 'warn', 'fail'] as const),
  urgencies: textsFor(URGENCIES),
  roles: textsFor(OPERATOR_ROLES),
  open: text(),
  suppression: z.object({ none: text(), rule: template('n', 'max') }),
  pdf: z.object({
    title: text(),
    period: template('from', 'to'),
    tiles: textsFor(['people', 'informed', 'accounts', 'talks', 'referrals', 'incidents'] as const),
    downtime: template('minutes'),
    byActivity: text(),
    bySexAge: text(),
    weeklyTrend: text(),
    referralsByCategory: text(),
    footer: template('site', 'period', 'generated'),
    page: template('page', 'pages'),
    noData: text(),
  }),
  referralOutcomes: referralOutcomeTextsSchema,
}) satisfies z.ZodType<Omit<ReportTexts, 'calendar'>>;

export const REPORT_TEXT_SOURCE: TextSource<Omit<ReportTexts, 'calendar'>> = {
  namespace: 'reports',
  schema: reportFileSchema,
};
export const REPORT_TEXT_SET = textSet(REPORT_TEXT_SOURCE);

/** One language's report words, with the calendar names of its screens' file (digits if that is bad). */
export function reportTexts(language: Language): ReportTexts {
  return { ...REPORT_TEXT_SET.get(language), calendar: CALENDAR_TEXTS.own(language) ?? NUMERIC_CALENDAR };
}

/** `REPORT_TEXTS[language]`, each language read from its file when first used. */
export const REPORT_TEXTS: Readonly<Record<Language, ReportTexts>> = Object.freeze(
  Object.defineProperties(
    {} as Record<Language, ReportTexts>,
    Object.fromEntries(LANGUAGES.map((language) => [language, { enumerable: true, get: () => reportTexts(language) }])),
  ),
);
