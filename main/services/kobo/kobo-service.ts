import {
  assertNever,
  err,
  isoDay,
  ok,
  type KoboCredential,
  type KoboStatus,
  type KoboSubmission,
  type Result,
} from '../../contract/index.js';
import type { Clock } from '../clock.js';
import type { ConfigService } from '../config/index.js';
import { koboIndicatorProblems, koboSettings, type KoboSettings } from '../config/kobo-schema.js';
import { useDatabase, type KioskDatabase } from '../db/index.js';
import type { EventBus } from '../event-bus.js';
import type { Logger } from '../logger.js';
import { appendAudit } from '../operator/operator-store.js';
import type { StaffCaller } from '../staff-caller.js';

import { retryDelayMs } from './backoff.js';
import { maskCredential, readCredential, writeCredential } from './kobo-credential.js';
import { buildInstanceXml, instanceFigures, newInstanceId } from './kobo-instance.js';
import {
  deleteUnsent,
  insertSubmission,
  listSubmissions,
  readSubmission,
  rearm,
  submissionsOfMonth,
  type AttemptOutcome,
} from './kobo-outbox.js';
import { createOutboxLoop, type OutboxLoop } from './outbox-loop.js';
import { monthValues } from './monthly-indicators.js';
import { previousMonth } from './months.js';
import type { SendResult } from './openrosa-client.js';

export interface KoboServiceDeps {
  readonly database: KioskDatabase;
  readonly config: ConfigService;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly events: EventBus;
  /** Encrypts the stored credential (from the machine key); undefined when that key is unavailable. */
  readonly credentialKey: Buffer | undefined;
  /** Jitter source for the backoff (tests pin it). */
  readonly random?: () => number;
}

export interface QueuedMonth {
  readonly outcome: 'queued' | 'unchanged';
  readonly submission: KoboSubmission;
}

export interface KoboService {
  status(): Promise<Result<KoboStatus>>;
  setCredential(credential: KoboCredential, by: StaffCaller): Promise<Result<KoboStatus>>;
  queueMonth(month?: string): Promise<Result<QueuedMonth>>;
  /** Makes every unsent submission due, and waits for the attempt up to `waitMs`. */
  retryNow(waitMs?: number): Promise<Result<KoboStatus>>;
  /** Sends what is due now and waits until it is done (the CLI, the tests). */
  sendDue(): Promise<void>;
  close(): Promise<void>;
}

/** How long "retry now" waits for the attempt before it answers with what stands. */
const RETRY_WAIT_MS = 45_000;
const FALLBACK_TIMEZONE = 'UTC';

/**
 * Monthly indicators to KoboToolbox through an outbox: a month is turned into an XML instance
 * once, stored, and sent by a background loop until the server accepts it (201/202).
 */
