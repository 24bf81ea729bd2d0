import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { serveEmulatorOverTcp } from '../../main/services/printing/emulator/emulator-hosts.js';
import type { EscPosEmulator } from '../../main/services/printing/emulator/escpos-emulator.js';

import { SAMPLE_CONFIG_DIR, startKioskHost, type KioskHost } from './kiosk-host.js';

export interface EmulatorKioskOptions {
  /** Prepares the fresh data folder before the host starts (e.g. a supervisor account). */
  readonly prepareDataDir?: (dataDir: string) => Promise<void>;
  /** Extra top-level fields of printers.json, e.g. `slipLimit`. */
  readonly printers?: Readonly<Record<string, unknown>>;
}

export interface EmulatorKiosk {
  readonly host: KioskHost;
  stop(): Promise<void>;
}

/**
 * The sample kiosk with its slip printer on `emulator` over TCP (127.0.0.1), a copy of the sample
 * configuration and a fresh data folder: what every printing end-to-end test starts from.
 */
export async function startEmulatorKiosk(
  emulator: EscPosEmulator,
  options: EmulatorKioskOptions = {},
): Promise<EmulatorKiosk> {
  const tcp = await serveEmulatorOverTcp(emulator);
  const configDir = await mkdtemp(join(tmpdir(), 'redsafe-e2e-printer-'));
  await cp(SAMPLE_CONFIG_DIR, configDir, { recursive: true });
  const printers = {
    $schema: './schema/printers.schema.json',
    printer: 'front-desk',
    printTimeoutSeconds: 8,
    statusTimeoutMs: 400,
    ...options.printers,
    printers: [
      {
        id: 'front-desk',
        transport: { kind: 'tcp', host: '127.0.0.1', port: tcp.port, connectTimeoutMs: 2000, idleTimeoutMs: 5000 },
        profile: { paperWidthMm: 80, codePage: 'wpc1252', nativeQr: true },
      },
    ],
  };
  await writeFile(join(configDir, 'printers.json'), JSON.stringify(printers, null, 2));
  const host = await startKioskHost({
    configDir,
    ...(options.prepareDataDir === undefined ? {} : { prepareDataDir: options.prepareDataDir }),
  });
  return {
    host,
    async stop() {
      await host.stop();
      await tcp.close();
      await rm(configDir, { recursive: true, force: true });
    },
  };
}
