import { AGE_BRACKETS, ENDONYMS, LANGUAGES, type Language } from '../../contract/index.js';

import type { ReportFigures } from './report-figures.js';
import { cellKey } from './report-figures.js';
import type { MonthlyIndicators } from './monthly-indicators.js';
import type { ReferralOutcomeTableId } from './referral-outcome-texts.js';
import { fill, REPORT_TEXTS, type IncidentKind, type ReportTexts, type TableId } from './report-texts.js';
import { suppressCount } from './suppression.js';

/**
 * `count`: people (small-cell rule applies); `number`: other quantities (sessions, minutes);
 * `date`: a `YYYY-MM-DD` string; `datetime`: an instant (Date), written in the site's time.
 */
export type ColumnKind = 'text' | 'count' | 'number' | 'date' | 'datetime';
export type CellValue = string | number | Date | null;

export interface ReportColumn {
  readonly header: string;
  readonly hxl: string;
  readonly kind: ColumnKind;
}

/** Tables another area adds after the report's own (turns: `turn-report.ts`). */
export type ExtraTableId = 'turns';

export interface ReportTable {
  readonly id: TableId | ExtraTableId | ReferralOutcomeTableId;
  readonly title: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly (readonly CellValue[])[];
}

export interface ReportMeta {
  readonly siteId: string;
  readonly siteName: string;
  readonly organisation: string;
  readonly city: string;
  readonly appVersion: string;
  readonly generatedAt: Date;
  readonly adm1: string | undefined;
  readonly loc: string | undefined;
}

const attribute = (code: string): string => code.toLowerCase().replace(/[^a-z0-9]+/g, '_');
const AGE_ATTRIBUTES: Readonly<Record<(typeof AGE_BRACKETS)[number], string>> = {
  '0-4': '+age0_4',
  '5-11': '+age5_11',
  '12-17': '+age12_17',
  '18-59': '+age18_59',
  '60+': '+age60plus',
  unknown: '+age_unknown',
};
const SEX_ATTRIBUTES: Readonly<Record<string, string>> = { female: '+f', male: '+m' };

export function ageLabel(age: (typeof AGE_BRACKETS)[number], texts: ReportTexts): string {
  return age === 'unknown' ? texts.ageUnknown : age.replace('-', '–');
}

export function activityLabel(figures: ReportFigures, id: string, language: Language): string {
  return figures.types.find((t) => t.id === id)?.type?.label[language] ?? id;
}

function languageLabel(code: string, texts: ReportTexts): string {
  return (LANGUAGES as readonly string[]).includes(code) ? ENDONYMS[code as Language] : texts.otherLanguage;
}

/** The small-count rule in words, as the metadata table and the PDF state it. */
export function suppressionText(texts: ReportTexts, suppress: number | undefined): string {
  return suppress === undefined
    ? texts.suppression.none
    : fill(texts.suppression.rule, { n: suppress, max: suppress - 1 });
}

