import { existsSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';

import type { DatabaseNotice, DatabaseStatus } from '../../contract/index.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';

import { openDatabase, type Database } from './database.js';
import { DATABASE_FILE, inspectDatabase } from './inspect.js';
import { migrate, readSchemaVersion } from './migrate.js';
import { MIGRATIONS, type Migration } from './migrations/index.js';
import { errorMessage, isCorruption } from './sqlite-errors.js';

/** Files SQLite keeps beside the database in WAL mode; they belong to it and move with it. */
const COMPANION_SUFFIXES = ['-wal', '-shm'] as const;

/**
 * The kiosk's database as the rest of the services see it: a status for operators, and a
 * connection only while the database is usable. When it is not, the kiosk keeps serving and the
 * calls that need it answer DATABASE_UNAVAILABLE.
 */
export interface KioskDatabase {
  status(): DatabaseStatus;
  connection(): Database | undefined;
  close(): Promise<void>;
}

export interface KioskDatabaseOptions {
  readonly dataDir: string;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Tests pass their own list; the kiosk uses every migration it ships. */
  readonly migrations?: readonly Migration[];
}

class NewerSchemaError extends Error {
  constructor(readonly version: number) {
    super(`schema version ${version}`);
  }
}

/** `2026-11-22T04-10-00Z`: sortable, and valid in file names on every system (no colons). */
function fileTimestamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
}

/**
 * Renames the database and its -wal/-shm files together. Leaving a stale -wal behind would be
 * worse than useless: SQLite would replay it into the fresh database created under the same name.
 */
async function moveAside(file: string, now: Date): Promise<string> {
  const base = `${file}.corrupt-${fileTimestamp(now)}`;
  let target = base;
  for (let n = 2; existsSync(target); n += 1) target = `${base}-${n}`;
  for (const suffix of COMPANION_SUFFIXES) {
    if (existsSync(file + suffix)) await rename(file + suffix, target + suffix);
  }
  await rename(file, target);
  return target;
}

/** Opens for use: version check first, then WAL and foreign keys, then migrations. */
async function openForUse(
  file: string,
  migrations: readonly Migration[],
  now: Date,
  logger: Logger,
): Promise<Database> {
  const latest = migrations.at(-1)?.version ?? 0;
  const db = await openDatabase(file);
  try {
    const version = await readSchemaVersion(db);
    if (version > latest) throw new NewerSchemaError(version);
    const mode = await db.get<{ journal_mode: string }>('PRAGMA journal_mode = WAL');
    if (mode?.journal_mode !== 'wal') throw new Error(`WAL mode refused (journal_mode ${mode?.journal_mode ?? '?'})`);
    // Per connection, and a no-op inside a transaction: set here, once, before any transaction.
    // secure_delete: a deleted note or a forgotten print time is overwritten with zeros, not left
    // readable in a free page of the file (or of a copy of it).
    await db.exec('PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON;');
    const { from, to } = await migrate(db, migrations, { now });
    if (from !== to) logger.info('database_migrated', { from, to });
    return db;
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

export async function openKioskDatabase(options: KioskDatabaseOptions): Promise<KioskDatabase> {
  const { dataDir, clock, logger } = options;
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.at(-1)?.version ?? 0;
  const file = join(dataDir, DATABASE_FILE);
  const notices: DatabaseNotice[] = [];
  let schemaVersion = 0;
  let db: Database | undefined;
  let recovered = false;

  const notice = (code: DatabaseNotice['code'], detail: string): void => {
    notices.push({ code, at: clock.now().toISOString(), detail });
    logger.warn('database_notice', { code, detail });
  };
  const recover = async (reason: string): Promise<true> => {
    const movedTo = await moveAside(file, clock.now());
    notice('corrupt_moved_aside', `${reason}. The damaged file was moved to ${movedTo}; a new database was created.`);
    return true;
  };

  try {
    await mkdir(dataDir, { recursive: true });
    const inspection = await inspectDatabase(dataDir);
    if (inspection.kind === 'corrupt') recovered = await recover(inspection.reason);
    if (inspection.kind === 'healthy' && inspection.version > latest) throw new NewerSchemaError(inspection.version);
    try {
      db = await openForUse(file, migrations, clock.now(), logger);
    } catch (error) {
      // Damage the read-only inspection could not see (it could not read the file at all).
      if (!isCorruption(error) || recovered) throw error;
      recovered = await recover(errorMessage(error));
      db = await openForUse(file, migrations, clock.now(), logger);
    }
    schemaVersion = await readSchemaVersion(db);
  } catch (error) {
    if (error instanceof NewerSchemaError) {
      schemaVersion = error.version;
      notice(
        'newer_schema',
        `${file} has schema version ${error.version}; this kiosk knows up to ${latest}. It was left untouched: use a newer kiosk version, or move the file away to start a new database.`,
      );
    } else {
      notice('open_failed', `Cannot open ${file}: ${errorMessage(error)}`);
    }
  }
  if (db !== undefined) logger.info('database_ready', { schemaVersion, recovered });

  return {
    status: () => ({
      state: db === undefined ? 'unavailable' : recovered ? 'recovered' : 'ok',
      schemaVersion,
      notices: notices.map((n) => ({ ...n })),
    }),
    connection: () => db,
    close: async () => {
      const open = db;
      db = undefined;
      await open?.close();
    },
  };
}
