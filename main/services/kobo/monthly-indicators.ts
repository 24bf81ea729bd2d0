import { assertNever, err, isoDay } from '../../contract/index.js';
import type { ConfigService } from '../config/index.js';
import type { IndicatorMapping, IndicatorSource } from '../config/kobo-schema.js';
import { useDatabase, type KioskDatabase, type SqlExecutor, type SqlValue } from '../db/index.js';
import type { Logger } from '../logger.js';
import type { MonthlyIndicators, MonthlyIndicatorSource } from '../reports/monthly-indicators.js';

import { turnIndicator } from '../turns/turn-indicators.js';

import { lastDayOfMonth, monthsBetween } from './months.js';
import { referralIndicatorValue } from './referral-indicators.js';

/** The most months one call computes: two years of reports. */
export const MAX_MONTHS = 24;

const DAY_MS = 86_400_000;
const isoDayPattern = /^\d{4}-\d{2}-\d{2}$/;

interface SourceDeps {
  readonly database: KioskDatabase;
  readonly logger: Logger;
  readonly config: ConfigService;
}

/**
 * The monthly indicators under the site's Kobo column names (kobo.json). Each month is a whole
 * calendar month in the site's timezone, even when the period asked for starts or ends inside
 * it: an indicator is a monthly figure, and a partial month would be a different number under
 * the same column name.
 */
export function createMonthlyIndicatorSource(deps: SourceDeps): MonthlyIndicatorSource {
  const { database, logger, config } = deps;
  return {
    async forPeriod(from, to) {
      if (!isoDayPattern.test(from) || !isoDayPattern.test(to) || from > to) {
        return err('INVALID_PERIOD', `"${from}" to "${to}" is not a period`);
      }
      const months = monthsBetween(from.slice(0, 7), to.slice(0, 7));
      if (months.length > MAX_MONTHS) return err('INVALID_PERIOD', `at most ${MAX_MONTHS} months at a time`);
      const timeZone = config.site()?.timezone;
      if (timeZone === undefined) return err('CONFIG_UNAVAILABLE', 'site.json has never been valid.');
      const indicators = config.kobo().indicators ?? [];
      return useDatabase(database, logger, 'monthly_indicators', async (db) => {
        const result: MonthlyIndicators[] = [];
        for (const month of months) {
          result.push({ month, values: await monthValues(db, month, indicators, timeZone) });
        }
        return result;
      });
    },
  };
}

/** One month's figures, in the order of the mapping. */
export async function monthValues(
  db: SqlExecutor,
  month: string,
  indicators: readonly IndicatorMapping[],
  timeZone: string,
): Promise<{ column: string; value: number }[]> {
  const values: { column: string; value: number }[] = [];
  for (const { column, from } of indicators) {
    values.push({ column, value: await indicatorValue(db, month, from, timeZone) });
  }
  return values;
}

async function sum(db: SqlExecutor, sql: string, params: SqlValue[]): Promise<number> {
  const row = await db.get<{ total: number | null }>(sql, params);
  return row?.total ?? 0;
}

/** `AND column = ?` for each filter that is set. */
function filters(pairs: readonly (readonly [string, string | undefined])[]): { sql: string; params: string[] } {
  const set = pairs.filter((pair): pair is readonly [string, string] => pair[1] !== undefined);
  return { sql: set.map(([column]) => ` AND ${column} = ?`).join(''), params: set.map(([, value]) => value) };
}

async function indicatorValue(
  db: SqlExecutor,
  month: string,
  source: IndicatorSource,
  timeZone: string,
): Promise<number> {
  const first = `${month}-01`;
  const last = lastDayOfMonth(month);
  switch (source.kind) {
    case 'people': {
      const where = filters([
        ['e.type', source.activityType],
        ['c.sex', source.sex],
        ['c.age', source.age],
        ['e.category', source.category],
      ]);
      return sum(
        db,
        `SELECT SUM(c.count) AS total FROM activity_count c JOIN activity_entry e ON e.id = c.entry_id
         WHERE e.day BETWEEN ? AND ?${where.sql}`,
        [first, last, ...where.params],
      );
    }
    case 'entries':
      return sum(db, 'SELECT COUNT(*) AS total FROM activity_entry WHERE day BETWEEN ? AND ? AND type = ?', [
        first,
        last,
        source.activityType,
      ]);
    case 'usage': {
      const where = filters([
        ['metric', source.metric],
        ['key', source.key],
      ]);
      return sum(db, `SELECT SUM(count) AS total FROM usage_counter WHERE day BETWEEN ? AND ?${where.sql}`, [
        first,
        last,
        ...where.params,
      ]);
    }
    case 'pathwayReferrals': {
      const where = filters([
        ['profile', source.profile],
        ['urgency', source.urgency],
      ]);
      return sum(db, `SELECT SUM(count) AS total FROM pathway_referral_count WHERE day BETWEEN ? AND ?${where.sql}`, [
        first,
        last,
        ...where.params,
      ]);
    }
    case 'incidents': {
      const where = filters([['kind', source.incidentKind]]);
      return sum(db, `SELECT COUNT(*) AS total FROM incident WHERE opened_day BETWEEN ? AND ?${where.sql}`, [
        first,
        last,
        ...where.params,
      ]);
    }
    case 'equipmentChecks':
      return equipmentChecks(db, month, source.summary, timeZone);
    // — Turns for people waiting —
    case 'turns':
      return turnIndicator(db, first, last, source);
    case 'referralOutcomes':
      return referralIndicatorValue(db, first, last, source);
    default:
      return assertNever(source, 'indicator source');
  }
}

/**
 * Checks carry an instant, not a site day: rows a day either side of the month (no timezone is
 * further than that from UTC) are read, and each is placed by its day in the site's timezone.
 */
async function equipmentChecks(
  db: SqlExecutor,
  month: string,
  summary: string | undefined,
  timeZone: string,
): Promise<number> {
  const from = new Date(Date.parse(`${month}-01T00:00:00Z`) - DAY_MS).toISOString();
  const to = new Date(Date.parse(`${lastDayOfMonth(month)}T00:00:00Z`) + 2 * DAY_MS).toISOString();
  const where = filters([['summary', summary]]);
  const rows = await db.all<{ started_at: string }>(
    `SELECT started_at FROM equipment_check WHERE started_at >= ? AND started_at < ?${where.sql}`,
    [from, to, ...where.params],
  );
  return rows.filter((row) => isoDay(new Date(row.started_at), timeZone).startsWith(month)).length;
}
