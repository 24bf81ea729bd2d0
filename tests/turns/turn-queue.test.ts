// Turns through the real kiosk services and a real SQLite file: call order with priorities, one
// open turn per visit, double taps, restart mid-day, and the end-of-day fold that leaves no time
// of any single turn in the database file.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import type { MyTurn, TakeTurnResponse, TurnQueue } from '../../main/contract/index.js';
import { fixedClock } from '../../main/services/clock.js';
import { DATABASE_FILE, openKioskDatabase } from '../../main/services/db/index.js';
import type { KioskServices } from '../../main/services/kiosk-services.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { connected } from '../services/db/connected.js';
import { readJson, sampleConfigCopy, tempDir, writeJson } from '../services/temp-dirs.js';
import { okValue } from '../support/result.js';
import { OPERATOR_NAME, OPERATOR_PIN, operatorToken, unlockAgain } from '../support/staff-sessions.js';
import { testServices } from '../support/test-services.js';

// 10:00 on Monday 7 December 2026 in Mexico City (16:00 UTC).
const NOW = new Date('2026-12-07T16:00:00Z');
const MINUTE = 60_000;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Kiosk {
  services: KioskServices;
  clock: ReturnType<typeof fixedClock>;
  configDir: string;
  dataDir: string;
  token: string;
}

async function start(
  turns: Record<string, unknown> = {},
  reuse?: { configDir: string; dataDir: string; clock: ReturnType<typeof fixedClock> },
): Promise<Kiosk> {
  const configDir = reuse?.configDir ?? (await sampleConfigCopy());
  if (reuse === undefined) {
    const operations = await readJson(join(configDir, 'operations.json'));
    operations.turns = { ...(operations.turns as object | undefined), ...turns };
    await writeJson(join(configDir, 'operations.json'), operations);
  }
  const dataDir = reuse?.dataDir ?? (await tempDir('kiosk-turns-'));
  const clock = reuse?.clock ?? fixedClock(NOW);
  const services = await testServices({
    configDir,
    dataDir,
    clock,
  });
  let closed = false;
  cleanups.push(async () => {
    if (!closed) await services.close();
  });
  const close = services.close.bind(services);
  services.close = async () => {
    closed = true;
    await close();
  };
  const token = await operatorToken(services.dispatch, dataDir);
  return { services, clock, configDir, dataDir, token };
}

/** Moves the clock; the operator unlocks again, as one would after the staff idle timeout. */
async function advance(k: Kiosk, ms: number): Promise<void> {
  k.clock.advance(ms);
  k.token = await unlockAgain(k.services.dispatch, OPERATOR_PIN, OPERATOR_NAME);
}

let keys = 0;
const key = (): string => `tap-${String((keys += 1)).padStart(6, '0')}`;

async function take(
  k: Kiosk,
  session: string,
  need: string,
  extra: Record<string, unknown> = {},
): Promise<TakeTurnResponse> {
  const request = { session, requestKey: key(), need, language: 'es', ...extra };
  return okValue(await k.services.dispatch('takeTurn', request)) as TakeTurnResponse;
}

const queue = async (k: Kiosk): Promise<TurnQueue> =>
  okValue(await k.services.dispatch('listTurnQueue', { token: k.token })) as TurnQueue;

async function callNext(k: Kiosk): Promise<string | null> {
  const called = okValue(await k.services.dispatch('callNextTurn', { token: k.token })) as {
    turn: { number: string } | null;
  };
  return called.turn?.number ?? null;
}

const mine = async (k: Kiosk, session: string): Promise<MyTurn | null> =>
  (okValue(await k.services.dispatch('getMyTurn', { session })) as { turn: MyTurn | null }).turn;

