import type { SqlExecutor } from '../database.js';

export interface MigrationContext {
  /** When the migration runs (from the kiosk's clock), for rows that record a date. */
  readonly now: Date;
}

/**
 * One step of the schema. `version` is the `PRAGMA user_version` the database has once this step
 * (and every earlier one) is applied. A migration, once released, is never edited: a later change
 * is a new migration.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(tx: SqlExecutor, context: MigrationContext): Promise<void>;
}

/**
 * Checked when the list is loaded: versions start at 1 and go up by one. A gap or a duplicate would
 * make `user_version` lie about which steps a database has had.
 */
export function assertMigrationOrder(migrations: readonly Migration[]): readonly Migration[] {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migration "${migration.name}" has version ${migration.version}; expected ${index + 1} (versions start at 1, ascending, without gaps).`,
      );
    }
  });
  return migrations;
}
