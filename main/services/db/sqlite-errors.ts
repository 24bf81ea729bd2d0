import type { ErrorCode } from '../../contract/index.js';

/** The primary SQLite result code name of an error from `sqlite3` (e.g. `SQLITE_FULL`), if any. */
export function sqliteCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const { code } = error;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

/** The file is damaged or is not a database at all: the cases the kiosk recovers from by moving it aside. */
export function isCorruption(error: unknown): boolean {
  const code = sqliteCode(error);
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB';
}

/** How a database failure is reported across the boundary. */
export function databaseErrorCode(error: unknown): ErrorCode {
  switch (sqliteCode(error)) {
    case 'SQLITE_FULL':
      return 'STORAGE_FULL';
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
    case 'SQLITE_IOERR':
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_READONLY':
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return 'DATABASE_UNAVAILABLE';
    case undefined:
    default:
      return 'INTERNAL';
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
