import { migration0001 } from './0001-usage-counters.js';
import { migration0002 } from './0002-kiosk-meta.js';
import { migration0003 } from './0003-print-jobs.js';
import { migration0004 } from './0004-operator-access.js';
import { migration0005 } from './0005-activity-log.js';
import { migration0006 } from './0006-equipment-checks.js';
import { migration0007 } from './0007-incidents-maintenance.js';
import { migration0008 } from './0008-kobo-outbox.js';
import { migration0009 } from './0009-pathway-referrals.js';
import { migration0010 } from './0010-checklist-answers.js';
import { migration0011 } from './0011-audit-actor.js';
import { migration0012 } from './0012-referral-ledger.js';
import { migration0013 } from './0013-turns.js';
import { assertMigrationOrder, type Migration } from './migration.js';

export type { Migration, MigrationContext } from './migration.js';

/** Every schema step, imported by name so that adding a file is a visible change here. */
export const MIGRATIONS: readonly Migration[] = assertMigrationOrder([
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
  migration0013,
]);

/** The `user_version` of a database this code fully understands. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
