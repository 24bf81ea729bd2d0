import type { OsDriverPrinter } from './printer-runtime.js';
import type { SerialPortFactory } from './transport/serial-link.js';

/** What the host gives printing that the services cannot make themselves. */
export interface PrintingHostOptions {
  /** The Electron shell's silent print through the OS driver; absent under the web host. */
  readonly osDriver?: OsDriverPrinter;
  /** Serial ports from elsewhere than the OS (tests pass serialport's mock binding). */
  readonly serialPortFactory?: SerialPortFactory;
  /** How often an idle printer's status is read, in ms (0: only on demand and after jobs). */
  readonly statusPollMs?: number;
  /** How often old print-job times and jobs are purged, in ms (10 minutes by default). */
  readonly purgeEveryMs?: number;
}