describe('taking a turn', () => {
  it('numbers turns 001, 002 … and prints a ticket (the sample printer previews it)', async () => {
    const k = await start();
    const first = await take(k, 'visit-a', 'information');
    const second = await take(k, 'visit-b', 'account_help', { language: 'ht' });
    expect(first).toEqual({
      turn: { number: '001', state: 'waiting', ahead: 0, callId: 0 },
      existing: false,
      ticket: 'previewed',
    });
    expect(second.turn).toMatchObject({ number: '002', ahead: 1 });
    const listed = await queue(k);
    expect(listed.turns.map((t) => [t.number, t.need, t.language])).toEqual([
      ['001', 'information', 'es'],
      ['002', 'account_help', 'ht'],
    ]);
  });

  it('a double tap (the same request key) gives the same turn, not two', async () => {
    const k = await start();
    const request = { session: 'visit-a', requestKey: 'same-tap-0001', need: 'referral', language: 'fr' };
    const [one, two] = await Promise.all([
      k.services.dispatch('takeTurn', request),
      k.services.dispatch('takeTurn', request),
    ]);
    const answers = [okValue(one), okValue(two)] as TakeTurnResponse[];
    expect(answers.map((a) => a.turn.number)).toEqual(['001', '001']);
    expect(answers.map((a) => a.existing).sort()).toEqual([false, true]);
    expect((await queue(k)).turns).toHaveLength(1);
  });

  it('holds a visit to one open turn; once served, the visit may take another', async () => {
    const k = await start();
    const first = await take(k, 'visit-a', 'information');
    const again = await take(k, 'visit-a', 'urgent_or_private');
    expect(again).toMatchObject({ existing: true, ticket: 'not_printed', turn: { number: first.turn.number } });
    expect((await queue(k)).turns).toHaveLength(1);
    const [turn] = (await queue(k)).turns;
    okValue(await k.services.dispatch('markTurnServed', { token: k.token, id: turn?.id }));
    expect(await mine(k, 'visit-a')).toBeNull();
    expect((await take(k, 'visit-a', 'referral')).turn.number).toBe('002');
  });

  it('refuses needs, languages and flags outside the fixed lists, and free text', async () => {
    const k = await start();
    for (const bad of [
      { session: 'visit-a', requestKey: key(), need: 'asylum', language: 'es' },
      { session: 'visit-a', requestKey: key(), need: 'information', language: 'de' },
      { session: 'visit-a', requestKey: key(), need: 'information', language: 'es', priority: 'vip' },
      { session: 'visit-a', requestKey: key(), need: 'information', language: 'es', name: 'María' },
      { session: 'no spaces!', requestKey: key(), need: 'information', language: 'es' },
      { session: 'visit-a', requestKey: 'x', need: 'information', language: 'es' },
    ]) {
      const result = await k.services.dispatch('takeTurn', bad);
      expect(result.ok ? 'accepted' : result.error.code, JSON.stringify(bad)).toBe('INVALID_PAYLOAD');
    }
  });

  it('is refused when the site has turned turns off', async () => {
    const k = await start({ enabled: false });
    const result = await k.services.dispatch('takeTurn', {
      session: 'visit-a',
      requestKey: key(),
      need: 'information',
      language: 'es',
    });
    expect(result.ok ? 'ok' : result.error.code).toBe('NOT_CONFIGURED');
  });
});

