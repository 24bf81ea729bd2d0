import type { ConfigService } from '../config/index.js';
import { outcome, type CheckOutcome } from '../health/check-runner.js';

import { readSyncRecord } from './central-copy.js';

const HOUR_MS = 3_600_000;
/** A source down for an afternoon is the coordinator's to fix; past a day the point should know. */
const FAILING_HOURS = 24;

/**
 * The daily check's line for the central source, when it has one: a warning when the copy in use
 * was last confirmed more than a day ago and the source still fails, or when no copy was ever
 * received and the last attempt failed (visitors then see only this point's own entries).
 * Undefined when all is well, so the directory's own age check speaks. A warning: the kiosk keeps
 * serving the last good copy, and no incident is opened.
 */
export async function centralSourceCheck(
  dataDir: string,
  config: ConfigService,
  now: Date,
): Promise<CheckOutcome | undefined> {
  if (config.directory().central === undefined) return undefined;
  const record = await readSyncRecord(dataDir);
  if (record.outcome !== 'source_down' && record.outcome !== 'invalid') return undefined;
  const why = `${record.outcome}: ${record.reason ?? ''} ${record.detail ?? ''}`.trim();
  if (record.lastSyncedAt === null) return outcome('warn', 'central_never', `never received; ${why}`);
  const hours = Math.floor((now.getTime() - Date.parse(record.lastSyncedAt)) / HOUR_MS);
  if (hours < FAILING_HOURS) return undefined;
  return outcome(
    'warn',
    'central_failing',
    `last confirmed ${record.lastSyncedAt}; ${why}`.slice(0, 500),
    { value: hours, unit: 'hours' },
    { hours },
  );
}
