import ExcelJS from 'exceljs';
import { unzipSync, zipSync, type Zippable } from 'fflate';

import type { CellValue, ColumnKind } from './report-tables.js';
import { sheetName, type SheetColumn, type SpreadsheetWriter } from './spreadsheet-writer.js';
import { wallClockDate } from './report-period.js';

const FORMATS: Readonly<Record<ColumnKind, string | undefined>> = {
  text: undefined,
  count: '0',
  number: '0',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
};
const DATETIME = 'yyyy-mm-dd hh:mm';

function typed(value: CellValue, kind: ColumnKind, timeZone: string): ExcelJS.CellValue {
  if (value === null) return null;
  if (value instanceof Date) return wallClockDate(value, timeZone);
  if (kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return new Date(`${value}T00:00:00Z`);
  }
  return value;
}

/** The exceljs implementation of the report's spreadsheet. */
export function createXlsxWriter(options: {
  readonly timeZone: string;
  readonly creator: string;
  readonly created: Date;
}): SpreadsheetWriter {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = options.creator;
  workbook.created = options.created;
  workbook.modified = options.created;
  const taken = new Set<string>();
  return {
    addSheet(title: string, columns: readonly SheetColumn[], rows: readonly (readonly CellValue[])[]): void {
      const name = sheetName(title, taken);
      taken.add(name.toLowerCase());
      const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.columns = columns.map((column) => {
        const numFmt = FORMATS[column.kind];
        const width = Math.min(48, Math.max(10, column.header.length + 2, column.kind === 'datetime' ? 17 : 0));
        return numFmt === undefined
          ? { header: column.header, width }
          : { header: column.header, width, style: { numFmt } };
      });
      sheet.getRow(1).font = { bold: true };
      for (const row of rows) {
        const added = sheet.addRow(
          row.map((value, index) => typed(value, columns[index]?.kind ?? 'text', options.timeZone)),
        );
        // A time in a text column (the metadata's "generated at") still reads as a date and time.
        row.forEach((value, index) => {
          if (value instanceof Date && columns[index]?.kind === 'text') added.getCell(index + 1).numFmt = DATETIME;
        });
      }
      if (columns.length > 0) {
        sheet.autoFilter = {
          from: { row: 1, column: 1 },
          to: { row: Math.max(1, rows.length + 1), column: columns.length },
        };
      }
    },
    async toBytes(): Promise<Uint8Array> {
      // exceljs deflates through JSZip's pure-JS pako, which took about half of a busy year's
      // export: it stores the parts uncompressed and fflate deflates them, same parts, same order.
      const stored = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
      return deflateParts(new Uint8Array(stored), options.created);
    },
  };
}

/** The same zip with every part deflated (level 6, as exceljs would) and dated `mtime`. */
function deflateParts(stored: Uint8Array, created: Date): Uint8Array {
  // A zip has no date before 1980 (the warm-up's document is dated 1970).
  const mtime = new Date(Math.max(created.getTime(), Date.UTC(1980, 0, 2)));
  const parts: Zippable = {};
  for (const [name, bytes] of Object.entries(unzipSync(stored))) parts[name] = [bytes, { mtime }];
  return zipSync(parts, { level: 6 });
}
