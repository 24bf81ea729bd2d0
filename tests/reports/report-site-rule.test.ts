// The site's small-count rule (reports.json suppressBelow) on every export and on the preview, a
// lower rule for one export (supervisors only, audited), and exports racing their preview: real
// services, a real SQLite file, the files read back (exceljs, fflate, pdftotext).
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';

import type { AuditEvent, ReportRule, ReportTotals, Result } from '../../main/contract/index.js';
import { createEventBus } from '../../main/services/event-bus.js';
import { createReportHandlers } from '../../main/services/reports/report-handlers.js';
import { fixedClock } from '../../main/services/clock.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { startKiosk, type KioskFixture } from '../support/kiosk-fixture.js';
import { okValue } from '../support/result.js';
import { operatorToken, SUPERVISOR_NAME, supervisorToken } from '../support/staff-sessions.js';
import { siteToday } from '../support/site-today.js';
import { nextEvent, readJson } from '../services/temp-dirs.js';

import { pdfToText } from './pdf-text.js';
import { parseCsv, reportFixture, type ReportFixture } from './report-fixture.js';

let kiosk: KioskFixture | undefined;
afterEach(async () => {
  await kiosk?.dispose();
  kiosk = undefined;
});

const SITE_RULE: ReportRule = { site: 5, applied: 5 };

interface Started {
  readonly kiosk: KioskFixture;
  readonly call: (method: string, payload: unknown) => Promise<Result<unknown>>;
  readonly supervisor: string;
}

/**
 * The bundled sample configuration (suppressBelow 5) and one day of activity: a group talk of
 * 3 women and 6 men (18–59), and 2 women told about RedSafe.
 */
async function start(watchConfig = false): Promise<Started> {
  kiosk = await startKiosk({ watchConfig });
  const current = kiosk;
  const call = (method: string, payload: unknown): Promise<Result<unknown>> =>
    current.services.dispatch(method, payload);
  const supervisor = await supervisorToken(call, current.dataDir);
  const save = async (type: string, counts: { sex: string; age: string; count: number }[]): Promise<void> => {
    okValue(
      await call('saveActivityEntry', { token: supervisor, entry: { day: siteToday(), type, language: 'es', counts } }),
    );
  };
  await save('talk-group', [
    { sex: 'female', age: '18-59', count: 3 },
    { sex: 'male', age: '18-59', count: 6 },
  ]);
  await save('informed-redsafe', [{ sex: 'female', age: '18-59', count: 2 }]);
  return { kiosk: current, call, supervisor };
}

const period = (): { from: string; to: string } => ({ from: siteToday(), to: siteToday() });

async function preview(s: Started, suppress?: number | null): Promise<ReportTotals> {
  return okValue(
    await s.call('previewReport', {
      token: s.supervisor,
      ...period(),
      ...(suppress === undefined ? {} : { suppress }),
    }),
  ) as ReportTotals;
}

async function download(s: Started, format: 'xlsx' | 'csv' | 'pdf', rule: ReportRule | undefined) {
  return s.call('exportReport', {
    token: s.supervisor,
    options: { ...period(), format, language: 'en', ...(rule === undefined ? {} : { rule }) },
  });
}

function bytesOf(result: Result<unknown>): Uint8Array {
  return Buffer.from((okValue(result) as { base64: string }).base64, 'base64');
}

async function summaryRows(bytes: Uint8Array): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const rows: unknown[][] = [];
  for (const name of ['Summary', 'About this report']) {
    book.getWorksheet(name)?.eachRow((row) => rows.push([name, ...(row.values as unknown[]).slice(1)]));
  }
  return rows;
}

async function auditOf(s: Started): Promise<AuditEvent[]> {
  return (okValue(await s.call('getAuditLog', { token: s.supervisor })) as { events: AuditEvent[] }).events;
}

