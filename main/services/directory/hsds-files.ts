import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

import { HSDS_COLUMNS, HSDS_TABLES, type HsdsRow, type HsdsTable, type HsdsTables } from './hsds-tables.js';

/**
 * The three shapes of the same HSDS tables: the 3.0 JSON (services with their organization,
 * locations, phones, schedules… nested, as one page of a `service_list`), the tabular form (one
 * CSV per table, zipped) and an XLSX workbook (one sheet per table) an NGO can edit in Excel.
 */

const NUMBER_FIELDS = new Set(['minimum_age', 'maximum_age', 'latitude', 'longitude']);

/** A row as JSON: empty cells left out, ages as numbers. */
function jsonRow(row: HsdsRow): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (value === '') continue;
    out[key] = NUMBER_FIELDS.has(key) && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  }
  return out;
}

export function tablesToHsdsJson(tables: HsdsTables): string {
  const of = (table: HsdsTable, key: string, id: string) => tables[table].filter((row) => row[key] === id);
  const contents = tables.service.map((service) => {
    const id = service.id ?? '';
    const organization = tables.organization.find((row) => row.id === service.organization_id);
    return {
      ...jsonRow(service),
      organization: organization === undefined ? undefined : jsonRow(organization),
      phones: of('phone', 'service_id', id).map(jsonRow),
      schedules: of('schedule', 'service_id', id).map(jsonRow),
      languages: of('language', 'service_id', id).map(jsonRow),
      required_documents: of('required_document', 'service_id', id).map(jsonRow),
      service_at_locations: of('service_at_location', 'service_id', id).map((at) => {
        const location = tables.location.find((row) => row.id === at.location_id);
        return {
          ...jsonRow(at),
          location:
            location === undefined
              ? undefined
              : { ...jsonRow(location), addresses: of('address', 'location_id', location.id ?? '').map(jsonRow) },
        };
      }),
    };
  });
  const page = {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
  return `${JSON.stringify(page, null, 2)}\n`;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);
const idOf = (value: Json | undefined): string =>
  typeof value?.id === 'string' || typeof value?.id === 'number' ? String(value.id) : '';

/** Scalar fields of a JSON object as text cells; nested objects and lists are their own tables. */
function flat(object: Json): HsdsRow {
  const row: Record<string, string> = {};
  for (const [key, value] of Object.entries(object)) {
    if (typeof value === 'string') row[key] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') row[key] = String(value);
  }
  return row;
}

/** Thrown for a file that is not an HSDS document at all (rows are checked later, one by one). */
export class HsdsFileError extends Error {}

export function hsdsJsonToTables(text: string): HsdsTables {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new HsdsFileError('not JSON');
  }
  const list = isObject(parsed) ? parsed.contents : parsed;
  if (!Array.isArray(list)) throw new HsdsFileError('expected a service_list (with "contents") or a list of services');
  const tables: Record<HsdsTable, HsdsRow[]> = Object.fromEntries(HSDS_TABLES.map((t) => [t, []])) as unknown as Record<
    HsdsTable,
    HsdsRow[]
  >;
  const organisations = new Set<string>();
  const locations = new Set<string>();
  for (const service of objects(list)) {
    const id = typeof service.id === 'string' ? service.id : '';
    const organization = isObject(service.organization) ? service.organization : undefined;
    const organisationId = typeof service.organization_id === 'string' ? service.organization_id : idOf(organization);
    tables.service.push({ ...flat(service), organization_id: organisationId });
    if (organization !== undefined && !organisations.has(organisationId)) {
      organisations.add(organisationId);
      tables.organization.push(flat(organization));
    }
    const child = (table: HsdsTable, key: string) => {
      for (const item of objects(service[key])) tables[table].push({ service_id: id, ...flat(item) });
    };
    child('phone', 'phones');
    child('schedule', 'schedules');
    child('language', 'languages');
    child('required_document', 'required_documents');
    for (const at of objects(service.service_at_locations)) {
      const location = isObject(at.location) ? at.location : undefined;
      const locationId = typeof at.location_id === 'string' ? at.location_id : idOf(location);
      tables.service_at_location.push({ service_id: id, ...flat(at), location_id: locationId });
      if (location !== undefined && !locations.has(locationId)) {
        locations.add(locationId);
        tables.location.push(flat(location));
        for (const address of objects(location.addresses)) {
          tables.address.push({ location_id: locationId, ...flat(address) });
        }
      }
    }
  }
  return tables;
}

