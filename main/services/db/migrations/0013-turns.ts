import type { Migration } from './migration.js';

const list = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

// Written out here, not imported from the contract: a released migration must never change when
// the lists in code grow later (a new need is a new migration).
const NEEDS = list(['account_help', 'information', 'referral', 'urgent_or_private']);
const FLAGS = list(['children', 'pregnancy', 'disability', 'age']);
const LANGUAGES = list(['es', 'en', 'fr', 'ht']);
const DAY = `GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`;

/**
 * Turns for people waiting. `turn` holds today's queue only: exact times (taken, first called,
 * last called) serve the queue and the waiting-time figures, and the whole row is folded into
 * `turn_daily` / `turn_wait_daily` and deleted once its day is over (product rule 2). `session`
 * is the screen's random visit id, kept only while the turn is open, so a visit holds one turn;
 * `request_key` makes a second tap of the same button return the same turn.
 */
export const migration0013: Migration = {
  version: 13,
  name: 'turns',
  async up(tx) {
    await tx.exec(`
      CREATE TABLE turn (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL CHECK (day ${DAY}),
        seq INTEGER NOT NULL CHECK (seq >= 1),
        need TEXT NOT NULL CHECK (need IN (${NEEDS})),
        language TEXT NOT NULL CHECK (language IN (${LANGUAGES})),
        priority TEXT CHECK (priority IS NULL OR priority IN (${FLAGS})),
        state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'called', 'served', 'no_show')),
        session TEXT,
        request_key TEXT,
        taken_ms INTEGER NOT NULL,
        called_ms INTEGER,
        last_call_ms INTEGER,
        calls INTEGER NOT NULL DEFAULT 0 CHECK (calls >= 0),
        call_id INTEGER NOT NULL DEFAULT 0,
        UNIQUE (day, seq)
      ) STRICT;
      CREATE UNIQUE INDEX turn_open_session ON turn (session)
        WHERE session IS NOT NULL AND state IN ('waiting', 'called');
      CREATE UNIQUE INDEX turn_request_key ON turn (request_key) WHERE request_key IS NOT NULL;
      CREATE TABLE turn_daily (
        day TEXT NOT NULL CHECK (day ${DAY}),
        need TEXT NOT NULL,
        language TEXT NOT NULL,
        turns INTEGER NOT NULL CHECK (turns >= 0),
        served INTEGER NOT NULL CHECK (served >= 0),
        no_show INTEGER NOT NULL CHECK (no_show >= 0),
        left_open INTEGER NOT NULL CHECK (left_open >= 0),
        PRIMARY KEY (day, need, language)
      ) STRICT;
      CREATE TABLE turn_wait_daily (
        day TEXT PRIMARY KEY CHECK (day ${DAY}),
        measured INTEGER NOT NULL CHECK (measured >= 0),
        median_minutes REAL,
        p90_minutes REAL
      ) STRICT;
    `);
  },
};
