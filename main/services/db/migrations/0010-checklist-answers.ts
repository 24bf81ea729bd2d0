import type { Migration } from './migration.js';

/**
 * The manual part of the daily check: one answer per checklist item of the automatic check it
 * completes. The note is about the equipment (the screen warns against personal data) and short.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'checklist-answers',
  async up(tx) {
    await tx.exec(`
      CREATE TABLE checklist_answer (
        id INTEGER PRIMARY KEY,
        check_id INTEGER NOT NULL REFERENCES equipment_check (id),
        item TEXT NOT NULL,
        answer TEXT NOT NULL CHECK (answer IN ('pass', 'fail', 'na')),
        note TEXT CHECK (note IS NULL OR length(note) <= 200),
        recorded_at TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('operator', 'supervisor')),
        UNIQUE (check_id, item)
      ) STRICT;
    `);
  },
};
