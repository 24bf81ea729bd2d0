// Referral follow-up in the exports: the XLSX sheets, the CSV files and the PDF section carry the
// ledger's counts (recent and folded alike), under the small-count rule, and never a code.
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { OutcomeReport, ReportOptions } from '../../main/contract/index.js';
import type { Database } from '../../main/services/db/index.js';
import { newReferralCode } from '../../main/services/referrals/referral-code.js';
import { foldReferralsBefore, recordOutcome, recordReferral } from '../../main/services/referrals/referral-ledger.js';
import { okValue } from '../support/result.js';

import { parseCsv, reportFixture, type ReportFixture } from './report-fixture.js';

const FROM = '2026-11-01';
const TO = '2026-11-20';
let fixture: ReportFixture;
let db: Database;
const codes: string[] = [];

async function give(
  serviceId: string,
  category: string,
  day: string,
  report: OutcomeReport | null,
  times = 1,
): Promise<void> {
  for (let i = 0; i < times; i += 1) {
    const code = newReferralCode();
    codes.push(code);
    await recordReferral(db, { code, kind: 'slip', serviceId, category, language: 'es', day });
    if (report !== null) await recordOutcome(db, code, report, 'staff', day);
  }
}

beforeAll(async () => {
  fixture = await reportFixture();
  const connection = fixture.database.connection();
  if (connection === undefined) throw new Error('no database');
  db = connection;
  // COMAR: 14 referrals, 8 served, 4 went but were not served, 1 did not go, 1 still open.
  await give('comar-asilo', 'asylum-refuge', '2026-11-02', { outcome: 'served' }, 5);
  await give('comar-asilo', 'asylum-refuge', '2026-11-12', { outcome: 'served' }, 3);
  await give('comar-asilo', 'asylum-refuge', '2026-11-03', { outcome: 'went_not_served', reason: 'closed' }, 3);
  await give('comar-asilo', 'asylum-refuge', '2026-11-13', { outcome: 'went_not_served', reason: 'asked_payment' });
  await give('comar-asilo', 'asylum-refuge', '2026-11-14', { outcome: 'did_not_go', reason: 'far' });
  await give('comar-asilo', 'asylum-refuge', '2026-11-15', null);
  // Legal advice: 3 referrals, 1 served: small counts.
  await give('sin-fronteras', 'legal-aid', '2026-11-05', { outcome: 'served' });
  await give('sin-fronteras', 'legal-aid', '2026-11-16', null, 2);
  // A pathway's slips, no answer yet; and a referral before the period, never counted.
  await give('unaccompanied-child', 'pathway', '2026-11-18', null, 2);
  await give('comar-asilo', 'asylum-refuge', '2026-10-31', { outcome: 'served' }, 6);
  // The first week is folded into daily totals: its codes are gone, its counts are not.
  expect(await foldReferralsBefore(db, '2026-11-08')).toBeGreaterThan(0);
});
afterAll(() => fixture.close());

function options(overrides: Partial<ReportOptions>): ReportOptions {
  return { from: FROM, to: TO, format: 'csv', language: 'en', rule: fixture.service.ruleNow(), ...overrides };
}
const EXACT = { site: 5, applied: null } as const;

async function csvFiles(overrides: Partial<ReportOptions>): Promise<Record<string, string[][]>> {
  const built = okValue(await fixture.service.build(options({ format: 'csv', ...overrides })));
  const files = unzipSync(built.bytes);
  return Object.fromEntries(
    Object.entries(files).map(([name, bytes]) => [name, parseCsv(new TextDecoder().decode(bytes.slice(3)), ',')]),
  );
}

