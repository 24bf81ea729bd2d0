// kioskctl's printing commands, run in-process with captured output.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { runKioskctl } from '../../main/cli/kioskctl.js';
import type { CliIo } from '../../main/cli/cli-io.js';
import { serveEmulatorOverTcp } from '../../main/services/printing/emulator/emulator-hosts.js';
import { paperText } from '../../main/services/printing/emulator/emulator-render.js';
import { EscPosEmulator } from '../../main/services/printing/emulator/escpos-emulator.js';
import { sampleConfigCopy, tempDir, writeJson } from '../services/temp-dirs.js';

import { printersFile } from './printing-support.js';

function capture(): CliIo & { out: (line: string) => void; out_: string[]; err_: string[] } {
  const out_: string[] = [];
  const err_: string[] = [];
  return { out_, err_, out: (line) => out_.push(line), err: (line) => err_.push(line), env: {} };
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function emulatorConfig(emulator: EscPosEmulator): Promise<string> {
  const host = await serveEmulatorOverTcp(emulator);
  cleanups.push(() => host.close());
  const dir = await sampleConfigCopy();
  await writeJson(
    join(dir, 'printers.json'),
    printersFile({ transport: { kind: 'tcp', host: '127.0.0.1', port: host.port } }),
  );
  return dir;
}

describe('kioskctl slip', () => {
  it('writes exactly the bytes a printer receives', async () => {
    const out = join(await tempDir('kiosk-slip-'), 'slip.bin');
    const io = capture();
    expect(await runKioskctl(['slip', '--service', 'comar-asilo', '--lang', 'ht', '--out', out], io)).toBe(0);
    expect(io.out_[0]).toMatch(
      /^Wrote \d+ bytes to .*slip\.bin: printer "preview", wpc1252, 48 columns, QR native, referral /,
    );
    const bytes = await readFile(out);
    const emulator = new EscPosEmulator();
    emulator.receive(bytes);
    await emulator.until(() => emulator.commands.includes('GS r 1'));
    expect(paperText(emulator.paper)).toContain('Fèy referans');
  });

  it('refuses a language it does not know (usage, exit 2)', async () => {
    const io = capture();
    expect(await runKioskctl(['slip', '--service', 'comar-asilo', '--lang', 'de', '--out', '/tmp/x'], io)).toBe(2);
  });
});

describe('kioskctl printer status and print-test', () => {
  it('exit 0 for a ready printer and print the self-test', async () => {
    const emulator = new EscPosEmulator();
    const dir = await emulatorConfig(emulator);
    const io = capture();
    expect(await runKioskctl(['printer', 'status', '--config', dir], io)).toBe(0);
    expect(io.out_).toEqual(['slips (tcp): ready']);
    expect(await runKioskctl(['print-test', '--config', dir], io)).toBe(0);
    expect(paperText(emulator.paper)).toContain('fr: à â ç é è ê ë î ï ô ù û ü ÿ œ æ');
  });

  it('exit 1 and say why when the printer cannot print', async () => {
    const emulator = new EscPosEmulator();
    emulator.setFaults({ paper: 'out' });
    const dir = await emulatorConfig(emulator);
    const io = capture();
    expect(await runKioskctl(['printer', 'status', 'slips', '--config', dir], io)).toBe(1);
    expect(io.out_).toEqual(['slips (tcp): not_ready: paper_end']);
    emulator.setFaults({ paper: 'ok', silent: true });
    expect(await runKioskctl(['printer', 'status', '--config', dir], io)).toBe(1);
    expect(io.out_.at(-1)).toBe('slips (tcp): unknown: no_answer');
  });
});

describe('kioskctl printer-emulator', () => {
  it('serves on TCP until stopped', async () => {
    const io = capture();
    let stop: () => void = () => undefined;
    const stopped = new Promise<void>((resolve) => {
      stop = resolve;
    });
    const listening = new Promise<void>((resolve) => {
      io.out = (line) => {
        io.out_.push(line);
        if (line.startsWith('Printer emulator on tcp')) resolve();
      };
    });
    const running = runKioskctl(['printer-emulator', '--tcp', '0'], io, { waitForStop: () => stopped });
    await listening;
    stop();
    expect(await running).toBe(0);
  });
});
