import {
  addDays,
  isoWeekLabel,
  isoWeekStart,
  type ActivityType,
  type AgeBracket,
  type Sex,
} from '../../contract/index.js';
import type { ReportsConfig } from '../config/index.js';

import { downtimeMinutes } from './downtime.js';
import type { ReportData, ReportIncident } from './report-data.js';

export interface PeriodRow {
  /** The day, or the Monday of the week. */
  readonly day: string;
  readonly week: string;
  readonly byType: ReadonlyMap<string, number>;
  readonly people: number;
  readonly entries: number;
  readonly sessions: number;
}

/** The period's totals, exact: the small-count rule is applied where they are shown. */
export interface ExactTotals {
  readonly from: string;
  readonly to: string;
  readonly days: number;
  readonly people: number;
  readonly entries: number;
  readonly byActivity: readonly { readonly type: string; readonly people: number }[];
  readonly talks: number;
  readonly referrals: number;
  readonly incidents: number;
  readonly downtimeMinutes: number;
  readonly kioskSessions: number;
}

/** The exact figures of a report, computed once and shared by the preview and every format. */
export interface ReportFigures {
  readonly data: ReportData;
  /** The configured types in their order, then any type found in the data but no longer configured. */
  readonly types: readonly { readonly id: string; readonly type: ActivityType | undefined }[];
  readonly sexes: readonly Sex[];
  /** `type/sex/age` → people. */
  readonly cells: ReadonlyMap<string, number>;
  readonly daily: readonly PeriodRow[];
  readonly weekly: readonly PeriodRow[];
  readonly talks: readonly {
    readonly day: string;
    readonly type: string;
    readonly language: string;
    readonly bySex: ReadonlyMap<Sex, number>;
    readonly people: number;
  }[];
  readonly referrals: readonly { readonly category: string; readonly people: number; readonly entries: number }[];
  readonly usage: readonly { readonly metric: string; readonly key: string; readonly count: number }[];
  readonly incidents: readonly (ReportIncident & { readonly downtimeMinutes: number })[];
  readonly totals: ExactTotals;
}

export const cellKey = (type: string, sex: string, age: AgeBracket): string => `${type}/${sex}/${age}`;

function add<K>(map: Map<K, number>, key: K, count: number): void {
  map.set(key, (map.get(key) ?? 0) + count);
}

export function computeFigures(
  data: ReportData,
  activityTypes: readonly ActivityType[],
  sexes: readonly Sex[],
  roles: ReportsConfig['activityRoles'],
  now: Date,
): ReportFigures {
  const { from, to, days } = data.period;
  const typeIds = [...activityTypes.map((t) => t.id)];
  for (const entry of data.entries) if (!typeIds.includes(entry.type)) typeIds.push(entry.type);
  const allSexes = [...sexes];
  for (const sex of data.sexesSeen) if (!allSexes.includes(sex)) allSexes.push(sex);

  const cells = new Map<string, number>();
  for (const cell of data.cells) add(cells, cellKey(cell.type, cell.sex, cell.age), cell.count);
  const byDay = new Map<string, Map<string, number>>();
  for (const row of data.byDay) {
    const day = byDay.get(row.day) ?? new Map<string, number>();
    add(day, row.type, row.count);
    byDay.set(row.day, day);
  }
  const peopleByEntry = new Map<number, number>();
  const sexByEntry = new Map<number, Map<Sex, number>>();
  for (const row of data.byEntry) {
    add(peopleByEntry, row.entryId, row.count);
    const bySex = sexByEntry.get(row.entryId) ?? new Map<Sex, number>();
    add(bySex, row.sex, row.count);
    sexByEntry.set(row.entryId, bySex);
  }
  const entriesByDay = new Map<string, number>();
  for (const entry of data.entries) add(entriesByDay, entry.day, 1);
  const sessionsByDay = new Map<string, number>();
  for (const row of data.usage) if (row.metric === 'session_started') add(sessionsByDay, row.day, row.count);

  const daily: PeriodRow[] = [];
  for (let i = 0; i < days; i += 1) {
    const day = addDays(from, i);
    const byType = byDay.get(day) ?? new Map<string, number>();
    daily.push({
      day,
      week: isoWeekLabel(day),
      byType,
      people: [...byType.values()].reduce((a, b) => a + b, 0),
      entries: entriesByDay.get(day) ?? 0,
      sessions: sessionsByDay.get(day) ?? 0,
    });
  }
  const weekly: PeriodRow[] = [];
  for (const row of daily) {
    const last = weekly.at(-1);
    if (last === undefined || last.week !== row.week) {
      weekly.push({ ...row, day: isoWeekStart(row.day), byType: new Map(row.byType) });
      continue;
    }
    const byType = new Map(last.byType);
    for (const [type, count] of row.byType) add(byType, type, count);
    weekly[weekly.length - 1] = {
      ...last,
      byType,
      people: last.people + row.people,
      entries: last.entries + row.entries,
      sessions: last.sessions + row.sessions,
    };
  }

  const talks = data.entries
    .filter((entry) => roles.talks.includes(entry.type))
    .map((entry) => ({
      day: entry.day,
      type: entry.type,
      language: entry.language,
      bySex: sexByEntry.get(entry.id) ?? new Map<Sex, number>(),
      people: peopleByEntry.get(entry.id) ?? 0,
    }));

  const referralPeople = new Map<string, number>();
  const referralEntries = new Map<string, number>();
  for (const entry of data.entries) {
    if (entry.type !== roles.referrals) continue;
    const category = entry.category ?? '';
    add(referralPeople, category, peopleByEntry.get(entry.id) ?? 0);
    add(referralEntries, category, 1);
  }
  const referrals = [...referralEntries.keys()].sort().map((category) => ({
    category,
    people: referralPeople.get(category) ?? 0,
    entries: referralEntries.get(category) ?? 0,
  }));

  const usageTotals = new Map<string, { metric: string; key: string; count: number }>();
  for (const row of data.usage) {
    const id = `${row.metric}\u0000${row.key}`;
    const current = usageTotals.get(id) ?? { metric: row.metric, key: row.key, count: 0 };
    usageTotals.set(id, { ...current, count: current.count + row.count });
  }
  const usage = [...usageTotals.values()].sort((a, b) =>
    a.metric === b.metric ? a.key.localeCompare(b.key) : a.metric.localeCompare(b.metric),
  );

  const incidents = data.incidents.map((incident) => ({
    ...incident,
    downtimeMinutes: downtimeMinutes(incident, data.start, data.end, now),
  }));

  const peopleOf = (types: readonly string[]): number =>
    data.cells.filter((c) => types.includes(c.type)).reduce((sum, c) => sum + c.count, 0);
  const totals: ExactTotals = {
    from,
    to,
    days,
    people: data.cells.reduce((sum, c) => sum + c.count, 0),
    entries: data.entries.length,
    byActivity: typeIds.map((type) => ({ type, people: peopleOf([type]) })),
    talks: peopleOf(roles.talks),
    referrals: peopleOf([roles.referrals]),
    incidents: incidents.length,
    downtimeMinutes: incidents.reduce((sum, i) => sum + i.downtimeMinutes, 0),
    kioskSessions: [...sessionsByDay.values()].reduce((a, b) => a + b, 0),
  };

  return {
    data,
    types: typeIds.map((id) => ({ id, type: activityTypes.find((t) => t.id === id) })),
    sexes: allSexes,
    cells,
    daily,
    weekly,
    talks,
    referrals,
    usage,
    incidents,
    totals,
  };
}
