// A silent or garbling printer is told apart quickly, and a slow but healthy one is not failed:
// the status read's waits add up to less than 1.2 s whatever the site's statusTimeoutMs, and a
// printer paced at 9600 baud on a real pseudo-terminal still answers and prints.
import { afterEach, describe, expect, it } from 'vitest';

import { serveEmulatorOverSerial } from '../../main/services/printing/emulator/emulator-hosts.js';
import { EscPosEmulator } from '../../main/services/printing/emulator/escpos-emulator.js';
import { readStatus } from '../../main/services/printing/status/status-query.js';
import { ByteInbox, type PrinterLink } from '../../main/services/printing/transport/link.js';

import { printersFile, ptyPair, startPrintingKiosk, within } from './printing-support.js';

const PROFILE = { paperWidthMm: 80, codePage: 'wpc1252', paperMmPerSecond: 250 };
/** The sample configuration's wait for one status answer, and the largest a site may set. */
const SAMPLE_STATUS_TIMEOUT_MS = 1500;
const LARGEST_STATUS_TIMEOUT_MS = 5000;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A link to a printer that never answers; it notes how long each wait for a byte was allowed. */
class SilentLink implements PrinterLink {
  readonly waits: number[] = [];
  readonly inbox: ByteInbox;
  constructor() {
    const waits = this.waits;
    this.inbox = new (class extends ByteInbox {
      override next(...args: Parameters<ByteInbox['next']>): ReturnType<ByteInbox['next']> {
        waits.push(args[1]);
        return Promise.resolve(undefined);
      }
    })();
  }
  write(): Promise<void> {
    return Promise.resolve();
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

describe('a status read', () => {
  it.each([SAMPLE_STATUS_TIMEOUT_MS, LARGEST_STATUS_TIMEOUT_MS])(
    'gives a silent printer less than 1.2 s in all (statusTimeoutMs %i)',
    async (timeoutMs) => {
      const link = new SilentLink();
      expect(await readStatus(link, timeoutMs)).toEqual({ answered: false, problems: ['no_answer'] });
      expect(link.waits).toHaveLength(2);
      expect(link.waits.reduce((a, b) => a + b, 0)).toBeLessThan(1200);
    },
  );
});

describe('through the kiosk, on a pseudo-terminal at 9600 baud', () => {
  async function kioskOn(faults: Parameters<EscPosEmulator['setFaults']>[0]) {
    const pty = await ptyPair();
    cleanups.push(() => pty.close());
    const emulator = new EscPosEmulator({ baudRate: 9600 });
    emulator.setFaults(faults);
    const host = await serveEmulatorOverSerial(emulator, pty.printer, 9600);
    cleanups.push(() => host.close());
    const kiosk = await startPrintingKiosk(
      printersFile(
        { transport: { kind: 'serial', path: pty.appDevice, baudRate: 9600, flowControl: 'none' }, profile: PROFILE },
        { statusTimeoutMs: SAMPLE_STATUS_TIMEOUT_MS, printTimeoutSeconds: 30 },
      ),
    );
    cleanups.push(() => kiosk.services.close());
    return { kiosk, emulator };
  }

  async function print(kiosk: Awaited<ReturnType<typeof kioskOn>>['kiosk']) {
    const result = await within(
      kiosk.services.dispatch('printReferral', { serviceId: 'cndh-quejas', language: 'es' }),
      30_000,
      'printReferral',
    );
    if (!result.ok) throw new Error(`printReferral failed: ${result.error.code}`);
    return result.value as { outcome: string; problems: string[] };
  }

  it('a slow but healthy printer prints, with its status read before and after', async () => {
    const { kiosk, emulator } = await kioskOn({});
    expect(await print(kiosk)).toMatchObject({ outcome: 'printed', problems: [] });
    expect(emulator.paper.some((p) => p.kind === 'cut')).toBe(true);
  });

  it('a silent printer is told as not printed, no answer', async () => {
    const { kiosk } = await kioskOn({ silent: true });
    expect(await print(kiosk)).toMatchObject({ outcome: 'not_printed', problems: ['no_answer'] });
  });

  it('a printer that answers with noise is told as not printed, no answer', async () => {
    const { kiosk } = await kioskOn({ garbage: true });
    expect(await print(kiosk)).toMatchObject({ outcome: 'not_printed', problems: ['no_answer'] });
  });
});
