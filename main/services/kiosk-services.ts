import { systemClock, type Clock } from './clock.js';
import { createConfigService } from './config/index.js';
import { openKioskDatabase } from './db/index.js';
import { createDispatcher, type Dispatcher } from './dispatch.js';
import { createEventBus, type EventBus } from './event-bus.js';
import type { KioskHandlers } from './handlers.js';
import { createKioskHandlers } from './kiosk-handlers.js';
import { createStderrLogger, type Logger } from './logger.js';
import { createUsageCounters } from './usage/usage-counters.js';

export interface KioskServicesOptions {
  /** Folder with site.json, directory.json, … (the bundled sample is `kiosk-config/`). */
  readonly configDir: string;
  /** Folder for the database and other state; created if missing. */
  readonly dataDir: string;
  readonly appVersion: string;
  readonly hostKind: 'electron' | 'web';
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** Reload configuration when its files change (default true). */
  readonly watchConfig?: boolean;
}

export interface KioskServices {
  readonly handlers: KioskHandlers;
  readonly dispatch: Dispatcher;
  readonly events: EventBus;
  close(): Promise<void>;
}

/**
 * The composition root: builds every service from folders, a clock and a logger, for the Electron
 * shell, the web host, the CLI and the tests alike. It never throws for a bad configuration or a
 * bad database — those become states the operator sees, and the kiosk keeps serving.
 */
export async function createKioskServices(options: KioskServicesOptions): Promise<KioskServices> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createStderrLogger();
  const events = createEventBus((error) => {
    logger.error('event_listener_failed', { error: error instanceof Error ? error.message : String(error) });
  });

  const config = await createConfigService({
    dir: options.configDir,
    clock,
    logger,
    watch: options.watchConfig ?? true,
    onChange: (status) => {
      events.emit({ type: 'configChanged', status });
    },
  });
  const database = await openKioskDatabase({ dataDir: options.dataDir, clock, logger });
  const usage = createUsageCounters({ database, clock, logger, timeZone: () => config.site()?.timezone });

  const handlers = createKioskHandlers({
    appVersion: options.appVersion,
    hostKind: options.hostKind,
    clock,
    logger,
    config,
    database,
    usage,
  });

  let closing: Promise<void> | undefined;
  return {
    handlers,
    dispatch: createDispatcher(handlers, logger),
    events,
    close: () => {
      closing ??= (async () => {
        config.close();
        await database.close();
      })();
      return closing;
    },
  };
}
