// Shared pieces of the printing tests: kiosk services on a copy of the sample configuration with a
// chosen printer, the emulator on TCP or a socat pseudo-terminal pair, and bounded waits.
import { join } from 'node:path';

import { ptyPairIn, type PtyPair } from '../support/pty-pair.js';
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

export { within, type PtyPair } from '../support/pty-pair.js';

/** A pseudo-terminal pair whose links live in a folder removed after the test. */
export async function ptyPair(): Promise<PtyPair> {
  return ptyPairIn(await tempDir('kiosk-pty-'));
}
