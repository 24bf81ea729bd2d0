// The report reads its counts already summed by SQLite (by type/sex/age, by day/type, and per
// entry only for the entries a table lists). These checks hold those sums to the raw rows, and
// keep the order of sexes the configuration does not list: the order of the first entry with each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { addDays } from '../../main/contract/index.js';
import { loadReportData } from '../../main/services/reports/report-data.js';
import { computeFigures } from '../../main/services/reports/report-figures.js';

import { NOW, reportFixture, type ReportFixture } from './report-fixture.js';

const FROM = '2026-10-01';
const DAYS = 20;
const TO = addDays(FROM, DAYS - 1);

let fixture: ReportFixture;

beforeAll(async () => {
  fixture = await reportFixture({ from: FROM, days: DAYS, entriesPerDay: 6, seed: 7 });
  const db = fixture.database.connection();
  if (db === undefined) throw new Error('no database');
  // Two sexes the sample configuration does not list, first seen on the same day: the entry
  // recorded first (lower id) decides, although 'other' sorts after 'not_stated'.
  const day = addDays(FROM, 3);
  for (const sex of ['other', 'not_stated'] as const) {
    const entry = await db.get<{ id: number }>(
      "INSERT INTO activity_entry (day, type, category, language, recorded_on) VALUES (?, 'talk-group', NULL, 'es', ?) RETURNING id",
      [day, day],
    );
    await db.run("INSERT INTO activity_count (entry_id, sex, age, count) VALUES (?, ?, '18-59', 2)", [
      entry?.id ?? 0,
      sex,
    ]);
  }
}, 60_000);

afterAll(async () => {
  await fixture.close();
});

async function figures(): Promise<ReturnType<typeof computeFigures>> {
  const db = fixture.database.connection();
  if (db === undefined) throw new Error('no database');
  const roles = fixture.config.reports().activityRoles;
  const operations = fixture.config.operations();
  const data = await loadReportData(db, { from: FROM, to: TO, days: DAYS }, 'America/Mexico_City', [
    ...roles.talks,
    roles.referrals,
  ]);
  return computeFigures(data, operations.activityTypes, operations.sexes, roles, NOW);
}

describe('report counts summed in SQLite', () => {
  it('match the raw rows: by type, sex and age, by day, and per listed entry', async () => {
    const db = fixture.database.connection();
    if (db === undefined) throw new Error('no database');
    const raw = await db.all<{ id: number; day: string; type: string; sex: string; age: string; count: number }>(
      `SELECT e.id, e.day, e.type, c.sex, c.age, c.count FROM activity_count c
       JOIN activity_entry e ON e.id = c.entry_id WHERE e.day BETWEEN ? AND ?`,
      [FROM, TO],
    );
    const f = await figures();
    const talkTypes = fixture.config.reports().activityRoles.talks;
    const cells = new Map<string, number>();
    const byDay = new Map<string, number>();
    const talkPeople = new Map<number, number>();
    for (const row of raw) {
      const cell = `${row.type}/${row.sex}/${row.age}`;
      cells.set(cell, (cells.get(cell) ?? 0) + row.count);
      byDay.set(row.day, (byDay.get(row.day) ?? 0) + row.count);
      if (talkTypes.includes(row.type)) talkPeople.set(row.id, (talkPeople.get(row.id) ?? 0) + row.count);
    }
    expect(new Map(f.cells)).toEqual(cells);
    expect(f.daily.map((d) => [d.day, d.people])).toEqual(
      Array.from({ length: DAYS }, (_, i) => [addDays(FROM, i), byDay.get(addDays(FROM, i)) ?? 0]),
    );
    expect(f.totals.people).toBe(raw.reduce((sum, row) => sum + row.count, 0));
    expect(f.talks.reduce((sum, talk) => sum + talk.people, 0)).toBe(
      [...talkPeople.values()].reduce((a, b) => a + b, 0),
    );
    expect(f.talks.length).toBeGreaterThan(2);
  });

  it('lists the configured sexes first, then the others in the order of their first entry', async () => {
    expect((await figures()).sexes).toEqual(['female', 'male', 'other', 'not_stated']);
  });
});