describe('referral follow-up in the reports', () => {
  it('CSV, exact counts: made, known, served, not served, did not go and served rate per category and service', async () => {
    const files = await csvFiles({ rule: EXACT });
    expect(files['12-referral-outcomes.csv']).toEqual([
      [
        'Category',
        'Category code',
        'Service code',
        'Referrals made',
        'Outcome known',
        'Served',
        'Went, not served',
        'Did not go',
        'Served (% of known)',
      ],
      ['All categories', '*', 'All services', '19', '14', '9', '4', '1', '64.3'],
      ['Asylum and refuge', 'asylum-refuge', 'All services', '14', '13', '8', '4', '1', '61.5'],
      ['Asylum and refuge', 'asylum-refuge', 'comar-asilo', '14', '13', '8', '4', '1', '61.5'],
      ['Legal advice', 'legal-aid', 'All services', '3', '1', '1', '0', '0', '100'],
      ['Legal advice', 'legal-aid', 'sin-fronteras', '3', '1', '1', '0', '0', '100'],
      ['Protection pathway', 'pathway', 'All services', '2', '0', '0', '0', '0', ''],
      ['Protection pathway', 'pathway', 'unaccompanied-child', '2', '0', '0', '0', '0', ''],
    ]);
    expect(files['13-referral-reasons.csv']).toEqual([
      ['Category', 'Category code', 'Outcome', 'Outcome code', 'Reason', 'Reason code', 'Referrals'],
      ['Asylum and refuge', 'asylum-refuge', 'No answer yet', 'open', '', '', '1'],
      ['Asylum and refuge', 'asylum-refuge', 'Served', 'served', '', '', '8'],
      ['Asylum and refuge', 'asylum-refuge', 'Went, not served', 'went_not_served', 'It was closed', 'closed', '3'],
      [
        'Asylum and refuge',
        'asylum-refuge',
        'Went, not served',
        'went_not_served',
        'Asked for payment',
        'asked_payment',
        '1',
      ],
      ['Asylum and refuge', 'asylum-refuge', 'Did not go', 'did_not_go', 'Too far', 'far', '1'],
      ['Legal advice', 'legal-aid', 'No answer yet', 'open', '', '', '2'],
      ['Legal advice', 'legal-aid', 'Served', 'served', '', '', '1'],
      ['Protection pathway', 'pathway', 'No answer yet', 'open', '', '', '2'],
    ]);
  });

  it('cross-checks the totals against the ledger and its folded daily totals', async () => {
    const files = await csvFiles({ rule: EXACT });
    const ledger = await db.get<{ n: number }>('SELECT count(*) AS n FROM referral WHERE day BETWEEN ? AND ?', [
      FROM,
      TO,
    ]);
    const folded = await db.get<{ n: number }>(
      'SELECT sum(count) AS n FROM referral_outcome_daily WHERE day BETWEEN ? AND ?',
      [FROM, TO],
    );
    expect(folded?.n).toBeGreaterThan(0);
    expect(files['12-referral-outcomes.csv']?.[1]?.[3]).toBe(String((ledger?.n ?? 0) + (folded?.n ?? 0)));
    const reasons = (files['13-referral-reasons.csv'] ?? []).slice(1);
    expect(reasons.reduce((sum, row) => sum + Number(row[6]), 0)).toBe((ledger?.n ?? 0) + (folded?.n ?? 0));
  });

  it("under the site's rule (<5) small counts are hidden, and so is any rate that would give one back", async () => {
    const files = await csvFiles({});
    const rows = files['12-referral-outcomes.csv'] ?? [];
    expect(rows[1]).toEqual(['All categories', '*', 'All services', '19', '14', '9', '<5', '<5', '64.3']);
    expect(rows[2]).toEqual([
      'Asylum and refuge',
      'asylum-refuge',
      'All services',
      '14',
      '13',
      '8',
      '<5',
      '<5',
      '61.5',
    ]);
    // 1 served of 1 known: "100 %" would say "1" as plainly as the cell.
    expect(rows[4]).toEqual(['Legal advice', 'legal-aid', 'All services', '<5', '<5', '<5', '0', '0', '']);
    const reasons = files['13-referral-reasons.csv'] ?? [];
    expect(reasons.find((r) => r[5] === 'closed')?.[6]).toBe('<5');
    expect(reasons.find((r) => r[3] === 'served' && r[1] === 'asylum-refuge')?.[6]).toBe('8');
  });

  it('never writes a referral code into any file', async () => {
    const built = okValue(await fixture.service.build(options({ format: 'csv', rule: EXACT })));
    const text = Object.values(unzipSync(built.bytes))
      .map((bytes) => new TextDecoder().decode(bytes))
      .join('\n');
    expect(codes.length).toBeGreaterThan(20);
    for (const code of codes) expect(text).not.toContain(code);
  });

  it('XLSX: two sheets in the report language, counts typed as numbers', async () => {
    const built = okValue(await fixture.service.build(options({ format: 'xlsx', language: 'fr', rule: EXACT })));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      built.bytes.buffer.slice(built.bytes.byteOffset, built.bytes.byteOffset + built.bytes.byteLength) as ArrayBuffer,
    );
    const sheet = book.getWorksheet('Suivi des orientations');
    if (sheet === undefined) throw new Error('no follow-up sheet');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual([
      'Catégorie',
      'Code de catégorie',
      'Code du service',
    ]);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      'Toutes les catégories',
      '*',
      'Tous les services',
      19,
      14,
      9,
      4,
      1,
      64.3,
    ]);
    expect(book.getWorksheet('Résultats par raison')?.rowCount).toBe(9);
  });

  it('PDF: the follow-up section in each language, or a line saying no referral was given', async () => {
    const { pdfToText } = await import('./pdf-text.js');
    const ht = await pdfToText(okValue(await fixture.service.build(options({ format: 'pdf', language: 'ht' }))).bytes);
    expect(ht).toContain('Èske moun yo te resevwa sèvis la?');
    expect(ht).toContain('Azil ak refij');
    expect(ht).toContain('61.5 %');
    const es = await pdfToText(
      okValue(
        await fixture.service.build(options({ format: 'pdf', language: 'es', from: '2026-12-01', to: '2026-12-05' })),
      ).bytes,
    );
    expect(es).toContain('No se dieron referencias en este periodo.');
  });
});
