import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import { serveEmulatorOverSerial, serveEmulatorOverTcp } from '../services/printing/emulator/emulator-hosts.js';
import { paperPng, paperText } from '../services/printing/emulator/emulator-render.js';
import { HEALTHY, type EmulatorFaults } from '../services/printing/emulator/emulator-state.js';
import { EscPosEmulator, type PaperItem } from '../services/printing/emulator/escpos-emulator.js';

import { EXIT_OK, type CliIo } from './cli-io.js';
import { CommandError } from './printing-commands.js';

export interface EmulatorCommandOptions {
  readonly tcpPort?: number | undefined;
  readonly serialPath?: string | undefined;
  readonly baudRate?: number | undefined;
  readonly outDir?: string | undefined;
  readonly columns: number;
  readonly faults: readonly string[];
  readonly chinese: boolean;
  readonly waitForStop: () => Promise<void>;
}

const FAULTS: Readonly<Record<string, Partial<EmulatorFaults>>> = {
  'paper-out': { paper: 'out' },
  'near-end': { paper: 'near_end' },
  'cover-open': { coverOpen: true },
  'cutter-error': { cutterError: true },
  silent: { silent: true },
  garbage: { garbage: true },
  'wrong-baud': { wrongBaud: true },
  stalled: { stalled: true },
};

export const FAULT_NAMES = Object.keys(FAULTS);

/**
 * `kioskctl printer-emulator`: the test printer for demos. Each slip it cuts is printed as text on
 * stdout and, with --out, saved as slip-N.txt and slip-N.png.
 */
export async function printerEmulatorCommand(options: EmulatorCommandOptions, io: CliIo): Promise<number> {
  if (options.tcpPort === undefined && options.serialPath === undefined) {
    throw new CommandError('Give --tcp PORT or --serial PATH.');
  }
  let faults: EmulatorFaults = { ...HEALTHY };
  for (const name of options.faults) {
    const change = FAULTS[name];
    if (change === undefined) throw new CommandError(`Unknown fault "${name}"; known: ${FAULT_NAMES.join(', ')}.`);
    faults = { ...faults, ...change };
  }
  const emulator = new EscPosEmulator({ baudRate: options.baudRate, startsInChineseMode: options.chinese });
  emulator.setFaults(faults);
  if (options.outDir !== undefined) await mkdir(resolve(options.outDir), { recursive: true });

  let slips = 0;
  let seen = 0;
  emulator.onProgress(() => {
    const cut = emulator.paper.findIndex((item, index) => index >= seen && item.kind === 'cut');
    if (cut < 0) return;
    const slip: PaperItem[] = emulator.paper.slice(seen, cut + 1);
    seen = cut + 1;
    slips += 1;
    const text = paperText(slip, options.columns);
    io.out(text);
    if (options.outDir !== undefined) {
      const base = join(resolve(options.outDir), `slip-${slips}`);
      void writeFile(`${base}.txt`, text).then(() => writeFile(`${base}.png`, paperPng(slip, options.columns)));
    }
  });

  const closers: (() => Promise<void>)[] = [];
  if (options.tcpPort !== undefined) {
    const host = await serveEmulatorOverTcp(emulator, options.tcpPort);
    io.out(`Printer emulator on tcp 127.0.0.1:${host.port}`);
    closers.push(() => host.close());
  }
  if (options.serialPath !== undefined) {
    const host = await serveEmulatorOverSerial(emulator, options.serialPath, options.baudRate);
    io.out(`Printer emulator on ${options.serialPath}`);
    closers.push(() => host.close());
  }
  await options.waitForStop();
  for (const close of closers) await close();
  return EXIT_OK;
}
