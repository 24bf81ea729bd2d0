import type { Migration } from './migration.js';

const list = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

// Written out here, not imported from the contract: a released migration must never change when
// the lists in code grow later (a new reason is a new migration).
const NOT_SERVED = list(['closed', 'asked_payment', 'asked_documents', 'refused', 'full', 'other']);
const DID_NOT_GO = list(['far', 'cost', 'fear', 'other']);
const DAY = `GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`;

/**
 * The referral ledger: one row per referral code, to learn whether people received the service
 * they were sent to. The code is the only key. The day only, never a time (product rule 2): a day
 * shared by many referrals cannot be matched with a camera or a visitor log. After the retention
 * period rows are folded into `referral_outcome_daily` and deleted, code and all.
 */
export const migration0012: Migration = {
  version: 12,
  name: 'referral-ledger',
  async up(tx) {
    await tx.exec(`
      CREATE TABLE referral (
        code TEXT PRIMARY KEY CHECK (length(code) = 11),
        kind TEXT NOT NULL CHECK (kind IN ('slip', 'screen', 'pathway')),
        service_id TEXT NOT NULL,
        category TEXT NOT NULL,
        language TEXT NOT NULL CHECK (language IN ('es', 'en', 'fr', 'ht')),
        day TEXT NOT NULL CHECK (day ${DAY}),
        outcome TEXT NOT NULL DEFAULT 'open'
          CHECK (outcome IN ('open', 'served', 'went_not_served', 'did_not_go', 'unknown')),
        -- CASE, not OR: a CHECK that evaluates to NULL passes, and \`NULL IN (…)\` is NULL.
        reason TEXT CHECK (
          CASE outcome
            WHEN 'went_not_served' THEN coalesce(reason IN (${NOT_SERVED}), 0)
            WHEN 'did_not_go' THEN coalesce(reason IN (${DID_NOT_GO}), 0)
            ELSE reason IS NULL
          END
        ),
        outcome_day TEXT CHECK (outcome_day IS NULL OR outcome_day ${DAY}),
        outcome_source TEXT CHECK (outcome_source IS NULL OR outcome_source IN ('staff', 'visitor', 'partner'))
      ) STRICT;
      CREATE INDEX referral_day ON referral (day);
      CREATE TABLE referral_outcome_daily (
        day TEXT NOT NULL CHECK (day ${DAY}),
        kind TEXT NOT NULL,
        service_id TEXT NOT NULL,
        category TEXT NOT NULL,
        language TEXT NOT NULL,
        outcome TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        count INTEGER NOT NULL CHECK (count >= 0),
        PRIMARY KEY (day, kind, service_id, category, language, outcome, reason)
      ) STRICT;
    `);
  },
};
