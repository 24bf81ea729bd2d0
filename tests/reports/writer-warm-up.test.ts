// The background warm-up of the report writers loads exceljs, pdfmake (with its fonts) and ECharts
// and runs each once; it must finish on its own, without files or a database.
import { describe, expect, it } from 'vitest';

import { warmReportWriters } from '../../main/services/reports/writer-warm-up.js';

describe('the report writers warm-up', () => {
  it('runs the XLSX and PDF writers once and resolves', async () => {
    await expect(warmReportWriters()).resolves.toBeUndefined();
  });
});
