import { err, isoDay, type Result, type UsageMetric } from '../../contract/index.js';
import type { Clock } from '../clock.js';
import { useDatabase, type KioskDatabase } from '../db/index.js';
import type { Logger } from '../logger.js';

export interface UsageCount {
  readonly day: string;
  readonly count: number;
}

export interface UsageCounters {
  /** Adds one to today's counter for (metric, key) and returns the new total. */
  record(metric: UsageMetric, key?: string): Promise<Result<UsageCount>>;
}

export interface UsageCountersOptions {
  readonly database: KioskDatabase;
  readonly clock: Clock;
  readonly logger: Logger;
  /** The site's timezone, or undefined while the site configuration has never been valid. */
  readonly timeZone: () => string | undefined;
}

/**
 * Anonymous counters per day in the site's timezone (product rule 2). Only the calendar day is
 * stored — no time of day, no order of events — so the table cannot be read back as anyone's visit.
 */
export function createUsageCounters(options: UsageCountersOptions): UsageCounters {
  const { database, clock, logger } = options;
  return {
    async record(metric, key = '') {
      const timeZone = options.timeZone();
      // Without a site there is no site day to file the count under, and no visitor is being served.
      if (timeZone === undefined) return err('CONFIG_UNAVAILABLE', 'The site configuration has never been valid.');
      const day = isoDay(clock.now(), timeZone);
      return useDatabase(database, logger, 'record_usage', async (db) => {
        const row = await db.get<{ count: number }>(
          `INSERT INTO usage_counter (day, metric, key, count) VALUES (?, ?, ?, 1)
           ON CONFLICT (day, metric, key) DO UPDATE SET count = count + 1
           RETURNING count`,
          [day, metric, key],
        );
        if (row === undefined) throw new Error('The counter upsert returned no row.');
        return { day, count: row.count };
      });
    },
  };
}
