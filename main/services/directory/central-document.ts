import type { CentralFormat, CentralSyncReason, ServiceEntry } from '../../contract/index.js';
import { checkDirectory, directoryFileSchema } from '../config/directory-schema.js';

import { hsdsJsonToTables, HsdsFileError } from './hsds-files.js';
import { hsdsToDirectory } from './hsds-import.js';

export type CentralDocument =
  | { readonly ok: true; readonly services: ServiceEntry[] }
  | { readonly ok: false; readonly reason: CentralSyncReason; readonly detail: string | null };

const invalid = (count: number, first: string): CentralDocument => ({
  ok: false,
  reason: 'invalid_entries',
  detail: `${String(count)}: ${first}`.slice(0, 200),
});

/**
 * Reads a central document into the kiosk's entries, all or nothing: the same importer as
 * `kioskctl directory import` for HSDS, the same schema and cross-field checks as
 * `directory.json` for both formats. One bad entry refuses the whole document, so a half-edited
 * central file can never leave some points with half a directory.
 */
export function readCentralDocument(text: string, format: CentralFormat): CentralDocument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not_json', detail: null };
  }
  let services: unknown[];
  if (format === 'hsds') {
    let imported: ReturnType<typeof hsdsToDirectory>;
    try {
      imported = hsdsToDirectory(hsdsJsonToTables(text));
    } catch (error) {
      if (error instanceof HsdsFileError) return { ok: false, reason: 'not_a_directory', detail: null };
      throw error;
    }
    if (!imported.ok) {
      const first = imported.problems[0];
      return invalid(
        imported.problems.length,
        first === undefined ? '' : `${first.table} row ${String(first.row)} ${first.field}`,
      );
    }
    services = imported.services;
  } else {
    if (typeof parsed !== 'object' || parsed === null || !Array.isArray((parsed as { services?: unknown }).services)) {
      return { ok: false, reason: 'not_a_directory', detail: null };
    }
    // Only the entries are taken: the coordinator's own settings (even a `central` of theirs) stay theirs.
    services = (parsed as { services: unknown[] }).services;
  }
  const directory = directoryFileSchema.safeParse({ services });
  if (!directory.success) {
    const first = directory.error.issues[0];
    return invalid(directory.error.issues.length, first === undefined ? '' : first.path.map(String).join('.'));
  }
  const problems = checkDirectory(directory.data);
  const firstProblem = problems[0];
  if (firstProblem !== undefined) return invalid(problems.length, firstProblem.path.map(String).join('.'));
  return { ok: true, services: directory.data.services };
}
