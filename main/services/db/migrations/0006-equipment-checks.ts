import type { Migration } from './migration.js';

/** Results of the daily equipment check: machine facts only (statuses, codes, measurements). */
export const migration0006: Migration = {
  version: 6,
  name: 'equipment-checks',
  async up(tx) {
    await tx.exec(`
      CREATE TABLE equipment_check (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        summary TEXT NOT NULL CHECK (summary IN ('pass', 'warn', 'fail')),
        results TEXT NOT NULL
      ) STRICT;
    `);
  },
};
