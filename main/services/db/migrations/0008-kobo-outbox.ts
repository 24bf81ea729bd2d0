import type { Migration } from './migration.js';

/**
 * Submissions of monthly indicators to KoboToolbox waiting to be sent. The XML instance is built
 * once and kept, so every retry sends the same `instanceID` and a duplicate is harmless on the
 * server. It holds aggregate counts only. The credential lives in `kiosk_meta`, never here.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'kobo-outbox',
  async up(tx) {
    await tx.exec(`
      CREATE TABLE kobo_submission (
        id INTEGER PRIMARY KEY,
        instance_id TEXT NOT NULL UNIQUE,
        form_id TEXT NOT NULL,
        period TEXT NOT NULL,
        xml TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at TEXT,
        last_status INTEGER,
        last_error TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX kobo_submission_by_state ON kobo_submission (state, next_attempt_at);
    `);
  },
};
