import type { Migration } from './migration.js';

/**
 * Staff access: one PIN hash per role (no PIN ships: the first run asks for a supervisor PIN),
 * the wrong-PIN counter and lockout (persisted, so a restart does not reset it), and the audit
 * log of staff actions. Nothing here is about visitors.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'operator-access',
  async up(tx) {
    await tx.exec(`
      CREATE TABLE operator_pin (
        role TEXT PRIMARY KEY NOT NULL CHECK (role IN ('operator', 'supervisor')),
        hash TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE operator_lockout (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        failures INTEGER NOT NULL CHECK (failures >= 0),
        level INTEGER NOT NULL CHECK (level >= 0),
        locked_until TEXT
      ) STRICT;
      INSERT INTO operator_lockout (id, failures, level, locked_until) VALUES (1, 0, 0, NULL);
      CREATE TABLE audit_event (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        role TEXT CHECK (role IS NULL OR role IN ('operator', 'supervisor')),
        detail TEXT
      ) STRICT;
      CREATE INDEX audit_event_at ON audit_event (at);
    `);
  },
};
