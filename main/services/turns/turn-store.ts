import type { Language, TurnNeed, TurnPriorityFlag, TurnState } from '../../contract/index.js';
import type { SqlExecutor } from '../db/index.js';

/** A row of today's queue as the services use it. Times are ms since the epoch. */
export interface TurnRow {
  readonly id: number;
  readonly day: string;
  readonly seq: number;
  readonly need: TurnNeed;
  readonly language: Language;
  readonly priority: TurnPriorityFlag | null;
  readonly state: TurnState;
  readonly session: string | null;
  readonly request_key: string | null;
  readonly taken_ms: number;
  readonly called_ms: number | null;
  readonly last_call_ms: number | null;
  readonly calls: number;
  readonly call_id: number;
}

export interface NewTurn {
  readonly day: string;
  readonly need: TurnNeed;
  readonly language: Language;
  readonly priority: TurnPriorityFlag | null;
  readonly session: string;
  readonly requestKey: string;
  readonly takenMs: number;
}

export const findByRequestKey = (db: SqlExecutor, key: string): Promise<TurnRow | undefined> =>
  db.get<TurnRow>('SELECT * FROM turn WHERE request_key = ?', [key]);

/** The session's open turn (waiting or called); a closed one has no session any more. */
export const findOpenBySession = (db: SqlExecutor, session: string): Promise<TurnRow | undefined> =>
  db.get<TurnRow>(`SELECT * FROM turn WHERE session = ? AND state IN ('waiting', 'called')`, [session]);

export const findById = (db: SqlExecutor, id: number): Promise<TurnRow | undefined> =>
  db.get<TurnRow>('SELECT * FROM turn WHERE id = ?', [id]);

export const openTurns = (db: SqlExecutor, day: string): Promise<TurnRow[]> =>
  db.all<TurnRow>(`SELECT * FROM turn WHERE day = ? AND state IN ('waiting', 'called') ORDER BY seq`, [day]);

export async function insertTurn(db: SqlExecutor, turn: NewTurn): Promise<TurnRow> {
  const row = await db.get<TurnRow>(
    `INSERT INTO turn (day, seq, need, language, priority, session, request_key, taken_ms)
     VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM turn WHERE day = ?), ?, ?, ?, ?, ?, ?)
     RETURNING *`,
    [turn.day, turn.day, turn.need, turn.language, turn.priority, turn.session, turn.requestKey, turn.takenMs],
  );
  if (row === undefined) throw new Error('INSERT … RETURNING gave no row');
  return row;
}

/**
 * A call or a recall: the first call is when the wait ends (`called_ms`); every call gets a new
 * `call_id`, so screens chime once per call.
 */
export async function markCalled(db: SqlExecutor, id: number, nowMs: number): Promise<void> {
  await db.run(
    `UPDATE turn SET state = 'called', called_ms = coalesce(called_ms, ?), last_call_ms = ?, calls = calls + 1,
       call_id = (SELECT coalesce(max(call_id), 0) + 1 FROM turn)
     WHERE id = ? AND state IN ('waiting', 'called')`,
    [nowMs, nowMs, id],
  );
}

/**
 * Served or gone. The session is forgotten at once: the visit may take a new turn, and nothing
 * links the closed turn to the screen any more. A turn served without a call ends its wait now; a
 * no-show never called has no wait (nobody knows when that person left).
 */
export async function closeTurn(
  db: SqlExecutor,
  id: number,
  state: 'served' | 'no_show',
  nowMs: number,
): Promise<boolean> {
  const result = await db.run(
    `UPDATE turn SET state = ?, session = NULL, called_ms = coalesce(called_ms, ?)
     WHERE id = ? AND state IN ('waiting', 'called')`,
    [state, state === 'served' ? nowMs : null, id],
  );
  return result.changes > 0;
}

/** Called turns, the most recent call first: what the displays show. */
export const currentCalls = (db: SqlExecutor, day: string, limit: number): Promise<TurnRow[]> =>
  db.all<TurnRow>(`SELECT * FROM turn WHERE day = ? AND state = 'called' ORDER BY last_call_ms DESC, id DESC LIMIT ?`, [
    day,
    limit,
  ]);
