// Time from printReferral to the visitor's answer when the printer is silent or answers with noise,
// and when it is slow but healthy, on a socat pseudo-terminal pair paced at 9600 baud, with the
// sample configuration's statusTimeoutMs. Target: a silent or garbling printer told within 1.2 s.
import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createKioskServices } from '../main/services/kiosk-services.js';
import { createMemoryLogger } from '../main/services/logger.js';
import { serveEmulatorOverSerial } from '../main/services/printing/emulator/emulator-hosts.js';
import type { EmulatorFaults } from '../main/services/printing/emulator/emulator-state.js';
import { EscPosEmulator } from '../main/services/printing/emulator/escpos-emulator.js';

import { ptyPairIn } from '../tests/support/pty-pair.js';

import { median, report, ROOT } from './lib.js';

const BAUD = 9600;
const RUNS = 3;
const base = await mkdtemp(join(tmpdir(), 'kiosk-bench-verdict-'));
const sample = JSON.parse(readFileSync(join(ROOT, 'kiosk-config', 'printers.json'), 'utf8')) as {
  statusTimeoutMs?: number;
};
const statusTimeoutMs = sample.statusTimeoutMs ?? 1500;

async function timeToVerdict(name: string, faults: Partial<EmulatorFaults>, expected: string): Promise<void> {
  const ptyDir = join(base, `pty-${name}`);
  await mkdir(ptyDir);
  const pty = await ptyPairIn(ptyDir);
  const emulator = new EscPosEmulator({ baudRate: BAUD });
  emulator.setFaults(faults);
  const host = await serveEmulatorOverSerial(emulator, pty.printer, BAUD);
  const configDir = join(base, `config-${name}`);
  await cp(join(ROOT, 'kiosk-config'), configDir, { recursive: true });
  await writeFile(
    join(configDir, 'printers.json'),
    JSON.stringify({
      printer: 'bench',
      printTimeoutSeconds: 30,
      statusTimeoutMs,
      printers: [
        {
          id: 'bench',
          transport: { kind: 'serial', path: pty.appDevice, baudRate: BAUD, flowControl: 'none' },
        },
      ],
    }),
  );
  const services = await createKioskServices({
    configDir,
    dataDir: join(base, `data-${name}`),
    appVersion: 'bench',
    hostKind: 'web',
    logger: createMemoryLogger(),
    watchConfig: false,
    printing: { statusPollMs: 0 },
  });
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    const result = await services.dispatch('printReferral', { serviceId: 'comar-asilo', language: 'es' });
    times.push(performance.now() - start);
    const outcome = result.ok ? (result.value as { outcome: string }).outcome : result.error.code;
    if (outcome !== expected) throw new Error(`${name}: ${outcome}, expected ${expected}`);
  }
  report({
    figure: `${name} printer at ${BAUD} baud: printReferral → ${expected}`,
    value: Number(median(times).toFixed(0)),
    unit: `ms (median of ${RUNS})`,
    note: `statusTimeoutMs ${statusTimeoutMs} (sample configuration)`,
  });
  await services.close();
  await host.close();
  await pty.close();
}

await timeToVerdict('silent', { silent: true }, 'not_printed');
await timeToVerdict('garbling', { garbage: true }, 'not_printed');
await timeToVerdict('healthy', {}, 'printed');
await rm(base, { recursive: true, force: true });