describe('calling', () => {
  it('calls urgent or private first, then arrival order', async () => {
    const k = await start();
    await take(k, 'v1', 'information');
    await take(k, 'v2', 'account_help');
    await take(k, 'v3', 'urgent_or_private');
    expect((await mine(k, 'v1'))?.ahead).toBe(1);
    expect(await callNext(k)).toBe('003');
    expect(await callNext(k)).toBe('001');
    expect(await callNext(k)).toBe('002');
    expect(await callNext(k)).toBeNull();
  });

  it('puts a configured priority flag after priority needs and before arrival; an unoffered flag counts for nothing', async () => {
    const k = await start({ priorityFlags: ['pregnancy', 'age'] });
    await take(k, 'v1', 'information');
    await take(k, 'v2', 'information', { priority: 'children' });
    await take(k, 'v3', 'referral', { priority: 'age' });
    await take(k, 'v4', 'urgent_or_private');
    const order = (await queue(k)).turns.map((t) => [t.number, t.priority]);
    expect(order).toEqual([
      ['004', null],
      ['003', 'age'],
      ['001', null],
      // Not offered by the site: not even stored.
      ['002', null],
    ]);
    expect(await callNext(k)).toBe('004');
    expect(await callNext(k)).toBe('003');
  });

  it('without priority needs configured, plain arrival order', async () => {
    const k = await start({ priorityNeeds: [] });
    await take(k, 'v1', 'information');
    await take(k, 'v2', 'urgent_or_private');
    expect(await callNext(k)).toBe('001');
  });

  it('recall gives a new call id (the screens chime again); served and no-show close the turn', async () => {
    const k = await start();
    await take(k, 'v1', 'information');
    await take(k, 'v2', 'information');
    await callNext(k);
    const firstCall = await mine(k, 'v1');
    expect(firstCall).toMatchObject({ state: 'called', ahead: 0 });
    const [called] = (await queue(k)).turns.filter((t) => t.state === 'called');
    const recalled = okValue(await k.services.dispatch('recallTurn', { token: k.token, id: called?.id })) as {
      turn: { calls: number } | null;
    };
    expect(recalled.turn?.calls).toBe(2);
    const secondCall = await mine(k, 'v1');
    expect(secondCall?.callId).toBeGreaterThan(firstCall?.callId ?? Infinity);
    expect(okValue(await k.services.dispatch('getTurnCalls', {}))).toEqual({
      calls: [{ number: '001', callId: secondCall?.callId }],
    });
    // A waiting turn cannot be recalled.
    const waiting = (await queue(k)).turns.find((t) => t.state === 'waiting');
    expect(okValue(await k.services.dispatch('recallTurn', { token: k.token, id: waiting?.id }))).toEqual({
      turn: null,
    });
    expect(okValue(await k.services.dispatch('markTurnNoShow', { token: k.token, id: called?.id }))).toEqual({
      closed: true,
    });
    expect(okValue(await k.services.dispatch('markTurnServed', { token: k.token, id: called?.id }))).toEqual({
      closed: false,
    });
    expect(okValue(await k.services.dispatch('getTurnCalls', {}))).toEqual({ calls: [] });
  });

  it('staff methods need a staff session; the display method needs none', async () => {
    const k = await start();
    for (const method of ['listTurnQueue', 'callNextTurn']) {
      const result = await k.services.dispatch(method, { token: 'x'.repeat(43) });
      expect(result.ok ? 'ok' : result.error.code).toBe('NOT_AUTHORISED');
    }
    expect((await k.services.dispatch('getTurnCalls', {})).ok).toBe(true);
  });

  it('counts long waits for the staff badge', async () => {
    const k = await start({ longWaitMinutes: 15 });
    await take(k, 'v1', 'information');
    await advance(k, 10 * MINUTE);
    await take(k, 'v2', 'information');
    await advance(k, 6 * MINUTE);
    const listed = await queue(k);
    expect(listed.turns.map((t) => t.waitingMinutes)).toEqual([16, 6]);
    expect(listed).toMatchObject({ longWaitMinutes: 15, longWaits: 1 });
  });
});

