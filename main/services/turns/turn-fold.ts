import { LANGUAGES, TURN_NEEDS, type TurnDayFigures } from '../../contract/index.js';
import type { SqlExecutor } from '../db/index.js';

import { percentile } from './turn-order.js';

interface FoldRow {
  day: string;
  need: string;
  language: string;
  state: string;
  taken_ms: number;
  called_ms: number | null;
}

/**
 * Folds every turn of a day before `today` into the daily figures and deletes it, times, session
 * and all (the caller runs it inside a transaction). Waiting time is from taking the turn to its
 * first call; a turn still open when its day ended counts as `left_open` (its wait counts only if it was called). The
 * median and 90th percentile are computed here because only whole days are folded: a day is
 * folded once, after it has ended. Returns how many turns were folded.
 */
export async function foldTurnsBefore(db: SqlExecutor, today: string): Promise<number> {
  const rows = await db.all<FoldRow>(
    'SELECT day, need, language, state, taken_ms, called_ms FROM turn WHERE day < ? ORDER BY day',
    [today],
  );
  if (rows.length === 0) return 0;
  await db.run(
    `INSERT INTO turn_daily (day, need, language, turns, served, no_show, left_open)
       SELECT day, need, language, count(*), sum(state = 'served'), sum(state = 'no_show'),
              sum(state IN ('waiting', 'called'))
       FROM turn WHERE day < ? GROUP BY day, need, language
     ON CONFLICT (day, need, language) DO UPDATE SET
       turns = turns + excluded.turns, served = served + excluded.served,
       no_show = no_show + excluded.no_show, left_open = left_open + excluded.left_open`,
    [today],
  );
  const waits = new Map<string, number[]>();
  for (const row of rows) {
    const list = waits.get(row.day) ?? [];
    if (row.called_ms !== null) list.push(Math.max(0, row.called_ms - row.taken_ms) / 60_000);
    waits.set(row.day, list);
  }
  for (const [day, minutes] of waits) {
    minutes.sort((a, b) => a - b);
    // A day folded twice (a clock set back, then forward) keeps the larger measurement.
    await db.run(
      `INSERT INTO turn_wait_daily (day, measured, median_minutes, p90_minutes) VALUES (?, ?, ?, ?)
       ON CONFLICT (day) DO UPDATE SET measured = excluded.measured, median_minutes = excluded.median_minutes,
         p90_minutes = excluded.p90_minutes WHERE excluded.measured >= measured`,
      [day, minutes.length, percentile(minutes, 50), percentile(minutes, 90)],
    );
  }
  const deleted = await db.run('DELETE FROM turn WHERE day < ?', [today]);
  return deleted.changes;
}

interface DailyRow {
  day: string;
  need: string;
  language: string;
  turns: number;
  served: number;
  no_show: number;
  left_open: number;
}

interface WaitRow {
  day: string;
  measured: number;
  median_minutes: number | null;
  p90_minutes: number | null;
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** The folded figures of the days from `from` to `to` (inclusive), one entry per day with turns. */
export async function turnFigures(db: SqlExecutor, from: string, to: string): Promise<TurnDayFigures[]> {
  const daily = await db.all<DailyRow>('SELECT * FROM turn_daily WHERE day BETWEEN ? AND ? ORDER BY day', [from, to]);
  const waits = await db.all<WaitRow>(
    'SELECT day, measured, median_minutes, p90_minutes FROM turn_wait_daily WHERE day BETWEEN ? AND ?',
    [from, to],
  );
  const byDay = new Map<string, TurnDayFigures>();
  const figuresOf = (day: string): TurnDayFigures => {
    const found = byDay.get(day);
    if (found !== undefined) return found;
    const wait = waits.find((w) => w.day === day);
    const created: TurnDayFigures = {
      day,
      byNeed: zeros(TURN_NEEDS),
      byLanguage: zeros(LANGUAGES),
      served: 0,
      noShows: 0,
      leftOpen: 0,
      waitsMeasured: wait?.measured ?? 0,
      waitMedianMinutes: wait?.median_minutes ?? null,
      waitP90Minutes: wait?.p90_minutes ?? null,
    };
    byDay.set(day, created);
    return created;
  };
  for (const row of daily) {
    const figures = figuresOf(row.day);
    const byNeed = figures.byNeed as Record<string, number>;
    const byLanguage = figures.byLanguage as Record<string, number>;
    byNeed[row.need] = (byNeed[row.need] ?? 0) + row.turns;
    byLanguage[row.language] = (byLanguage[row.language] ?? 0) + row.turns;
    byDay.set(row.day, {
      ...figures,
      served: figures.served + row.served,
      noShows: figures.noShows + row.no_show,
      leftOpen: figures.leftOpen + row.left_open,
    });
  }
  return [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day));
}
