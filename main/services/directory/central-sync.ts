import type { CentralSyncStatus, ServiceEntry } from '../../contract/index.js';
import type { Clock } from '../clock.js';
import type { ConfigService } from '../config/index.js';
import type { Logger } from '../logger.js';

import type { CentralStore, SyncRecord } from './central-copy.js';
import { readCentralDocument } from './central-document.js';
import { fetchCentral } from './central-fetch.js';
import { localCounts } from './central-merge.js';
import type { DirectoryAuditEvent, Steward } from './directory-stewardship.js';

/** How often the timer looks whether a pass is due; the schedule itself is `everyMinutes`. */
const DEFAULT_TICK_MS = 60_000;

export interface CentralSync {
  status(): CentralSyncStatus;
  /** One pass now, whatever the schedule; during a pass, that pass's outcome. */
  syncNow(by?: Steward): Promise<CentralSyncStatus>;
  /** A pass if one is due by the clock (`everyMinutes` since the last attempt); the timer calls it. */
  tick(): Promise<void>;
  /** The central entries in use, when a source is configured and a good copy exists. */
  services(): readonly ServiceEntry[] | undefined;
  close(): Promise<void>;
}

export interface CentralSyncDeps {
  /** The configuration as the files say (not merged): the `central` setting and the local entries. */
  readonly fileConfig: ConfigService;
  readonly store: CentralStore;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly audit: (event: DirectoryAuditEvent) => Promise<void>;
  /** Called after a new copy is in place, so screens read the directory again. */
  readonly onChanged: () => void;
  readonly tickMs?: number;
}

/** Scheme, host and path: a query string may carry the coordinator's key and is never shown. */
function sourceOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`.slice(0, 300);
}

const sameEntries = (a: readonly ServiceEntry[], b: readonly ServiceEntry[]): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Keeps the central copy current in the background. Visitors never wait for it: their calls read
 * the copy in memory, a pass only swaps it once a whole new document has been checked and written
 * to disk. Every request has a deadline; a source that is down, silent or sends a bad document
 * leaves the last good copy serving, and the reason is recorded for staff.
 */
export function createCentralSync(deps: CentralSyncDeps): CentralSync {
  const { fileConfig, store, clock, logger } = deps;
  const aborter = new AbortController();
  let running: Promise<void> | undefined;
  let closed = false;
  const stopped = (): boolean => closed;

  function services(): readonly ServiceEntry[] | undefined {
    return fileConfig.directory().central === undefined ? undefined : store.copy()?.services;
  }

  function status(): CentralSyncStatus {
    const local = fileConfig.directory();
    const settings = local.central;
    const copy = store.copy();
    const central = settings === undefined ? [] : (copy?.services ?? []);
    return {
      configured: settings !== undefined,
      source: settings === undefined ? null : sourceOf(settings.url),
      format: settings?.format ?? null,
      everyMinutes: settings?.everyMinutes ?? null,
      ...store.record(),
      services: central.length,
      ...(settings === undefined ? { localOverrides: 0, localOnly: 0 } : localCounts(central, local)),
    };
  }

  async function pass(by: Steward | undefined): Promise<void> {
    const settings = fileConfig.directory().central;
    if (settings === undefined) return;
    const copy = store.copy();
    const at = clock.now().toISOString();
    // An ETag means something only to the address that gave it.
    const etag = copy !== undefined && copy.url === settings.url && copy.format === settings.format ? copy.etag : null;
    const answer = await fetchCentral({
      url: settings.url,
      etag,
      timeoutMs: settings.timeoutSeconds * 1000,
      signal: aborter.signal,
    });
    if (stopped()) return;
    const before = store.record();
    const fail = async (outcome: SyncRecord['outcome'], reason: SyncRecord['reason'], detail: string | null) => {
      logger.warn('central_sync_failed', { outcome, reason, detail });
      await store.saveRecord({ ...before, lastAttemptAt: at, outcome, reason, detail });
    };
    const unchanged = async (nextEtag: string | null) => {
      await store.keep(nextEtag, at);
      await store.saveRecord({
        ...before,
        lastAttemptAt: at,
        lastSyncedAt: at,
        outcome: 'unchanged',
        reason: null,
        detail: null,
      });
      logger.info('central_sync_unchanged', {});
    };
    switch (answer.kind) {
      case 'failed':
        await fail(answer.reason === 'too_large' ? 'invalid' : 'source_down', answer.reason, answer.detail);
        return;
      case 'unchanged':
        // A 304 without having sent an ETag is no answer to build on.
        if (etag === null) await fail('source_down', 'http_status', '304');
        else await unchanged(answer.etag);
        return;
      case 'document': {
        const document = readCentralDocument(answer.text, settings.format);
        if (!document.ok) {
          await fail('invalid', document.reason, document.detail);
          return;
        }
        // A source without ETags sends the same document every time: that is no change to audit.
        const sameSource = copy !== undefined && copy.url === settings.url && copy.format === settings.format;
        if (sameSource && sameEntries(copy.services, document.services)) {
          await unchanged(answer.etag);
          return;
        }
        // On disk first: a restart must find the copy visitors were shown.
        await store.replace({
          url: settings.url,
          format: settings.format,
          etag: answer.etag,
          fetchedAt: at,
          services: document.services,
        });
        await store.saveRecord({
          lastAttemptAt: at,
          lastSyncedAt: at,
          lastChangedAt: at,
          outcome: 'changed',
          reason: null,
          detail: null,
        });
        logger.info('central_sync_changed', { services: document.services.length });
        await deps.audit({
          kind: 'directory_edited',
          actor: by?.name ?? 'central',
          role: by?.role ?? null,
          detail: `central(${settings.format},${String(document.services.length)})`,
        });
        deps.onChanged();
      }
    }
  }

  function run(by: Steward | undefined): Promise<void> {
    if (closed) return Promise.resolve();
    running ??= pass(by)
      .catch((error: unknown) => {
        logger.error('central_sync_pass_failed', { error: error instanceof Error ? error.message : String(error) });
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  function due(): boolean {
    const settings = fileConfig.directory().central;
    if (settings === undefined) return false;
    const last = store.record().lastAttemptAt;
    if (last === null) return true;
    const since = clock.now().getTime() - Date.parse(last);
    // A clock set back makes "since" negative: ask again rather than wait for the old time to return.
    return since < 0 || since >= settings.everyMinutes * 60_000;
  }

  const timer = setInterval(() => {
    if (due()) void run(undefined);
  }, deps.tickMs ?? DEFAULT_TICK_MS);
  timer.unref();

  return {
    status,
    syncNow: async (by) => {
      await run(by);
      return status();
    },
    tick: async () => {
      if (due()) await run(undefined);
    },
    services,
    async close() {
      closed = true;
      clearInterval(timer);
      aborter.abort();
      await running;
    },
  };
}