describe('restart and the end of the day', () => {
  it('keeps the queue across a restart mid-day, in the same order', async () => {
    const k = await start();
    await take(k, 'v1', 'information');
    await take(k, 'v2', 'urgent_or_private');
    await take(k, 'v3', 'referral');
    await callNext(k);
    await k.services.close();
    // The detector the end-of-day test relies on: an open turn's time is in the file.
    expect((await databaseBytes(k.dataDir)).includes(storedMs(NOW.getTime()))).toBe(true);
    const again = await start({}, k);
    expect((await queue(again)).turns.map((t) => [t.number, t.state])).toEqual([
      ['001', 'waiting'],
      ['003', 'waiting'],
      ['002', 'called'],
    ]);
    expect(await mine(again, 'v3')).toMatchObject({ number: '003', ahead: 1 });
    expect(await callNext(again)).toBe('001');
    expect((await take(again, 'v4', 'information')).turn.number).toBe('004');
  });

  it('folds the day into figures at the next day and leaves no time of any turn in the file', async () => {
    const k = await start();
    // Waits of 2, 4, 6, 8 and 30 minutes; one no-show, one left waiting at closing time.
    const waits = [2, 4, 6, 8, 30];
    for (const [index] of waits.entries()) {
      await take(k, `v${index}`, index === 0 ? 'urgent_or_private' : 'information', {
        language: index % 2 === 0 ? 'es' : 'ht',
      });
    }
    await take(k, 'v-last', 'referral', { language: 'fr' });
    const ids = (await queue(k)).turns.map((t) => t.id);
    let elapsed = 0;
    for (const [index, wait] of waits.entries()) {
      await advance(k, (wait - elapsed) * MINUTE);
      elapsed = wait;
      const number = await callNext(k);
      expect(number).toBe(String(index + 1).padStart(3, '0'));
      const id = ids[index];
      const method = index === 4 ? 'markTurnNoShow' : 'markTurnServed';
      okValue(await k.services.dispatch(method, { token: k.token, id }));
    }
    // The next morning, the first call of the day folds yesterday.
    k.clock.set(new Date('2026-12-08T15:00:00Z'));
    await advance(k, 0);
    expect((await queue(k)).turns).toEqual([]);
    expect((await take(k, 'v-new', 'information')).turn.number).toBe('001');

    const reader = await openKioskDatabase({ dataDir: k.dataDir, clock: k.clock, logger: createMemoryLogger() });
    cleanups.push(() => reader.close());
    const db = connected(reader);
    expect(await db.all('SELECT day, seq FROM turn')).toEqual([{ day: '2026-12-08', seq: 1 }]);
    expect(await db.all('SELECT * FROM turn_wait_daily')).toEqual([
      { day: '2026-12-07', measured: 5, median_minutes: 6, p90_minutes: 30 },
    ]);
    expect(
      await db.all('SELECT need, language, turns, served, no_show, left_open FROM turn_daily ORDER BY need, language'),
    ).toEqual([
      { need: 'information', language: 'es', turns: 2, served: 1, no_show: 1, left_open: 0 },
      { need: 'information', language: 'ht', turns: 2, served: 2, no_show: 0, left_open: 0 },
      { need: 'referral', language: 'fr', turns: 1, served: 0, no_show: 0, left_open: 1 },
      { need: 'urgent_or_private', language: 'es', turns: 1, served: 1, no_show: 0, left_open: 0 },
    ]);
    // No column anywhere holds yesterday's times: the only per-turn row is today's.
    const columns = await db.all<{ name: string }>("SELECT name FROM pragma_table_info('turn_daily')");
    expect(columns.map((c) => c.name)).not.toContain('taken_ms');
    await reader.close();
    await k.services.close();
    // Yesterday's times as SQLite stores them (6-byte big-endian integers): taken, and each call.
    const file = await databaseBytes(k.dataDir);
    for (const minutes of [0, ...waits]) {
      expect(file.includes(storedMs(NOW.getTime() + minutes * MINUTE)), `${minutes} min`).toBe(false);
    }

    const figures = await reportFigures(k);
    expect(figures).toEqual([
      {
        day: '2026-12-07',
        byNeed: { account_help: 0, information: 4, referral: 1, urgent_or_private: 1 },
        byLanguage: { es: 3, en: 0, fr: 1, ht: 2 },
        served: 4,
        noShows: 1,
        leftOpen: 1,
        waitsMeasured: 5,
        waitMedianMinutes: 6,
        waitP90Minutes: 30,
      },
    ]);
  });
});

/** An integer of 48 bits as a SQLite record holds it (serial type 5: big-endian, 6 bytes). */
function storedMs(ms: number): Buffer {
  const bytes = Buffer.alloc(6);
  bytes.writeUIntBE(ms, 0, 6);
  return bytes;
}

/** The database file and its write-ahead log, if one is left, as one byte string. */
async function databaseBytes(dataDir: string): Promise<Buffer> {
  const main = await readFile(join(dataDir, DATABASE_FILE));
  const wal = await readFile(join(dataDir, `${DATABASE_FILE}-wal`)).catch(() => Buffer.alloc(0));
  return Buffer.concat([main, wal]);
}

async function reportFigures(k: Kiosk): Promise<unknown> {
  const { createTurnService } = await import('../../main/services/turns/turn-service.js');
  const { createConfigService } = await import('../../main/services/config/index.js');
  const logger = createMemoryLogger();
  const config = await createConfigService({
    dir: k.configDir,
    clock: k.clock,
    logger,
    watch: false,
    onChange: () => undefined,
  });
  const database = await openKioskDatabase({ dataDir: k.dataDir, clock: k.clock, logger });
  cleanups.push(async () => {
    config.close();
    await database.close();
  });
  return createTurnService({ database, config, clock: k.clock, logger }).figures('2026-12-01', '2026-12-31');
}
