import {
  err,
  isoDay,
  ok,
  type CurrentCalls,
  type MyTurn,
  type QueuedTurn,
  type Result,
  type TakeTurnRequest,
  type TurnDayFigures,
  type TurnQueue,
} from '../../contract/index.js';
import type { Clock } from '../clock.js';
import type { ConfigService, TurnsSettings } from '../config/index.js';
import type { KioskDatabase } from '../db/index.js';
import type { Logger } from '../logger.js';

import { foldTurnsBefore, turnFigures } from './turn-fold.js';
import { callOrder, turnNumber } from './turn-order.js';
import {
  closeTurn,
  currentCalls,
  findById,
  findByRequestKey,
  findOpenBySession,
  insertTurn,
  markCalled,
  openTurns,
  type TurnRow,
} from './turn-store.js';

export interface TurnServiceOptions {
  readonly database: KioskDatabase;
  readonly config: ConfigService;
  readonly clock: Clock;
  readonly logger: Logger;
}

export interface TakenTurn {
  readonly turn: MyTurn;
  /** True when the visit already held this turn (a second tap, or a second "take a turn"). */
  readonly existing: boolean;
}

export interface TurnService {
  settings(): TurnsSettings;
  take(request: TakeTurnRequest): Promise<Result<TakenTurn>>;
  mine(session: string): Promise<Result<MyTurn | null>>;
  queue(): Promise<Result<TurnQueue>>;
  callNext(): Promise<Result<QueuedTurn | null>>;
  recall(id: number): Promise<Result<QueuedTurn | null>>;
  /** False when the turn was not open (already closed, or folded away). */
  close(id: number, state: 'served' | 'no_show'): Promise<Result<boolean>>;
  calls(): Promise<Result<CurrentCalls>>;
  /** Folds the turns of past days into daily figures and deletes them; returns how many. */
  fold(): Promise<number>;
  figures(from: string, to: string): Promise<TurnDayFigures[]>;
}

/** More open turns than this is not a queue any more; someone is pressing the button for fun. */
export const MAX_OPEN_TURNS = 300;
/** How many calls a display shows at once. */
const DISPLAY_CALLS = 6;

/**
 * The queue of people waiting at the attention point, one day at a time. The day is the site's
 * (site.json time zone). Before any work, turns of earlier days are folded into figures, so the
 * queue is empty at the start of a day even on a kiosk that never restarts.
 */
