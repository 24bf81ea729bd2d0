import type { Migration } from './migration.js';

/**
 * The attention point's activity log: one row per entry (day, type, language) and its counts by
 * sex and age bracket. Counts only: there is no column where a name or a note could go.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'activity-log',
  async up(tx) {
    await tx.exec(`
      CREATE TABLE activity_entry (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL,
        type TEXT NOT NULL,
        category TEXT,
        language TEXT NOT NULL,
        recorded_on TEXT NOT NULL
      ) STRICT;
      CREATE INDEX activity_entry_day ON activity_entry (day);
      CREATE TABLE activity_count (
        entry_id INTEGER NOT NULL REFERENCES activity_entry (id) ON DELETE CASCADE,
        sex TEXT NOT NULL,
        age TEXT NOT NULL,
        count INTEGER NOT NULL CHECK (count >= 0),
        PRIMARY KEY (entry_id, sex, age)
      ) STRICT;
    `);
  },
};