export function createKoboService(deps: KoboServiceDeps): KoboService {
  const { database, config, clock, logger, events } = deps;
  const random = deps.random ?? Math.random;
  const db = <T>(operation: string, work: Parameters<typeof useDatabase<T>>[3]): Promise<Result<T>> =>
    useDatabase(database, logger, operation, work);
  const timeZone = (): string => config.site()?.timezone ?? FALLBACK_TIMEZONE;
  const changed = (): void => {
    events.emit({ type: 'koboOutboxChanged' });
  };

  const loop: OutboxLoop = createOutboxLoop({
    database,
    credentialKey: deps.credentialKey,
    clock,
    logger,
    settings: () => koboSettings(config.kobo()),
    outcomeOf: (result, attempts) => outcomeOf(result, attempts, clock.now(), random),
    onAttempt: changed,
  });

  async function status(): Promise<Result<KoboStatus>> {
    const kobo = config.kobo();
    const settings = koboSettings(kobo);
    return db('kobo_status', async (conn) => {
      const stored = await readCredential(conn, deps.credentialKey);
      const usable = stored !== undefined && (settings === undefined || stored.credential.kind === settings.auth);
      return {
        configured: settings !== undefined,
        server: settings === undefined ? null : new URL(settings.serverUrl).host,
        formId: settings?.formId ?? null,
        auth: settings?.auth ?? null,
        problems: settings === undefined ? [] : koboIndicatorProblems(kobo, config.operations(), config.directory()),
        credential: usable ? { masked: maskCredential(stored.credential), setAt: stored.setAt } : null,
        lastMonth: previousMonth(clock.now(), timeZone()),
        submissions: await listSubmissions(conn),
      };
    });
  }

  function configured(): Result<KoboSettings> {
    const settings = koboSettings(config.kobo());
    return settings === undefined ? err('NOT_CONFIGURED', 'kobo.json sets no KoboToolbox submission.') : ok(settings);
  }

  return {
    status,

    async setCredential(credential, by) {
      const settings = configured();
      if (!settings.ok) return settings;
      if (credential.kind !== settings.value.auth) {
        return err('INVALID_PAYLOAD', `kobo.json expects a credential of kind "${settings.value.auth}"`);
      }
      const key = deps.credentialKey;
      if (key === undefined)
        return err('NOT_WRITABLE', 'The machine key is unavailable: the credential cannot be stored safely.');
      const saved = await db('kobo_credential', (conn) =>
        conn.transaction(async (tx) => {
          const now = clock.now();
          await writeCredential(tx, credential, now, key);
          await appendAudit(tx, {
            at: now,
            kind: 'config_changed',
            role: by.role,
            actor: by.name,
            detail: 'kobo_credential',
          });
          // Submissions the old credential could not send may go now.
          await rearm(tx, now, 'credential_rejected');
        }),
      );
      if (!saved.ok) return saved;
      logger.info('kobo_credential_set', { kind: credential.kind });
      changed();
      void loop.kick();
      return status();
    },

    async queueMonth(requested) {
      const settings = configured();
      if (!settings.ok) return settings;
      const problems = koboIndicatorProblems(config.kobo(), config.operations(), config.directory());
      if (problems.length > 0) return err('CONFIG_UNAVAILABLE', problems.join('; '));
      const site = config.site();
      if (site === undefined) return err('CONFIG_UNAVAILABLE', 'site.json has never been valid.');
      const now = clock.now();
      const month = requested ?? previousMonth(now, site.timezone);
      if (month >= isoDay(now, site.timezone).slice(0, 7)) {
        return err('INVALID_PERIOD', `${month} is not over yet`);
      }
      const { formId, formVersion, monthColumn, siteColumn, indicators } = settings.value;
      const queued = await db('kobo_queue', (conn) =>
        conn.transaction(async (tx): Promise<{ outcome: QueuedMonth['outcome']; id: number }> => {
          const values = await monthValues(tx, month, indicators, site.timezone);
          const content = { formId, formVersion, month, monthColumn, siteColumn, siteId: site.id, values };
          const existing = await submissionsOfMonth(tx, formId, month);
          const latest = existing[0];
          const instanceId = newInstanceId();
          const sent = existing.find((row) => row.state === 'sent');
          const xml = buildInstanceXml(content, instanceId, sent?.instanceId);
          if (latest !== undefined && instanceFigures(latest.xml) === instanceFigures(xml)) {
            return { outcome: 'unchanged', id: latest.id };
          }
          // Older unsent instances of the month carry figures that are no longer right.
          for (const row of existing) if (row.state !== 'sent') await deleteUnsent(tx, row.id);
          return { outcome: 'queued', id: await insertSubmission(tx, { instanceId, formId, month, xml, now }) };
        }),
      );
      if (!queued.ok) return queued;
      const read = await db('kobo_read', (conn) => readSubmission(conn, queued.value.id));
      if (!read.ok) return read;
      if (read.value === undefined) return err('INTERNAL', 'queued submission not found');
      if (queued.value.outcome === 'queued') {
        logger.info('kobo_queued', { month, id: queued.value.id });
        changed();
        void loop.kick();
      }
      return ok({ outcome: queued.value.outcome, submission: read.value });
    },

    async retryNow(waitMs = RETRY_WAIT_MS) {
      const settings = configured();
      if (!settings.ok) return settings;
      const rearmed = await db('kobo_retry', (conn) => rearm(conn, clock.now()));
      if (!rearmed.ok) return rearmed;
      changed();
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([
        loop.kick(),
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, waitMs);
          timer.unref();
        }),
      ]);
      clearTimeout(timer);
      return status();
    },

    sendDue: () => loop.kick(),
    close: () => loop.close(),
  };
}

/** What the outbox does after an attempt: done, try later (with backoff), or wait for a person. */
function outcomeOf(result: SendResult, attempts: number, now: Date, random: () => number): AttemptOutcome {
  switch (result.kind) {
    case 'accepted':
      return { state: 'sent', status: result.status, problem: null, nextAttemptAt: null };
    case 'retry':
      return {
        state: 'pending',
        status: result.status,
        problem: result.problem,
        nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts, random)),
      };
    case 'stop':
      return { state: 'failed', status: result.status, problem: result.problem, nextAttemptAt: null };
    default:
      return assertNever(result, 'send result');
  }
}
