import type { Database, SqlExecutor } from './database.js';
import type { Migration, MigrationContext } from './migrations/index.js';

export async function readSchemaVersion(db: SqlExecutor): Promise<number> {
  const row = await db.get<{ user_version: number }>('PRAGMA user_version');
  return row?.user_version ?? 0;
}

export interface MigrationOutcome {
  readonly from: number;
  readonly to: number;
}

/**
 * Applies the pending migrations in ONE transaction together with the new `user_version`, so a
 * failure anywhere leaves the database exactly as it was (SQLite's DDL and `user_version` are both
 * transactional). Callers refuse databases newer than `migrations` before calling this.
 */
export async function migrate(
  db: Database,
  migrations: readonly Migration[],
  context: MigrationContext,
): Promise<MigrationOutcome> {
  return db.transaction(async (tx) => {
    const from = await readSchemaVersion(tx);
    const pending = migrations.filter((migration) => migration.version > from);
    const last = pending.at(-1);
    if (last === undefined) return { from, to: from };
    for (const migration of pending) await migration.up(tx, context);
    // A PRAGMA takes no bound parameters; the value is a checked integer from our own list.
    if (!Number.isSafeInteger(last.version)) throw new Error(`Bad migration version ${last.version}`);
    await tx.exec(`PRAGMA user_version = ${last.version}`);
    return { from, to: last.version };
  });
}
