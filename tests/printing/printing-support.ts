// Shared pieces of the printing tests: kiosk services on a copy of the sample configuration with a
// chosen printer, the emulator on TCP or a socat pseudo-terminal pair, and bounded waits.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { join } from 'node:path';

import type { PrintersConfig } from '../../main/services/config/index.js';
import { fixedClock } from '../../main/services/clock.js';
import { createKioskServices, type KioskServices } from '../../main/services/kiosk-services.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import type { PrintingHostOptions } from '../../main/services/printing/printing-host-options.js';
import { sampleConfigCopy, tempDir, writeJson } from '../services/temp-dirs.js';

// 23:30 on Saturday 21 November 2026 in Mexico City.
export const NOW = new Date('2026-11-22T05:30:00Z');

export type PrinterEntry = PrintersConfig['printers'][number];

export function printersFile(printer: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    printer: 'slips',
    printTimeoutSeconds: 6,
    statusTimeoutMs: 300,
    printers: [{ id: 'slips', ...(printer as object) }],
    ...extra,
  };
}

export interface PrintingKiosk {
  readonly services: KioskServices;
  readonly configDir: string;
  readonly dataDir: string;
  readonly logger: ReturnType<typeof createMemoryLogger>;
}

export async function startPrintingKiosk(
  printers: Record<string, unknown> | undefined,
  options: { dataDir?: string; printing?: PrintingHostOptions } = {},
): Promise<PrintingKiosk> {
  const configDir = await sampleConfigCopy();
  if (printers !== undefined) await writeJson(join(configDir, 'printers.json'), printers);
  const dataDir = options.dataDir ?? (await tempDir('kiosk-print-data-'));
  const logger = createMemoryLogger();
  const services = await createKioskServices({
    configDir,
    dataDir,
    appVersion: '0.0.0-test',
    hostKind: 'web',
    clock: fixedClock(NOW),
    logger,
    watchConfig: false,
    printing: { statusPollMs: 0, ...options.printing },
  });
  return { services, configDir, dataDir, logger };
}

/** Rejects after `ms` so that a wait can never hang a test. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`${what}: not within ${ms} ms`));
      }, ms);
    }),
  ]).finally(() => {
    clearTimeout(timer);
  });
}

export interface PtyPair {
  /** The kiosk's end. */
  readonly app: string;
  /** The printer's end. */
  readonly printer: string;
  /** The app end's device under /dev/pts, which printers.json accepts (the link is in a temp folder). */
  readonly appDevice: string;
  readonly socat: ChildProcess;
  close(): Promise<void>;
}

/** `socat -d -d pty,raw,echo=0,link=A pty,raw,echo=0,link=B`, resolved once both links exist. */
export async function ptyPair(): Promise<PtyPair> {
  const dir = await tempDir('kiosk-pty-');
  const app = join(dir, 'app');
  const printer = join(dir, 'printer');
  const socat = spawn('socat', ['-d', '-d', `pty,raw,echo=0,link=${app}`, `pty,raw,echo=0,link=${printer}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  await within(
    new Promise<void>((resolve, reject) => {
      let log = '';
      socat.on('error', reject);
      socat.on('exit', (code) => {
        reject(new Error(`socat exited (${String(code)}): ${log}`));
      });
      // socat says "starting data transfer loop" once both ends exist.
      socat.stderr.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        if (log.includes('starting data transfer loop') && existsSync(app) && existsSync(printer)) resolve();
      });
    }),
    5000,
    'socat pseudo-terminal pair',
  );
  socat.removeAllListeners('exit');
  return {
    app,
    printer,
    appDevice: realpathSync(app),
    socat,
    close: () =>
      new Promise<void>((resolve) => {
        if (socat.exitCode !== null || socat.signalCode !== null) {
          resolve();
          return;
        }
        socat.once('exit', () => {
          resolve();
        });
        socat.kill('SIGTERM');
      }),
  };
}
