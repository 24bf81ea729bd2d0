// The Linux USB printer-class transport (`/dev/usb/lp0`) over a socat pseudo-terminal pair. The
// transport only opens a path read+write (non-blocking) and polls it, so the pty's kiosk end stands
// in for the device node and the emulator answers on the other end, as a printer does through
// usblp. printers.json accepts only `/dev/usb/lpN` paths, so the printer is validated with one and
// then pointed at the pty, below the configuration, where the transport takes its path.
import { afterEach, describe, expect, it } from 'vitest';

import { printerSchema, type PrinterConfig } from '../../main/services/config/printers-schema.js';
import { serveEmulatorOverSerial } from '../../main/services/printing/emulator/emulator-hosts.js';
import { paperText } from '../../main/services/printing/emulator/emulator-render.js';
import { EscPosEmulator } from '../../main/services/printing/emulator/escpos-emulator.js';
import { printerRuntime, type PrinterRuntime } from '../../main/services/printing/printer-runtime.js';
import { selfTestSlip } from '../../main/services/printing/slip/referral-slip.js';
import { stateFromProblems } from '../../main/services/printing/status/status-bytes.js';

import { ptyPair, type PtyPair } from './printing-support.js';

const STATUS_TIMEOUT_MS = 300;
const BUDGET_MS = 6000;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function usbLpPrinter(): Promise<{ pty: PtyPair; emulator: EscPosEmulator; runtime: PrinterRuntime }> {
  const pty = await ptyPair();
  cleanups.push(() => pty.close());
  const emulator = new EscPosEmulator();
  // Unplugging: the whole pair goes away, as /dev/usb/lp0 does when the cable is pulled.
  const host = await serveEmulatorOverSerial(emulator, pty.printer, 115200, () => pty.socat.kill('SIGKILL'));
  cleanups.push(() => host.close());
  const validated = printerSchema.parse({
    id: 'usb',
    transport: { kind: 'usb-lp', path: '/dev/usb/lp0' },
    profile: { paperWidthMm: 80, codePage: 'wpc1252' },
  });
  const config: PrinterConfig = { ...validated, transport: { kind: 'usb-lp', path: pty.app } };
  return { pty, emulator, runtime: printerRuntime(config, { statusTimeoutMs: STATUS_TIMEOUT_MS }) };
}

const printTest = (runtime: PrinterRuntime) =>
  runtime.print(selfTestSlip(48, 'wpc1252'), new AbortController().signal, BUDGET_MS);

describe('usb-lp transport on a pseudo-terminal', () => {
  it('reads the status (DLE EOT) back through the same device node', async () => {
    const { emulator, runtime } = await usbLpPrinter();
    expect(runtime.talksBack).toBe(true);
    expect(await runtime.readStatus(STATUS_TIMEOUT_MS)).toEqual([]);
    emulator.setFaults({ paper: 'near_end' });
    expect(await runtime.readStatus(STATUS_TIMEOUT_MS)).toEqual(['paper_near_end']);
    emulator.setFaults({ paper: 'ok', coverOpen: true });
    const open = await runtime.readStatus(STATUS_TIMEOUT_MS);
    expect(open).toContain('cover_open');
    expect(stateFromProblems(open)).toBe('not_ready');
    expect(emulator.commands.filter((c) => c === 'DLE EOT 2')).toHaveLength(3);
  });

  it('prints and waits for the acknowledgement (GS r 1) written back by the printer', async () => {
    const { emulator, runtime } = await usbLpPrinter();
    const attempt = await printTest(runtime);
    expect(attempt).toMatchObject({ printed: true, problems: [] });
    const paper = paperText(emulator.paper);
    for (const letter of ['ñ', 'œ', 'ç', 'ò']) expect(paper).toContain(letter);
    expect(emulator.commands).toEqual(expect.arrayContaining(['ESC @', 'FS .', 'ESC t 16']));
    expect(emulator.paper.at(-1)).toEqual({ kind: 'cut' });
  });

  it('recovers with DLE ENQ 2 through the device node', async () => {
    const { emulator, runtime } = await usbLpPrinter();
    emulator.setFaults({ cutterError: true });
    expect(await runtime.readStatus(STATUS_TIMEOUT_MS)).toContain('cutter_error');
    expect(await runtime.recover(STATUS_TIMEOUT_MS)).toEqual([]);
    expect(emulator.commands).toContain('DLE ENQ 2');
  });

  it('notices the printer unplugged in the middle of a slip, and reports it gone afterwards', async () => {
    const { emulator, runtime } = await usbLpPrinter();
    emulator.setFaults({ disconnectAfterBytes: 300 });
    const attempt = await printTest(runtime);
    expect(attempt.printed).toBe(false);
    expect(attempt.problems).toEqual(['disconnected']);

    // The device node is gone: never "ready", and the next slip fails at once with the same cause.
    const after = await runtime.readStatus(STATUS_TIMEOUT_MS);
    expect(after).toEqual(['disconnected']);
    expect(stateFromProblems(after)).toBe('not_ready');
    expect(await printTest(runtime)).toMatchObject({ printed: false, problems: ['disconnected'] });
  });
});
