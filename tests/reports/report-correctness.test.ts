import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import { AGE_BRACKETS, type ReportOptions } from '../../main/contract/index.js';
import type { Database } from '../../main/services/db/index.js';
import type { BuiltReport } from '../../main/services/reports/report-service.js';
import { okValue } from '../support/result.js';

import { NOW, parseCsv, reportFixture, type ReportFixture } from './report-fixture.js';

const FROM = '2026-09-01';
const TO = '2026-10-15';
const START = '2026-09-01T06:00:00.000Z';
const END = '2026-10-16T06:00:00.000Z';
let fixture: ReportFixture;
let db: Database;

beforeAll(async () => {
  // Exact counts at this site: these tests compare every figure with SQL sums. The sample's rule
  // (5) reaching the files is tested in report-site-rule.test.ts.
  fixture = await reportFixture({ from: '2026-08-25', days: 60, entriesPerDay: 20 }, { suppressBelow: null });
  const connection = fixture.database.connection();
  if (connection === undefined) throw new Error('no database');
  db = connection;
  // Still open: its downtime runs to the end of the period.
  await db.run(
    `INSERT INTO incident (kind, subject, opened_at, opened_day) VALUES ('printer_fault', 'printer', '2026-10-10T17:00:00.000Z', '2026-10-10')`,
  );
  return () => fixture.close();
});

const options = (overrides: Partial<ReportOptions>): ReportOptions => ({
  from: FROM,
  to: TO,
  format: 'xlsx',
  language: 'en',
  // The rule a preview would show now, as the screen sends it back.
  rule: fixture.service.ruleNow(),
  ...overrides,
});

async function build(overrides: Partial<ReportOptions>): Promise<BuiltReport> {
  return okValue(await fixture.service.build(options(overrides)));
}

/** The truth, straight from SQL: people by type, by day, by type/sex/age, referrals by category. */
async function truth() {
  const byType = await db.all<{ type: string; people: number }>(
    `SELECT e.type, SUM(c.count) AS people FROM activity_count c JOIN activity_entry e ON e.id = c.entry_id
     WHERE e.day BETWEEN ? AND ? GROUP BY e.type`,
    [FROM, TO],
  );
  const byDay = await db.all<{ day: string; people: number }>(
    `SELECT e.day, SUM(c.count) AS people FROM activity_count c JOIN activity_entry e ON e.id = c.entry_id
     WHERE e.day BETWEEN ? AND ? GROUP BY e.day ORDER BY e.day`,
    [FROM, TO],
  );
  const cells = await db.all<{ type: string; sex: string; age: string; people: number }>(
    `SELECT e.type, c.sex, c.age, SUM(c.count) AS people FROM activity_count c JOIN activity_entry e ON e.id = c.entry_id
     WHERE e.day BETWEEN ? AND ? GROUP BY e.type, c.sex, c.age`,
    [FROM, TO],
  );
  const referrals = await db.all<{ category: string; people: number }>(
    `SELECT e.category, SUM(c.count) AS people FROM activity_count c JOIN activity_entry e ON e.id = c.entry_id
     WHERE e.day BETWEEN ? AND ? AND e.type = 'referral' GROUP BY e.category`,
    [FROM, TO],
  );
  const usage = await db.all<{ metric: string; key: string; count: number }>(
    'SELECT metric, key, SUM(count) AS count FROM usage_counter WHERE day BETWEEN ? AND ? GROUP BY metric, key',
    [FROM, TO],
  );
  const pathways = await db.get<{ n: number }>(
    'SELECT SUM(count) AS n FROM pathway_referral_count WHERE day BETWEEN ? AND ?',
    [FROM, TO],
  );
  const total = byType.reduce((sum, row) => sum + row.people, 0);
  return { byType, byDay, cells, referrals, usage, pathways: pathways?.n ?? 0, total };
}

function sheetRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('report figures equal the database', () => {
  it('XLSX: summary, daily, referrals, usage and pathways match SQL sums; numbers typed; header frozen and filtered', async () => {
    const t = await truth();
    expect(t.total).toBeGreaterThan(1000);
    const built = await build({ format: 'xlsx' });
    expect(built.fileName).toBe('redsafe-par-centro-ejemplo-2026-09-01_2026-10-15-en.xlsx');
    const book = await loadBook(built.bytes);
    const summary = book.getWorksheet('Summary');
    if (summary === undefined) throw new Error('no Summary sheet');
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(summary.autoFilter).toBeTruthy();
    const rows = sheetRows(summary);
    expect(rows[0]).toEqual([
      'Activity',
      'Activity code',
      'Sex',
      '0–4',
      '5–11',
      '12–17',
      '18–59',
      '60+',
      'Age unknown',
      'Total',
    ]);
    for (const cell of t.cells) {
      const row = rows.find((r) => r[1] === cell.type && r[2] === (cell.sex === 'female' ? 'Female' : 'Male'));
      const column = 3 + AGE_BRACKETS.indexOf(cell.age as (typeof AGE_BRACKETS)[number]);
      expect(row?.[column]).toBe(cell.people);
    }
    const summaryTotal = rows.slice(1).reduce((sum, r) => sum + (r[9] as number), 0);
    expect(summaryTotal).toBe(t.total);

    const daily = sheetRows(book.getWorksheet('By day') ?? summary);
    expect(daily).toHaveLength(1 + 45);
    const totalColumn = (daily[0] ?? []).indexOf('Total');
    for (const { day, people } of t.byDay) {
      const row = daily.find((r) => r[0] instanceof Date && r[0].toISOString().slice(0, 10) === day);
      expect(row?.[totalColumn]).toBe(people);
    }
    const weekly = sheetRows(book.getWorksheet('By week') ?? summary);
    const weeklyTotal = (weekly[0] ?? []).indexOf('Total');
    expect(weekly.slice(1).reduce((sum, r) => sum + (r[weeklyTotal] as number), 0)).toBe(t.total);

    const referrals = sheetRows(book.getWorksheet('Referrals by category') ?? summary);
    for (const { category, people } of t.referrals) {
      expect(referrals.find((r) => r[1] === category)?.[2]).toBe(people);
    }
    const usage = sheetRows(book.getWorksheet('Kiosk use') ?? summary);
    for (const { metric, key, count } of t.usage) {
      expect(usage.find((r) => r[1] === metric && (r[2] ?? '') === key)?.[3]).toBe(count);
    }
    const pathways = sheetRows(book.getWorksheet('Pathway referrals') ?? summary);
    expect(pathways.slice(1).reduce((sum, r) => sum + (r[2] as number), 0)).toBe(t.pathways);

    // Incidents overlapping the period, each clipped to it (Mexico City is UTC−6 all year now).
    const incidents = await db.all<{ minutes: number }>(
      `SELECT CAST(ROUND((MIN(julianday(COALESCE(closed_at, ?)), julianday(?)) - MAX(julianday(opened_at), julianday(?))) * 1440) AS INTEGER) AS minutes
       FROM incident WHERE opened_at < ? AND (closed_at IS NULL OR closed_at > ?) ORDER BY opened_at, id`,
      [NOW.toISOString(), END, START, END, START],
    );
    const incidentRows = sheetRows(book.getWorksheet('Incidents') ?? summary).slice(1);
    expect(incidentRows.length).toBe(incidents.length);
    expect(incidentRows.length).toBeGreaterThan(5);
    expect(incidentRows.map((r) => r[5])).toEqual(incidents.map((i) => i.minutes));
    expect(incidentRows.filter((r) => r[3] === 'Still open').length).toBeGreaterThan(0);

    const indicators = sheetRows(book.getWorksheet('Monthly indicators') ?? summary);
    expect(indicators).toEqual([
      ['Month', 'personas_informadas', 'charlas_grupales'],
      ['2026-09', 100, 3],
      ['2026-10', 101, 3],
    ]);
    const meta = sheetRows(book.getWorksheet('About this report') ?? summary);
    expect(meta).toContainEqual(['Small counts', 'Exact counts (no suppression)']);
    expect(meta).toContainEqual(['From', '2026-09-01']);
    expect(meta).toContainEqual(['Kiosk version', '9.9.9-test']);
    // Times are the site's wall clock (Mexico City, UTC−6), typed as dates with a date-time format.
    expect(meta).toContainEqual(['Generated at', new Date('2026-11-23T17:00:00.000Z')]);
    const metaSheet = book.getWorksheet('About this report');
    const generatedRow = metaSheet?.getRows(1, 20)?.find((r) => r.getCell(1).value === 'Generated at');
    expect(generatedRow?.getCell(2).numFmt).toBe('yyyy-mm-dd hh:mm');
    const checks = sheetRows(book.getWorksheet('Equipment checks') ?? summary);
    expect(checks[1]?.[0]).toEqual(new Date('2026-09-01T08:05:00.000Z'));
  });

  it('CSV zip: one UTF-8-with-BOM CRLF file per table, the same figures, HXL row and ";" on request', async () => {
    const t = await truth();
    const built = await build({ format: 'csv', hxl: true, separator: ';', language: 'fr' });
    expect(built.fileName.endsWith('.csv.zip')).toBe(true);
    expect(built.mime).toBe('application/zip');
    const files = unzipSync(built.bytes);
    expect(Object.keys(files)).toEqual([
      '01-summary.csv',
      '02-daily.csv',
      '03-weekly.csv',
      '04-talks.csv',
      '05-referrals.csv',
      '06-pathways.csv',
      '07-usage.csv',
      '08-checks.csv',
      '09-incidents.csv',
      '10-maintenance.csv',
      '11-indicators.csv',
      '12-referral-outcomes.csv',
      '13-referral-reasons.csv',
      '14-metadata.csv',
    ]);
    const read = (name: string): string[][] => {
      const bytes = files[name];
      if (bytes === undefined) throw new Error(name);
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes.slice(3));
      expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
      return parseCsv(text, ';');
    };
    const summary = read('01-summary.csv');
    expect(summary[0]?.[0]).toBe('Activité');
    expect(summary[1]?.slice(0, 4)).toEqual(['#activity +name', '#activity +code', '#meta +sex', '#reached +age0_4']);
    expect(summary.slice(2).reduce((sum, r) => sum + Number(r[9]), 0)).toBe(t.total);
    const daily = read('02-daily.csv');
    expect(daily[1]?.[0]).toBe('#date');
    for (const { day, people } of t.byDay) {
      const row = daily.find((r) => r[0] === day);
      expect(Number(row?.[daily[0]?.indexOf('Total') ?? -1])).toBe(people);
    }
    const referrals = read('05-referrals.csv');
    for (const { category, people } of t.referrals)
      expect(Number(referrals.find((r) => r[1] === category)?.[2])).toBe(people);
    const checks = read('08-checks.csv');
    expect(checks[2]?.[0]).toMatch(/^2026-09-01T08:05:00-06:00$/);
    const meta = read('14-metadata.csv');
    expect(meta.find((r) => r[0] === 'Du')?.[1]).toBe('2026-09-01');
  });

  it('PDF: two pages with the totals, the PAR name, and "page x of y" in the footer', async () => {
    const t = await truth();
    const built = await build({ format: 'pdf', language: 'es' });
    const text = await pdfText(built.bytes);
    expect(text).toContain('Informe de actividades');
    expect(text).toContain('PAR Centro (ejemplo)');
    expect(text).toContain(String(t.total));
    expect(text).toContain('Página 1 de 2');
    expect(text).toContain('Página 2 de 2');
    expect(text).toContain('del martes 1 de septiembre de 2026 al jueves 15 de octubre de 2026');
    const referrals = t.byType.find((r) => r.type === 'referral')?.people ?? 0;
    expect(text).toContain(String(referrals));
  });
});

