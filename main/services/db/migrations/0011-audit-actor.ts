import type { Migration } from './migration.js';

/**
 * Named staff accounts: the audit log says who (the account's name at the time, or "kioskctl" for
 * the administrator's command line), not only which role. The accounts themselves live outside the
 * database (staff.json), so that recovering a damaged database never reopens first-run setup; the
 * old per-role PIN tables stay only until a kiosk's PINs have been carried over to that file.
 */
export const migration0011: Migration = {
  version: 11,
  name: 'audit-actor',
  async up(tx) {
    await tx.exec(`ALTER TABLE audit_event ADD COLUMN actor TEXT CHECK (actor IS NULL OR length(actor) <= 40);`);
  },
};