describe('the site rule of reports.json on every export', () => {
  it('hides counts under 5 in the preview, the XLSX, the CSV zip and the PDF, and says so in each', async () => {
    const s = await start();
    const totals = await preview(s);
    expect(totals.rule).toEqual(SITE_RULE);
    // 11 people in all, 9 in talks: exact; the 2 told about RedSafe: hidden.
    expect(totals).toMatchObject({ people: 11, talks: 9, entries: 2 });
    expect(totals.byActivity.find((a) => a.type === 'informed-redsafe')?.people).toBe('<5');
    expect(totals.byActivity.find((a) => a.type === 'talk-group')?.people).toBe(9);

    const xlsx = await summaryRows(bytesOf(await download(s, 'xlsx', totals.rule)));
    const talkWomen = xlsx.find((r) => r[0] === 'Summary' && r[2] === 'talk-group' && r[3] === 'Female');
    const talkMen = xlsx.find((r) => r[0] === 'Summary' && r[2] === 'talk-group' && r[3] === 'Male');
    // 0–4, 5–11, 12–17, 18–59, 60+, unknown, total.
    expect(talkWomen?.slice(4)).toEqual([0, 0, 0, '<5', 0, 0, '<5']);
    expect(talkMen?.slice(4)).toEqual([0, 0, 0, 6, 0, 0, 6]);
    const rule = xlsx.find((r) => r[0] === 'About this report' && r[1] === 'Small counts');
    expect(rule?.[2]).toMatch(/^Counts from 1 to 4 are shown as "<5"/);

    const files = unzipSync(bytesOf(await download(s, 'csv', totals.rule)));
    const csv = (name: string): string[][] =>
      parseCsv(new TextDecoder().decode((files[name] ?? new Uint8Array()).slice(3)), ',');
    const informed = csv('01-summary.csv').find((r) => r[1] === 'informed-redsafe' && r[2] === 'Female');
    expect(informed?.slice(3)).toEqual(['0', '0', '0', '<5', '0', '0', '<5']);
    // The talk: women hidden, men and the total exact.
    expect(csv('04-talks.csv')[1]?.slice(3)).toEqual(['<5', '6', '9']);
    expect(csv('14-metadata.csv').find((r) => r[0] === 'Small counts')?.[1]).toMatch(/^Counts from 1 to 4/);

    const pdf = await pdfToText(bytesOf(await download(s, 'pdf', totals.rule)));
    expect(pdf).toContain('Small counts: Counts from 1 to 4 are shown as "<5"');
    // The first row of tiles: people reached, informed about RedSafe, accounts created.
    expect(pdf).toMatch(/\b11\s+<5\s+0\s/);

    // Each export is audited with the rule it applied.
    const exports = (await auditOf(s)).filter((e) => e.kind === 'export');
    expect(exports).toHaveLength(3);
    for (const event of exports) expect(event.detail).toMatch(/; counts below 5 shown as <5 \(site rule\)$/);
  });
});

describe('a rule lowered for one export', () => {
  it('shows exact counts when a supervisor lowers it, with the lowering in the audit log under their name', async () => {
    const s = await start();
    const exact = await preview(s, null);
    expect(exact.rule).toEqual({ site: 5, applied: null });
    expect(exact.byActivity.find((a) => a.type === 'informed-redsafe')?.people).toBe(2);
    const xlsx = await summaryRows(bytesOf(await download(s, 'xlsx', exact.rule)));
    expect(xlsx.find((r) => r[2] === 'talk-group' && r[3] === 'Female')?.slice(4)).toEqual([0, 0, 0, 3, 0, 0, 3]);
    expect(xlsx.find((r) => r[1] === 'Small counts')?.[2]).toBe('Exact counts (no suppression)');
    const [event] = (await auditOf(s)).filter((e) => e.kind === 'export');
    expect(event).toMatchObject({ role: 'supervisor', actor: SUPERVISOR_NAME });
    expect(event?.detail).toBe(
      `xlsx ${siteToday()}..${siteToday()} en download; exact counts (lowered; site rule: counts below 5 shown as <5)`,
    );
  });

  it('a stricter rule is no lowering: <10 applied, audited as stricter', async () => {
    const s = await start();
    const strict = await preview(s, 10);
    expect(strict).toMatchObject({ people: 11, talks: '<10', rule: { site: 5, applied: 10 } });
    okValue(await download(s, 'csv', strict.rule));
    const [event] = (await auditOf(s)).filter((e) => e.kind === 'export');
    expect(event?.detail).toMatch(/counts below 10 shown as <10 \(stricter; site rule: counts below 5 shown as <5\)$/);
  });

  it('is refused to an operator, at the dispatcher and again in the report handlers themselves', async () => {
    const s = await start();
    const operator = await operatorToken(s.call);
    const lowered = { ...period(), format: 'csv', language: 'es', rule: { site: 5, applied: null } };
    for (const [method, payload] of [
      ['previewReport', { token: operator, ...period(), suppress: null }],
      ['exportReport', { token: operator, options: lowered }],
      ['saveReport', { token: operator, options: lowered, destination: 'local' }],
    ] as const) {
      expect(await s.call(method, payload)).toMatchObject({ ok: false, error: { code: 'NOT_AUTHORISED' } });
    }
    expect((await auditOf(s)).filter((e) => e.kind === 'export')).toHaveLength(0);
  });
});