/** Every table of a report, in the report's language, with the small-cell rule already applied. */
export function buildTables(
  figures: ReportFigures,
  indicators: readonly MonthlyIndicators[],
  meta: ReportMeta,
  language: Language,
  suppress: number | undefined,
): ReportTable[] {
  const texts = REPORT_TEXTS[language];
  const c = texts.columns;
  const n = (count: number): CellValue => suppressCount(count, suppress);
  const col = (header: string, hxl: string, kind: ColumnKind): ReportColumn => ({ header, hxl, kind });
  const table = (id: TableId, columns: ReportColumn[], rows: CellValue[][]): ReportTable => ({
    id,
    title: texts.tables[id],
    columns,
    rows,
  });
  const typeColumns = figures.types.map((t) =>
    col(activityLabel(figures, t.id, language), `#reached +${attribute(t.id)}`, 'count'),
  );
  const periodRows = (rows: ReportFigures['daily'], weekly: boolean): CellValue[][] =>
    rows.map((row) => [
      ...(weekly ? [row.week] : []),
      row.day,
      ...figures.types.map((t) => n(row.byType.get(t.id) ?? 0)),
      n(row.people),
      row.entries,
      row.sessions,
    ]);
  const periodTail = [
    col(c.total, '#reached +total', 'count'),
    col(c.entries, '#meta +entries', 'number'),
    col(c.kioskSessions, '#indicator +num +sessions', 'number'),
  ];

  const summaryRows: CellValue[][] = [];
  for (const { id } of figures.types) {
    for (const sex of figures.sexes) {
      const counts = AGE_BRACKETS.map((age) => figures.cells.get(cellKey(id, sex, age)) ?? 0);
      summaryRows.push([
        activityLabel(figures, id, language),
        id,
        texts.sexes[sex],
        ...counts.map(n),
        n(counts.reduce((a, b) => a + b, 0)),
      ]);
    }
  }

  const indicatorColumns: string[] = [];
  for (const month of indicators) {
    for (const { column } of month.values) if (!indicatorColumns.includes(column)) indicatorColumns.push(column);
  }

  const kind = (k: IncidentKind): string => texts.incidentKinds[k];
  const suppression = suppressionText(texts, suppress);

  return [
    table(
      'summary',
      [
        col(c.activity, '#activity +name', 'text'),
        col(c.activityCode, '#activity +code', 'text'),
        col(c.sex, '#meta +sex', 'text'),
        ...AGE_BRACKETS.map((age) => col(ageLabel(age, texts), `#reached ${AGE_ATTRIBUTES[age]}`, 'count')),
        col(c.total, '#reached +total', 'count'),
      ],
      summaryRows,
    ),
    table('daily', [col(c.date, '#date', 'date'), ...typeColumns, ...periodTail], periodRows(figures.daily, false)),
    table(
      'weekly',
      [col(c.week, '#date +week', 'text'), col(c.weekStart, '#date +start', 'date'), ...typeColumns, ...periodTail],
      periodRows(figures.weekly, true),
    ),
    table(
      'talks',
      [
        col(c.date, '#date', 'date'),
        col(c.activity, '#activity +name', 'text'),
        col(c.language, '#meta +language', 'text'),
        ...figures.sexes.map((sex) => col(texts.sexes[sex], `#reached ${SEX_ATTRIBUTES[sex] ?? `+${sex}`}`, 'count')),
        col(c.total, '#reached +total', 'count'),
      ],
      figures.talks.map((talk) => [
        talk.day,
        activityLabel(figures, talk.type, language),
        languageLabel(talk.language, texts),
        ...figures.sexes.map((sex) => n(talk.bySex.get(sex) ?? 0)),
        n(talk.people),
      ]),
    ),
    table(
      'referrals',
      [
        col(c.category, '#service +name', 'text'),
        col(c.categoryCode, '#service +code', 'text'),
        col(c.people, '#reached +total', 'count'),
        col(c.entries, '#meta +entries', 'number'),
      ],
      figures.referrals.map((r) => [
        (texts.categories as Readonly<Record<string, string>>)[r.category] ?? r.category,
        r.category,
        n(r.people),
        r.entries,
      ]),
    ),
    table(
      'pathways',
      [
        col(c.profile, '#meta +profile', 'text'),
        col(c.urgency, '#meta +urgency', 'text'),
        col(c.count, '#indicator +num +referrals', 'count'),
      ],
      figures.data.pathways.map((p) => [p.profile, texts.urgencies[p.urgency], n(p.count)]),
    ),
    table(
      'usage',
      [
        col(c.metric, '#indicator +name', 'text'),
        col(c.metricCode, '#indicator +code', 'text'),
        col(c.key, '#meta +key', 'text'),
        col(c.count, '#indicator +num', 'number'),
      ],
      figures.usage.map((u) => [
        (texts.metrics as Readonly<Record<string, string>>)[u.metric] ?? u.metric,
        u.metric,
        u.key,
        u.count,
      ]),
    ),
    table(
      'checks',
      [
        col(c.startedAt, '#date +start', 'datetime'),
        col(c.finishedAt, '#date +end', 'datetime'),
        col(c.result, '#status', 'text'),
      ],
      figures.data.checks.map((check) => [check.startedAt, check.finishedAt, texts.checkResults[check.summary]]),
    ),
    table(
      'incidents',
      [
        col(c.kind, '#meta +kind', 'text'),
        col(c.subject, '#meta +subject', 'text'),
        col(c.openedAt, '#date +start', 'datetime'),
        col(c.closedAt, '#date +end', 'datetime'),
        col(c.occurrences, '#indicator +num +occurrences', 'number'),
        col(c.downtimeMinutes, '#indicator +num +minutes', 'number'),
      ],
      figures.incidents.map((i) => [
        kind(i.kind),
        i.subject,
        i.openedAt,
        i.closedAt ?? texts.open,
        i.occurrences,
        i.downtimeMinutes,
      ]),
    ),
    table(
      'maintenance',
      [col(c.date, '#date', 'date'), col(c.kind, '#activity +code', 'text'), col(c.role, '#meta +role', 'text')],
      figures.data.maintenance.map((m) => [m.day, m.kind, texts.roles[m.role]]),
    ),
    table(
      'indicators',
      [
        col(c.month, '#date +month', 'text'),
        ...indicatorColumns.map((name) => col(name, `#indicator +num +${attribute(name)}`, 'count')),
      ],
      indicators.map((month) => [
        month.month,
        ...indicatorColumns.map((name) => {
          const value = month.values.find((v) => v.column === name)?.value;
          return value === undefined ? null : n(value);
        }),
      ]),
    ),
    table(
      'metadata',
      [col(c.field, '#meta +field', 'text'), col(c.value, '#meta +value', 'text')],
      [
        [texts.meta.site, meta.siteName],
        [texts.meta.siteId, meta.siteId],
        [texts.meta.organisation, meta.organisation],
        [texts.meta.city, meta.city],
        [texts.meta.adm1, meta.adm1 ?? ''],
        [texts.meta.loc, meta.loc ?? ''],
        [texts.meta.timezone, figures.data.timeZone],
        [texts.meta.from, figures.data.period.from],
        [texts.meta.to, figures.data.period.to],
        [texts.meta.generatedAt, meta.generatedAt],
        [texts.meta.appVersion, meta.appVersion],
        [texts.meta.schemaVersion, String(figures.data.schemaVersion)],
        [texts.meta.language, ENDONYMS[language]],
        [texts.meta.suppression, suppression],
      ],
    ),
  ];
}
