import type { ColumnKind, CellValue } from './report-tables.js';

/**
 * What a report needs from a spreadsheet library, and no more: exceljs sits behind this so that
 * replacing it (its releases have slowed) touches one file.
 */
export interface SpreadsheetWriter {
  /** Header row frozen and filtered; values typed by column kind (numbers as numbers, dates as dates). */
  addSheet(name: string, columns: readonly SheetColumn[], rows: readonly (readonly CellValue[])[]): void;
  toBytes(): Promise<Uint8Array>;
}

export interface SheetColumn {
  readonly header: string;
  readonly kind: ColumnKind;
}

/** Excel refuses sheet names over 31 characters or with any of `[]:*?/\`, and repeated names. */
export function sheetName(title: string, taken: ReadonlySet<string>): string {
  const base =
    title
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base.slice(0, 28)} ${n}`;
  return name;
}
