import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { ServiceEntry } from '../../contract/index.js';
import { directoryFile } from '../config/index.js';

import {
  csvZipToTables,
  hsdsJsonToTables,
  HsdsFileError,
  tablesToCsvZip,
  tablesToHsdsJson,
  tablesToXlsx,
  xlsxToTables,
} from './hsds-files.js';
import { hsdsToDirectory, type ImportProblem } from './hsds-import.js';
import { directoryToHsds, type HsdsTables } from './hsds-tables.js';
import type { DirectoryStewardship, Steward } from './directory-stewardship.js';

/**
 * `hsds-json`: HSDS 3.0 JSON; `hsds-csv`: its tabular form, one CSV per table in a zip;
 * `xlsx`: one sheet per table, for editing in Excel.
 */
export const EXCHANGE_FORMATS = ['hsds-json', 'hsds-csv', 'xlsx'] as const;
export type ExchangeFormat = (typeof EXCHANGE_FORMATS)[number];

/** The file on disk, as `kioskctl config validate` reads it: an invalid one is not exported. */
export async function readDirectoryFile(configDir: string): Promise<ServiceEntry[]> {
  const raw: unknown = JSON.parse(await readFile(join(configDir, directoryFile.file), 'utf8'));
  const parsed = directoryFile.schema.safeParse(raw);
  if (!parsed.success) throw new Error(`${directoryFile.file} is not valid: run kioskctl config validate`);
  return parsed.data.services;
}

export async function exportDirectory(services: readonly ServiceEntry[], format: ExchangeFormat): Promise<Uint8Array> {
  const tables = directoryToHsds(services);
  switch (format) {
    case 'hsds-json':
      return new TextEncoder().encode(tablesToHsdsJson(tables));
    case 'hsds-csv':
      return tablesToCsvZip(tables);
    case 'xlsx':
      return tablesToXlsx(tables);
  }
}

async function readTables(bytes: Uint8Array, format: ExchangeFormat): Promise<HsdsTables> {
  switch (format) {
    case 'hsds-json':
      return hsdsJsonToTables(new TextDecoder().decode(bytes));
    case 'hsds-csv':
      return csvZipToTables(bytes);
    case 'xlsx':
      return xlsxToTables(bytes);
  }
}

export type ImportResult =
  | { readonly imported: true; readonly services: number }
  | { readonly imported: false; readonly problems: readonly ImportProblem[] }
  | { readonly imported: false; readonly fileProblem: string };

/**
 * An import is all or nothing: every row it cannot take is reported, and the directory changes
 * only when the whole document is valid, through the same save as the staff screen (whole-file
 * check, a kept copy, atomic write, audit). Closures and notices live apart and are untouched.
 */
export async function importDirectory(
  stewardship: DirectoryStewardship,
  by: Steward,
  bytes: Uint8Array,
  format: ExchangeFormat,
): Promise<ImportResult> {
  let tables: HsdsTables;
  try {
    tables = await readTables(bytes, format);
  } catch (error) {
    if (error instanceof HsdsFileError) return { imported: false, fileProblem: error.message };
    throw error;
  }
  const outcome = hsdsToDirectory(tables);
  if (!outcome.ok) return { imported: false, problems: outcome.problems };
  const saved = await stewardship.replaceServices(by, outcome.services, `${format},${outcome.services.length}`);
  if (saved.ok) return { imported: true, services: outcome.services.length };
  // The whole-file checks (duplicate ids, overlapping hours): `services.3.openingHours…` → that service's row.
  return {
    imported: false,
    problems: saved.problems.map((problem) => {
      const match = /^services\.(\d+)\.?(.*)$/.exec(problem.field);
      return {
        table: 'service',
        row: match === null ? 0 : Number(match[1]) + 2,
        field: match === null ? problem.field : (match[2] ?? ''),
        reason: problem.code,
      };
    }),
  };
}
