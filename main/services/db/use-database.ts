import { err, ok, type Result } from '../../contract/index.js';
import type { Logger } from '../logger.js';

import type { Database } from './database.js';
import type { KioskDatabase } from './kiosk-database.js';
import { databaseErrorCode, sqliteCode } from './sqlite-errors.js';

/**
 * Runs database work for a handler and turns every failure into an error the UI can show:
 * DATABASE_UNAVAILABLE while there is no usable database, STORAGE_FULL when the disk is full.
 * Only the SQLite code is logged — never the statement's parameters, which may come from a request.
 */
export async function useDatabase<T>(
  database: KioskDatabase,
  logger: Logger,
  operation: string,
  work: (db: Database) => Promise<T>,
): Promise<Result<T>> {
  const db = database.connection();
  if (db === undefined)
    return err('DATABASE_UNAVAILABLE', 'The kiosk database is not available; see the operator screen.');
  try {
    return ok(await work(db));
  } catch (error) {
    const code = databaseErrorCode(error);
    logger.error('database_error', { operation, sqlite: sqliteCode(error) ?? null, code });
    return err(code);
  }
}
