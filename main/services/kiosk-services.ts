import type { Clock } from './clock.js';
import type { Dispatcher } from './dispatch.js';
import type { EventBus } from './event-bus.js';
import type { KioskHandlers } from './handlers.js';
import type { Logger } from './logger.js';

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

export declare function createKioskServices(options: KioskServicesOptions): Promise<KioskServices>;
