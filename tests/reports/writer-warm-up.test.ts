// The background warm-up of the report writers loads exceljs, pdfmake (with its fonts) and ECharts
// and runs each once; it must finish on its own, without files or a database. The path warm-up
// then builds a one-day report in every format on the real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { warmReportPath, warmReportWriters } from '../../main/services/reports/writer-warm-up.js';

import { reportFixture, type ReportFixture } from './report-fixture.js';

describe('the report writers warm-up', () => {
  it('runs the XLSX and PDF writers once and resolves', async () => {
    await expect(warmReportWriters()).resolves.toBeUndefined();
  });
});

describe('the report path warm-up', () => {
  let fixture: ReportFixture;
  beforeAll(async () => {
    fixture = await reportFixture({ from: '2026-11-01', days: 3, entriesPerDay: 4 });
  }, 60_000);
  afterAll(async () => {
    await fixture.close();
  });

  it('builds one day in every format on the real database and resolves', async () => {
    await expect(warmReportPath(fixture.service, '2026-11-02')).resolves.toBeUndefined();
  });

  it('fails, for the caller to log, when a day cannot be reported', async () => {
    await expect(warmReportPath(fixture.service, 'not-a-day')).rejects.toThrow(/INVALID_PERIOD/);
  });
});
