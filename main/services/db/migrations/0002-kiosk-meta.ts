import type { Migration } from './migration.js';

/**
 * Facts about this kiosk's own database, as key → text. The first is the day the kiosk started
 * counting, which reports use as the start of the period they can cover. A database that already
 * has counters (created at version 1) takes its earliest counted day; a new one takes today.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'kiosk-meta',
  async up(tx, { now }) {
    await tx.exec(`
      CREATE TABLE kiosk_meta (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
      ) STRICT;
    `);
    await tx.run(
      `INSERT INTO kiosk_meta (key, value)
       SELECT 'installed_on', COALESCE(MIN(day), ?) FROM usage_counter`,
      [now.toISOString().slice(0, 10)],
    );
  },
};
