import type { TurnIndicatorSource } from '../config/turns-schema.js';
import type { SqlExecutor } from '../db/index.js';

const COLUMN: Readonly<Record<TurnIndicatorSource['measure'], string>> = {
  taken: 'turns',
  served: 'served',
  no_show: 'no_show',
  left_open: 'left_open',
};

/**
 * A KoboToolbox indicator from the turns' daily figures (`turn_daily`), summed from `first` to
 * `last`. Only folded days count: today's turns join the figures once the day is over. Waiting
 * times are not offered: a month's median cannot be made from daily medians.
 */
export async function turnIndicator(
  db: SqlExecutor,
  first: string,
  last: string,
  source: TurnIndicatorSource,
): Promise<number> {
  const where: string[] = ['day BETWEEN ? AND ?'];
  const params: string[] = [first, last];
  if (source.need !== undefined) {
    where.push('need = ?');
    params.push(source.need);
  }
  if (source.language !== undefined) {
    where.push('language = ?');
    params.push(source.language);
  }
  // The column comes from the fixed map above, never from configuration text.
  const row = await db.get<{ total: number | null }>(
    `SELECT SUM(${COLUMN[source.measure]}) AS total FROM turn_daily WHERE ${where.join(' AND ')}`,
    params,
  );
  return row?.total ?? 0;
}
