import type { Migration } from './migration.js';

/**
 * Referrals made by following a protection pathway, counted per day, profile and urgency. A count
 * only: no referral code, no step notes, nothing that could point back to a person.
 */
export const migration0009: Migration = {
  version: 9,
  name: 'pathway-referrals',
  async up(tx) {
    await tx.exec(`
      CREATE TABLE pathway_referral_count (
        day TEXT NOT NULL,
        profile TEXT NOT NULL,
        urgency TEXT NOT NULL CHECK (urgency IN ('immediate', '24h', '72h', '2w')),
        count INTEGER NOT NULL CHECK (count >= 0),
        PRIMARY KEY (day, profile, urgency)
      ) STRICT;
    `);
  },
};