describe('small cells', () => {
  it('shows 1..N−1 as "<N" (cells and totals), keeps 0 and counts ≥ N exact, and says so in the metadata', async () => {
    const t = await truth();
    // A rule stricter than the site's (exact) is anyone's to choose for one export.
    const built = await build({ format: 'csv', rule: { site: null, applied: 5 } });
    const files = unzipSync(built.bytes);
    const text = (name: string): string[][] =>
      parseCsv(new TextDecoder().decode((files[name] ?? new Uint8Array()).slice(3)), ',');
    const talks = text('04-talks.csv');
    const values = talks.slice(1).flatMap((r) => r.slice(3));
    expect(values).toContain('<5');
    expect(values.every((v) => v === '<5' || v === '0' || Number(v) >= 5)).toBe(true);
    const summary = text('01-summary.csv');
    for (const cell of t.cells) {
      const row = summary.find((r) => r[1] === cell.type && r[2] === (cell.sex === 'female' ? 'Female' : 'Male'));
      const shown = row?.[3 + AGE_BRACKETS.indexOf(cell.age as (typeof AGE_BRACKETS)[number])];
      expect(shown).toBe(cell.people >= 5 ? String(cell.people) : '<5');
    }
    const meta = text('14-metadata.csv');
    expect(meta.find((r) => r[0] === 'Small counts')?.[1]).toMatch(/^Counts from 1 to 4 are shown as "<5"/);
  });
});

describe('an empty period', () => {
  let empty: ReportFixture;
  afterEach(async () => {
    await empty.close();
  });

  it('gives valid files of every format, with zeros', async () => {
    // The sample's rule (5): 0 stays 0 under it.
    empty = await reportFixture();
    const opts = {
      from: '2026-11-01',
      to: '2026-11-07',
      language: 'ht' as const,
      rule: { site: 5, applied: 5 },
    };
    const preview = okValue(await empty.service.preview(opts.from, opts.to));
    expect(preview).toMatchObject({ people: 0, entries: 0, talks: 0, referrals: 0, incidents: 0, days: 7 });
    expect(preview.rule).toEqual(opts.rule);
    const xlsx = okValue(await empty.service.build({ ...opts, format: 'xlsx' }));
    const book = await loadBook(xlsx.bytes);
    const daily = sheetRows(
      book.getWorksheet('Pa jou') ?? book.worksheets[0] ?? new ExcelJS.Workbook().addWorksheet('none'),
    );
    expect(daily).toHaveLength(8);
    expect(daily.slice(1).every((r) => r.slice(1).every((v) => v === 0))).toBe(true);
    const csv = okValue(await empty.service.build({ ...opts, format: 'csv' }));
    expect(Object.keys(unzipSync(csv.bytes))).toHaveLength(14);
    const pdf = okValue(await empty.service.build({ ...opts, format: 'pdf' }));
    const text = await pdfText(pdf.bytes);
    expect(text).toContain('Rapò aktivite');
    expect(text).toContain('Pa gen anyen ki anrejistre nan peryòd sa a.');
    expect(text).toContain('dimanch 1ye novanm 2026');
    expect(text).toContain('Paj 1 sou 2');
  });
});

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { pdfToText } = await import('./pdf-text.js');
  return pdfToText(bytes);
}

async function loadBook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return book;
}
