import { zipSync } from 'fflate';

import type { CsvSeparator } from '../../contract/index.js';

import { localIso } from './report-period.js';
import type { CellValue, ReportTable } from './report-tables.js';

export interface CsvOptions {
  readonly separator: CsvSeparator;
  readonly hxl: boolean;
  readonly timeZone: string;
}

// Excel reads a CSV without a BOM as the machine's legacy code page ("céleri" → "cÃ©leri").
const BOM = '\uFEFF';
const CRLF = '\r\n';

function field(value: CellValue, options: CsvOptions): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = value instanceof Date ? localIso(value, options.timeZone) : value;
  return text.includes(options.separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One table as RFC 4180 text: UTF-8 with BOM, CRLF, optional HXL row under the header. */
export function tableToCsv(table: ReportTable, options: CsvOptions): string {
  const line = (cells: readonly CellValue[]): string =>
    cells.map((cell) => field(cell, options)).join(options.separator);
  const lines = [line(table.columns.map((c) => c.header))];
  if (options.hxl) lines.push(line(table.columns.map((c) => c.hxl)));
  for (const row of table.rows) lines.push(line(row));
  return BOM + lines.join(CRLF) + CRLF;
}

/** `01-summary.csv`: stable English names in the report's order, whatever its language. */
export function csvFileName(table: ReportTable, index: number): string {
  return `${String(index + 1).padStart(2, '0')}-${table.id}.csv`;
}

/** Every table as its own CSV file, in one zip (dates in the zip are the report's generation time). */
export function tablesToCsvZip(tables: readonly ReportTable[], options: CsvOptions, generatedAt: Date): Uint8Array {
  const encoder = new TextEncoder();
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {};
  tables.forEach((table, index) => {
    files[csvFileName(table, index)] = [encoder.encode(tableToCsv(table, options)), { mtime: generatedAt }];
  });
  return zipSync(files, { level: 6 });
}
