import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { openDatabase } from './database.js';
import { readSchemaVersion } from './migrate.js';
import { errorMessage, isCorruption, sqliteCode } from './sqlite-errors.js';

export const DATABASE_FILE = 'kiosk.sqlite';

export type Inspection =
  | { readonly kind: 'missing'; readonly file: string }
  /** Not a database, or damaged: SQLITE_NOTADB / SQLITE_CORRUPT, or quick_check found problems. */
  | { readonly kind: 'corrupt'; readonly file: string; readonly reason: string }
  /** Could not be read for another reason (permissions, locks, I/O); says nothing about the data. */
  | { readonly kind: 'unreadable'; readonly file: string; readonly reason: string }
  | { readonly kind: 'healthy'; readonly file: string; readonly version: number };

/**
 * Looks at the kiosk database without changing anything on disk: `PRAGMA quick_check` and the
 * schema version. Both `kioskctl db verify` and the kiosk's own start use it, so that a database
 * the kiosk then refuses (newer schema) or moves aside (corrupt) is left exactly as it was found.
 *
 * The connection is read-only because a read-write connection, when it closes, deletes the -wal
 * and -shm files it finds beside the database — evidence a corrupt file must keep. A read-only
 * connection to a WAL database in turn creates those files if they are missing and cannot remove
 * them again, so without a -wal the file is opened `immutable`, which creates nothing. With a
 * -wal, its committed pages are part of the database and a normal read-only connection reads them.
 */
export async function inspectDatabase(dataDir: string): Promise<Inspection> {
  const file = join(dataDir, DATABASE_FILE);
  if (!existsSync(file)) return { kind: 'missing', file };
  const hasWal = existsSync(`${file}-wal`);
  const target = hasWal ? file : `${pathToFileURL(file).href}?immutable=1`;
  try {
    const db = await openDatabase(target, { readOnly: true, uri: !hasWal });
    try {
      const rows = await db.all<{ quick_check: string }>('PRAGMA quick_check');
      const problems = rows.map((row) => row.quick_check).filter((text) => text !== 'ok');
      if (problems.length > 0) {
        const shown = problems.slice(0, 3).join('; ');
        return { kind: 'corrupt', file, reason: `quick_check found ${problems.length} problem(s): ${shown}` };
      }
      return { kind: 'healthy', file, version: await readSchemaVersion(db) };
    } finally {
      await db.close();
    }
  } catch (error) {
    if (isCorruption(error)) {
      const reason = sqliteCode(error) === 'SQLITE_NOTADB' ? 'the file is not a SQLite database' : errorMessage(error);
      return { kind: 'corrupt', file, reason };
    }
    return { kind: 'unreadable', file, reason: errorMessage(error) };
  }
}