// — Tabular form: one CSV per table, zipped —

const BOM = '\uFEFF';

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function columnsOf(table: HsdsTable, rows: readonly HsdsRow[]): string[] {
  const known = [...HSDS_COLUMNS[table]];
  for (const row of rows) for (const key of Object.keys(row)) if (!known.includes(key)) known.push(key);
  return known;
}

export function tablesToCsvZip(tables: HsdsTables): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const table of HSDS_TABLES) {
    const columns = columnsOf(table, tables[table]);
    const lines = [columns, ...tables[table].map((row) => columns.map((column) => row[column] ?? ''))];
    // BOM: Excel reads UTF-8 CSV without one as the legacy code page.
    files[`${table}.csv`] = strToU8(BOM + lines.map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n');
  }
  // A fixed date, so the same directory always gives the same bytes.
  return zipSync(files, { mtime: new Date('2026-01-01T00:00:00Z') });
}

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i] ?? '';
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((cells) => cells.some((value) => value.trim() !== ''));
}

function rowsFromGrid(grid: readonly (readonly string[])[]): HsdsRow[] {
  const [header = [], ...body] = grid;
  return body.map((cells) => Object.fromEntries(header.map((column, at) => [column.trim(), cells[at] ?? ''])));
}

export function csvZipToTables(bytes: Uint8Array): HsdsTables {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new HsdsFileError('not a zip file');
  }
  const byName = new Map(Object.entries(files).map(([name, data]) => [name.split('/').pop() ?? name, data]));
  if (!byName.has('service.csv')) throw new HsdsFileError('the zip has no service.csv');
  return Object.fromEntries(
    HSDS_TABLES.map((table) => {
      const data = byName.get(`${table}.csv`);
      return [table, data === undefined ? [] : rowsFromGrid(parseCsv(strFromU8(data)))];
    }),
  ) as unknown as HsdsTables;
}

// — XLSX: one sheet per table —

export async function tablesToXlsx(tables: HsdsTables): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date('2026-01-01T00:00:00Z');
  for (const table of HSDS_TABLES) {
    const sheet = workbook.addWorksheet(table);
    const columns = columnsOf(table, tables[table]);
    // Text cells: Excel must not turn a postal code 06600 into 6600 or a date into a number.
    sheet.columns = columns.map((column) => ({ header: column, key: column, width: 24, style: { numFmt: '@' } }));
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of tables[table]) sheet.addRow(columns.map((column) => row[column] ?? ''));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  // A date typed in Excel comes back as a Date: the directory's dates are calendar days.
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result);
    return '';
  }
  return String(value);
}

export async function xlsxToTables(bytes: Uint8Array): Promise<HsdsTables> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new HsdsFileError('not an XLSX workbook');
  }
  if (workbook.getWorksheet('service') === undefined) throw new HsdsFileError('the workbook has no "service" sheet');
  return Object.fromEntries(
    HSDS_TABLES.map((table) => {
      const sheet = workbook.getWorksheet(table);
      if (sheet === undefined) return [table, []];
      const grid: string[][] = [];
      sheet.eachRow({ includeEmpty: false }, (row) => {
        const cells: string[] = [];
        for (let column = 1; column <= sheet.columnCount; column += 1) cells.push(cellText(row.getCell(column).value));
        if (cells.some((value) => value.trim() !== '')) grid.push(cells);
      });
      return [table, rowsFromGrid(grid)];
    }),
  ) as unknown as HsdsTables;
}
