import type { Migration } from './migration.js';

/**
 * Referral slips sent to a printer, so that none is lost across a restart and the operator can
 * reprint one. A row holds only what a reprint needs — the service, the language, the referral
 * code — and the job's own progress; nothing about the visitor (product rule 1).
 */
export const migration0003: Migration = {
  version: 3,
  name: 'print-jobs',
  async up(tx) {
    await tx.exec(`
      CREATE TABLE print_job (
        id INTEGER PRIMARY KEY,
        printer TEXT NOT NULL,
        service_id TEXT NOT NULL,
        language TEXT NOT NULL CHECK (language IN ('es', 'en', 'fr', 'ht')),
        referral_code TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'printed', 'failed', 'interrupted')),
        reason TEXT,
        reprint_of INTEGER REFERENCES print_job (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX print_job_by_state ON print_job (state);
    `);
  },
};