export function createTurnService(options: TurnServiceOptions): TurnService {
  const { database, config, clock, logger } = options;
  const settings = (): TurnsSettings => config.operations().turns;
  const today = (): string => isoDay(clock.now(), config.site()?.timezone ?? 'UTC');
  let foldedBefore: string | undefined;

  const fold = async (): Promise<number> => {
    const db = database.connection();
    if (db === undefined) return 0;
    const day = today();
    const folded = await db.transaction((tx) => foldTurnsBefore(tx, day));
    foldedBefore = day;
    if (folded > 0) logger.info('turns_folded', { count: folded });
    return folded;
  };

  /** The database, with earlier days already folded; undefined while it is unavailable. */
  const ready = async (): Promise<ReturnType<KioskDatabase['connection']>> => {
    const db = database.connection();
    if (db !== undefined && foldedBefore !== today()) await fold();
    return db;
  };

  const queuedOf = (row: TurnRow, nowMs: number): QueuedTurn => ({
    id: row.id,
    number: turnNumber(row.seq),
    need: row.need,
    language: row.language,
    priority: row.priority,
    state: row.state === 'called' ? 'called' : 'waiting',
    waitingMinutes: Math.max(0, Math.floor(((row.called_ms ?? nowMs) - row.taken_ms) / 60_000)),
    calls: row.calls,
  });

  /** Open turns: the waiting ones in call order, then the called ones, the oldest call first. */
  const ordered = async (db: NonNullable<Awaited<ReturnType<typeof ready>>>): Promise<TurnRow[]> => {
    const open = await openTurns(db, today());
    const waiting = callOrder(
      open.filter((t) => t.state === 'waiting'),
      settings(),
    );
    return [...waiting, ...open.filter((t) => t.state === 'called')];
  };

  const myTurnOf = async (db: NonNullable<Awaited<ReturnType<typeof ready>>>, row: TurnRow): Promise<MyTurn> => {
    const order = (await ordered(db)).filter((t) => t.state === 'waiting');
    const index = order.findIndex((t) => t.id === row.id);
    return {
      number: turnNumber(row.seq),
      state: row.state,
      ahead: row.state === 'waiting' && index >= 0 ? index : 0,
      callId: row.call_id,
    };
  };

  const afterAction = async (id: number): Promise<Result<QueuedTurn | null>> => {
    const db = await ready();
    if (db === undefined) return err('DATABASE_UNAVAILABLE');
    const row = await findById(db, id);
    const open = row !== undefined && (row.state === 'waiting' || row.state === 'called');
    return ok(open ? queuedOf(row, clock.now().getTime()) : null);
  };

  return {
    settings,
    fold,

    async take(request) {
      if (!settings().enabled) return err('NOT_CONFIGURED', 'turns are off (operations.json turns.enabled)');
      const db = await ready();
      if (db === undefined) return err('DATABASE_UNAVAILABLE');
      // A flag the site does not offer is not stored: it would mean nothing and say something.
      const priority =
        request.priority !== undefined && settings().priorityFlags.includes(request.priority) ? request.priority : null;
      const taken = await db.transaction(async (tx) => {
        const same = (await findByRequestKey(tx, request.requestKey)) ?? (await findOpenBySession(tx, request.session));
        if (same !== undefined) return { row: same, existing: true };
        const open = await openTurns(tx, today());
        if (open.length >= MAX_OPEN_TURNS) return undefined;
        const row = await insertTurn(tx, {
          day: today(),
          need: request.need,
          language: request.language,
          priority,
          session: request.session,
          requestKey: request.requestKey,
          takenMs: clock.now().getTime(),
        });
        return { row, existing: false };
      });
      if (taken === undefined) return err('SLIP_LIMIT', `more than ${MAX_OPEN_TURNS} open turns`);
      if (!taken.existing) logger.info('turn_taken', { need: request.need, language: request.language });
      return ok({ turn: await myTurnOf(db, taken.row), existing: taken.existing });
    },

    async mine(session) {
      const db = await ready();
      if (db === undefined) return err('DATABASE_UNAVAILABLE');
      const row = await findOpenBySession(db, session);
      return ok(row === undefined ? null : await myTurnOf(db, row));
    },

    async queue() {
      const db = await ready();
      if (db === undefined) return err('DATABASE_UNAVAILABLE');
      const nowMs = clock.now().getTime();
      const turns = (await ordered(db)).map((row) => queuedOf(row, nowMs));
      const { longWaitMinutes } = settings();
      const longWaits = turns.filter((t) => t.state === 'waiting' && t.waitingMinutes >= longWaitMinutes).length;
      return ok({ turns, longWaitMinutes, longWaits });
    },

    async callNext() {
      const db = await ready();
      if (db === undefined) return err('DATABASE_UNAVAILABLE');
      const next = await db.transaction(async (tx) => {
        const open = await openTurns(tx, today());
        const [first] = callOrder(
          open.filter((t) => t.state === 'waiting'),
          settings(),
        );
        if (first !== undefined) await markCalled(tx, first.id, clock.now().getTime());
        return first;
      });
      if (next === undefined) return ok(null);
      return afterAction(next.id);
    },

    async recall(id) {
      const db = await ready();
      if (db === undefined) return err('DATABASE_UNAVAILABLE');
      const row = await findById(db, id);
      if (row?.state !== 'called') return ok(null);
      await markCalled(db, id, clock.now().getTime());
      return afterAction(id);
    },

    async close(id, state) {
      const db = await ready();
      if (db === undefined) return err('DATABASE_UNAVAILABLE');
      const closed = await closeTurn(db, id, state, clock.now().getTime());
      if (closed) logger.info('turn_closed', { state });
      return ok(closed);
    },

    async calls() {
      const db = await ready();
      if (db === undefined) return err('DATABASE_UNAVAILABLE');
      const rows = await currentCalls(db, today(), DISPLAY_CALLS);
      return ok({ calls: rows.map((row) => ({ number: turnNumber(row.seq), callId: row.call_id })) });
    },

    async figures(from, to) {
      const db = await ready();
      return db === undefined ? [] : turnFigures(db, from, to);
    },
  };
}
