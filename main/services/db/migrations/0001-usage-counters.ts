import type { Migration } from './migration.js';

/**
 * Anonymous daily counters (product rule 2: aggregates by day, never a per-visitor trail). The
 * CHECK keeps the day a bare calendar date, so no finer time can be stored here even by mistake.
 * Columns of a non-INTEGER primary key are NOT NULL explicitly: SQLite allows NULLs in them
 * otherwise, which would break the upsert's conflict target.
 */
export const migration0001: Migration = {
  version: 1,
  name: 'usage-counters',
  async up(tx) {
    await tx.exec(`
      CREATE TABLE usage_counter (
        day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        metric TEXT NOT NULL,
        key TEXT NOT NULL DEFAULT '',
        count INTEGER NOT NULL CHECK (count > 0),
        PRIMARY KEY (day, metric, key)
      ) STRICT;
    `);
  },
};
