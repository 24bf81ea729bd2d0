import type { Migration } from './migration.js';

/**
 * Incidents and maintenance. An incident is a fault of the point's equipment (a failed check, a
 * printer fault during the day, a crashed screen, or one staff opened by hand), never something
 * about a visitor. At most one incident per kind and subject is open at a time; a repeat while it
 * is open raises `occurrences` (crash counts) instead of opening another. Downtime is
 * `closed_at - opened_at`, or up to "now" while still open.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'incidents-maintenance',
  async up(tx) {
    await tx.exec(`
      CREATE TABLE incident (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('check_failed', 'printer_fault', 'renderer_crash', 'manual')),
        subject TEXT NOT NULL,
        opened_at TEXT NOT NULL,
        opened_day TEXT NOT NULL,
        closed_at TEXT,
        closed_by TEXT CHECK (closed_by IN ('operator', 'supervisor', 'check')),
        occurrences INTEGER NOT NULL DEFAULT 1 CHECK (occurrences >= 1),
        detail TEXT,
        CHECK ((closed_at IS NULL) = (closed_by IS NULL))
      ) STRICT;
      CREATE UNIQUE INDEX incident_one_open ON incident (kind, subject) WHERE closed_at IS NULL;
      CREATE INDEX incident_by_day ON incident (opened_day);
      CREATE TABLE maintenance_entry (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL,
        kind TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('operator', 'supervisor'))
      ) STRICT;
      CREATE INDEX maintenance_by_day ON maintenance_entry (day);
    `);
  },
};
