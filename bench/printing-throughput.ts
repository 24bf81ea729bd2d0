// Time from printReferral to "printed" through the emulator on a socat pseudo-terminal pair, paced
// at 9600, 38400 and 115200 baud, as a ratio to the wire limit bytes ÷ (baud/10); and the status
// round trip (DLE EOT 1..4) over TCP on 127.0.0.1. printers.json takes the pseudo-terminal's own
// /dev/pts device, since serial paths must be under /dev.
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createKioskServices } from '../main/services/kiosk-services.js';
import { createMemoryLogger } from '../main/services/logger.js';
import { createEscPosDriver } from '../main/services/printing/printer-driver.js';
import { serveEmulatorOverSerial, serveEmulatorOverTcp } from '../main/services/printing/emulator/emulator-hosts.js';
import { EscPosEmulator } from '../main/services/printing/emulator/escpos-emulator.js';
import { tcpLinkOpener } from '../main/services/printing/transport/tcp-link.js';

import { ptyPairIn } from '../tests/support/pty-pair.js';

import { median, report, ROOT } from './lib.js';

const base = await mkdtemp(join(tmpdir(), 'kiosk-bench-print-'));

for (const baudRate of [9600, 38400, 115200]) {
  const ptyDir = join(base, `pty-${baudRate}`);
  await mkdir(ptyDir);
  const pty = await ptyPairIn(ptyDir);
  const emulator = new EscPosEmulator({ baudRate });
  const host = await serveEmulatorOverSerial(emulator, pty.printer, baudRate);
  const configDir = join(base, `config-${baudRate}`);
  await cp(join(ROOT, 'kiosk-config'), configDir, { recursive: true });
  await writeFile(
    join(configDir, 'printers.json'),
    JSON.stringify({
      printer: 'bench',
      printTimeoutSeconds: 30,
      printers: [{ id: 'bench', transport: { kind: 'serial', path: pty.appDevice, baudRate, flowControl: 'none' } }],
    }),
  );
  const services = await createKioskServices({
    configDir,
    dataDir: join(base, `data-${baudRate}`),
    appVersion: 'bench',
    hostKind: 'web',
    logger: createMemoryLogger(),
    watchConfig: false,
    printing: { statusPollMs: 0 },
  });
  const ratios: number[] = [];
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 5; i += 1) {
    const before = emulator.received;
    const start = performance.now();
    const result = await services.dispatch('printReferral', { serviceId: 'comar-asilo', language: 'fr' });
    const elapsed = performance.now() - start;
    if (!result.ok || (result.value as { outcome: string }).outcome !== 'printed') {
      throw new Error(`not printed at ${baudRate}: ${JSON.stringify(result)}`);
    }
    bytes = emulator.received - before;
    const wire = (bytes / (baudRate / 10)) * 1000;
    times.push(elapsed);
    ratios.push(elapsed / wire);
  }
  report({
    figure: `printReferral → printed at ${baudRate} baud`,
    value: Number(median(times).toFixed(1)),
    unit: 'ms (median of 5)',
    note: `${bytes} B on the wire`,
  });
  report({
    figure: `time to printed ÷ wire limit at ${baudRate} baud`,
    value: Number(median(ratios).toFixed(3)),
    unit: 'ratio',
    against: `bytes ÷ (baud/10) = ${((bytes / (baudRate / 10)) * 1000).toFixed(0)} ms`,
  });
  await services.close();
  await host.close();
  await pty.close();
}

{
  const emulator = new EscPosEmulator();
  const host = await serveEmulatorOverTcp(emulator);
  const driver = createEscPosDriver({
    open: tcpLinkOpener({ host: '127.0.0.1', port: host.port, connectTimeoutMs: 2000, idleTimeoutMs: 5000 }),
    statusTimeoutMs: 1000,
    openTimeoutMs: 2000,
    status: true,
  });
  const times: number[] = [];
  for (let i = 0; i < 50; i += 1) {
    const start = performance.now();
    const reading = await driver.readStatus(1000);
    times.push(performance.now() - start);
    if (!reading.answered) throw new Error('no status answer');
  }
  report({
    figure: 'status round trip over TCP (connect + DLE EOT 1..4 + close)',
    value: Number(median(times).toFixed(2)),
    unit: 'ms (median of 50)',
  });
  await host.close();
}
await rm(base, { recursive: true, force: true });
