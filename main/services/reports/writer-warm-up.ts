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
  const writer = createXlsxWriter({ timeZone: 'UTC', creator: 'warm-up', created: new Date(0) });
  writer.addSheet('warm-up', [{ header: 'x', kind: 'text' }], [['x']]);
  await writer.toBytes();
  await warmPdf();
}
