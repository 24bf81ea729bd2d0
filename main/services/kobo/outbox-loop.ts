import type { Clock } from '../clock.js';
import type { KoboSettings } from '../config/kobo-schema.js';
import type { KioskDatabase } from '../db/index.js';
import type { Logger } from '../logger.js';

import { readCredential } from './kobo-credential.js';
import { dueSubmissions, nextAttemptAt, recordAttempt, type AttemptOutcome } from './kobo-outbox.js';
import { submitInstance, type SendResult } from './openrosa-client.js';

export interface OutboxLoop {
  /** Sends what is due; resolves when nothing due is left (a call during a pass extends it). */
  kick(): Promise<void>;
  /** Stops the timer, abandons the request in flight (it is not counted) and waits for the pass. */
  close(): Promise<void>;
}

export interface OutboxLoopDeps {
  readonly database: KioskDatabase;
  readonly credentialKey: Buffer | undefined;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly settings: () => KoboSettings | undefined;
  readonly outcomeOf: (result: SendResult, attempts: number) => AttemptOutcome;
  readonly onAttempt: () => void;
}

/** The loop looks again at least this often, so a changed clock or kobo.json is noticed. */
const LONGEST_SLEEP_MS = 60 * 60_000;
/** After a database error, the next look. */
const AFTER_ERROR_MS = 60_000;

/**
 * The background sender. One pass at a time, never two: a kick during a pass asks for another
 * pass after it. Between passes a single unref'd timer waits for the earliest `next_attempt_at`,
 * so the outbox resumes after a restart and never keeps the process alive.
 */
export function createOutboxLoop(deps: OutboxLoopDeps): OutboxLoop {
  const { database, clock, logger } = deps;
  const aborter = new AbortController();
  let running: Promise<void> | undefined;
  let again = false;
  let closed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Read through a function: `closed` changes while a pass awaits, which narrowing cannot see.
  const stopped = (): boolean => closed;
  const wanted = (): boolean => again;

  const sleep = (ms: number): void => {
    clearTimeout(timer);
    if (closed) return;
    timer = setTimeout(() => void kick(), Math.min(Math.max(ms, 0), LONGEST_SLEEP_MS));
    timer.unref();
  };

  /** Returns false when nothing can be sent until a person acts (no settings, no credential). */
  async function pass(): Promise<boolean> {
    const settings = deps.settings();
    const conn = database.connection();
    if (settings === undefined || conn === undefined) return false;
    const stored = await readCredential(conn, deps.credentialKey);
    if (stored === undefined || stored.credential.kind !== settings.auth) return false;
    for (const row of await dueSubmissions(conn, clock.now())) {
      if (closed) return true;
      const result = await submitInstance(
        {
          serverUrl: settings.serverUrl,
          credential: stored.credential,
          timeoutMs: settings.timeoutMs,
          now: clock.now(),
          signal: aborter.signal,
        },
        row.xml,
      );
      // An attempt cut short by closing is not the server's answer: it is neither counted nor kept.
      if (stopped()) return true;
      const outcome = deps.outcomeOf(result, row.attempts + 1);
      await recordAttempt(conn, row.id, outcome, clock.now());
      const fields = { id: row.id, month: row.month, status: outcome.status, problem: outcome.problem };
      if (outcome.state === 'sent') logger.info('kobo_sent', fields);
      else logger.warn('kobo_attempt_failed', { ...fields, state: outcome.state });
      deps.onAttempt();
    }
    return true;
  }

  async function schedule(): Promise<void> {
    const conn = database.connection();
    if (conn === undefined || closed) return;
    const next = await nextAttemptAt(conn);
    if (next !== undefined) sleep(Date.parse(next) - clock.now().getTime());
  }

  function kick(): Promise<void> {
    if (closed) return Promise.resolve();
    if (running !== undefined) {
      again = true;
      return running;
    }
    clearTimeout(timer);
    running = (async () => {
      let canSend: boolean;
      do {
        again = false;
        try {
          canSend = await pass();
        } catch (error) {
          logger.error('kobo_pass_failed', { error: error instanceof Error ? error.message : String(error) });
          sleep(AFTER_ERROR_MS);
          return;
        }
      } while (wanted() && !stopped());
      // Without settings or a credential, due rows would wake the loop at once, forever: it waits
      // for the kick that comes with a new credential instead.
      if (canSend) await schedule().catch(() => undefined);
    })().finally(() => {
      running = undefined;
    });
    return running;
  }

  // Whatever was waiting when the kiosk stopped goes out now.
  void kick();

  return {
    kick,
    async close() {
      closed = true;
      clearTimeout(timer);
      aborter.abort();
      await running;
    },
  };
}
