import { REPORT_FORMATS } from '../../contract/index.js';

import type { ReportService } from './report-service.js';

/**
 * Loads the XLSX and PDF writers (exceljs, pdfmake with its fonts, ECharts) and runs each once on
 * a one-cell document, so the first export after a start costs what every later one does. It runs
 * in the background some time after start-up (kiosk-services.ts): never on the cold path, never
 * before the first screen. A failure only means the first export loads them itself.
 */
export async function warmReportWriters(): Promise<void> {
  const [{ createXlsxWriter }, { warmPdf }] = await Promise.all([
    import('./xlsx-writer.js'),
    import('./pdf-writer.js'),
  ]);
  // Every kind of column, so each of the writer's value paths has run once.
  const writer = createXlsxWriter({ timeZone: 'UTC', creator: 'warm-up', created: new Date(0) });
  writer.addSheet(
    'warm-up',
    [
      { header: 'x', kind: 'text' },
      { header: 'n', kind: 'count' },
      { header: 'd', kind: 'date' },
      { header: 't', kind: 'datetime' },
    ],
    [['x', 1, '2026-01-01', new Date(0)]],
  );
  await writer.toBytes();
  await warmPdf();
}

/**
 * Then one real export of a single day in each format, thrown away: the report's own queries,
 * sums, tables and charts run once, so the first export a supervisor asks for is not also the
 * first time that code runs. A day is a small read; nothing is written.
 */
export async function warmReportPath(reports: ReportService, day: string): Promise<void> {
  await warmReportWriters();
  for (const format of REPORT_FORMATS) {
    const built = await reports.build({
      from: day,
      to: day,
      format,
      language: 'es',
      rule: reports.ruleNow(),
      hxl: true,
    });
    if (!built.ok) throw new Error(`${format}: ${built.error.code}`);
  }
}