describe('the report handlers for a caller who is not a supervisor', () => {
  let fixture: ReportFixture;
  afterEach(() => fixture.close());

  it('refuse a lower rule but serve the site rule and a stricter one', async () => {
    fixture = await reportFixture({ from: '2026-11-01', days: 3, entriesPerDay: 5 });
    const handlers = createReportHandlers({
      reports: fixture.service,
      database: fixture.database,
      clock: fixedClock(new Date('2026-11-23T23:00:00Z')),
      logger: createMemoryLogger(),
      events: createEventBus(),
      destinations: { localDir: join(fixture.dataDir, 'exports'), mediaRoots: [], windowsDrives: false },
    });
    const operator = { accountId: 'op', name: 'Luis', role: 'operator' as const };
    const base = { from: '2026-11-01', to: '2026-11-03', format: 'csv', language: 'es' } as const;
    const token = 'x'.repeat(43);
    expect(
      await handlers.previewReport({ token, from: base.from, to: base.to, suppress: null }, operator),
    ).toMatchObject({ ok: false, error: { code: 'NOT_AUTHORISED' } });
    expect(
      await handlers.exportReport({ token, options: { ...base, rule: { site: 5, applied: 2 } } }, operator),
    ).toMatchObject({ ok: false, error: { code: 'NOT_AUTHORISED' } });
    okValue(await handlers.exportReport({ token, options: { ...base, rule: SITE_RULE } }, operator));
    okValue(await handlers.exportReport({ token, options: { ...base, rule: { site: 5, applied: 10 } } }, operator));
  });
});

describe('an export racing its preview', () => {
  it('is refused without a rule (no preview yet) and with a rule the site does not have', async () => {
    const s = await start();
    for (const rule of [undefined, { site: 10, applied: 10 }, { site: null, applied: null }]) {
      for (const format of ['xlsx', 'csv', 'pdf'] as const) {
        expect(await download(s, format, rule)).toMatchObject({ ok: false, error: { code: 'RULE_NOT_PREVIEWED' } });
      }
    }
    expect(
      await s.call('saveReport', {
        token: s.supervisor,
        options: { ...period(), format: 'pdf', language: 'es' },
        destination: 'local',
      }),
    ).toMatchObject({ ok: false, error: { code: 'RULE_NOT_PREVIEWED' } });
    // Nothing was exported, so nothing was audited.
    expect((await auditOf(s)).filter((e) => e.kind === 'export')).toHaveLength(0);
  });

  it('refuses the old rule after reports.json is reloaded, and exports under the new preview', async () => {
    const s = await start(true);
    const before = await preview(s);
    expect(before.rule).toEqual(SITE_RULE);

    const file = join(s.kiosk.configDir, 'reports.json');
    const reloaded = nextEvent(s.kiosk.services.events, 'configChanged');
    const next = join(s.kiosk.configDir, 'reports.json.new');
    await writeFile(next, JSON.stringify({ ...(await readJson(file)), suppressBelow: 10 }, null, 2));
    await rename(next, file);
    await reloaded;

    const refused = await download(s, 'xlsx', before.rule);
    expect(refused).toMatchObject({ ok: false, error: { code: 'RULE_NOT_PREVIEWED' } });
    if (!refused.ok) expect(refused.error.detail).toMatch(/now counts below 10 .* the preview showed counts below 5/);

    const after = await preview(s);
    expect(after).toMatchObject({ people: 11, talks: '<10', rule: { site: 10, applied: 10 } });
    const xlsx = await summaryRows(bytesOf(await download(s, 'xlsx', after.rule)));
    expect(xlsx.find((r) => r[2] === 'talk-group' && r[3] === 'Male')?.slice(4)).toEqual([0, 0, 0, '<10', 0, 0, '<10']);
  });
});
