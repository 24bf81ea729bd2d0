// The fault matrix: each way a real printer fails, over a real socat pseudo-terminal pair and over
// real TCP on 127.0.0.1, through the kiosk's own services. Each case must end with the job in the
// right state and the visitor's answer (outcome, problems) right, within the print timeout.
import { createServer } from 'node:net';

import { afterEach, describe, expect, it } from 'vitest';

import type { PrinterProblem } from '../../main/contract/index.js';
import { serveEmulatorOverSerial, serveEmulatorOverTcp } from '../../main/services/printing/emulator/emulator-hosts.js';
import type { EmulatorFaults } from '../../main/services/printing/emulator/emulator-state.js';
import { EscPosEmulator } from '../../main/services/printing/emulator/escpos-emulator.js';

import { printersFile, ptyPair, startPrintingKiosk, within, type PrintingKiosk } from './printing-support.js';

const PROFILE = { paperWidthMm: 80, codePage: 'wpc1252', paperMmPerSecond: 250 };
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Case {
  readonly name: string;
  readonly faults: Partial<EmulatorFaults>;
  readonly outcome: 'printed' | 'not_printed';
  readonly problems: readonly PrinterProblem[];
  readonly jobState: 'printed' | 'failed';
}

const CASES: readonly Case[] = [
  { name: 'healthy', faults: {}, outcome: 'printed', problems: [], jobState: 'printed' },
  {
    name: 'paper near end',
    faults: { paper: 'near_end' },
    outcome: 'printed',
    problems: ['paper_near_end'],
    jobState: 'printed',
  },
  { name: 'paper out', faults: { paper: 'out' }, outcome: 'not_printed', problems: ['paper_end'], jobState: 'failed' },
  {
    name: 'cover open',
    faults: { coverOpen: true },
    outcome: 'not_printed',
    problems: ['cover_open'],
    jobState: 'failed',
  },
  {
    name: 'cutter error',
    faults: { cutterError: true },
    outcome: 'not_printed',
    problems: ['cutter_error'],
    jobState: 'failed',
  },
  { name: 'silent', faults: { silent: true }, outcome: 'not_printed', problems: ['no_answer'], jobState: 'failed' },
  {
    name: 'garbage replies',
    faults: { garbage: true },
    outcome: 'not_printed',
    problems: ['no_answer'],
    jobState: 'failed',
  },
  {
    name: 'wrong baud',
    faults: { wrongBaud: true },
    outcome: 'not_printed',
    problems: ['no_answer'],
    jobState: 'failed',
  },
  {
    name: 'paper runs out mid-slip',
    faults: { paperOutAfterLines: 8 },
    outcome: 'not_printed',
    problems: ['paper_end'],
    jobState: 'failed',
  },
  {
    name: 'unplugged mid-job',
    faults: { disconnectAfterBytes: 300 },
    outcome: 'not_printed',
    problems: ['disconnected'],
    jobState: 'failed',
  },
];

async function printOnce(
  kiosk: PrintingKiosk,
): Promise<{ outcome: string; problems: readonly string[]; state: string; reason: string | null }> {
  const result = await within(
    kiosk.services.dispatch('printReferral', { serviceId: 'cndh-quejas', language: 'fr' }),
    8000,
    'printReferral',
  );
  if (!result.ok) throw new Error(`printReferral failed: ${result.error.code}`);
  const value = result.value as {
    outcome: string;
    problems: string[];
    jobId: number;
    referral: { referralCode: string };
  };
  expect(value.referral.referralCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-.$/);
  // The job's end is written just after the answer; close() waits for it.
  const jobs = await kiosk.services.printing.recentJobs(1);
  await kiosk.services.close();
  const reopened = await startPrintingKiosk(undefined, { dataDir: kiosk.dataDir });
  cleanups.push(() => reopened.services.close());
  const after = await reopened.services.printing.recentJobs(1);
  if (!jobs.ok || !after.ok) throw new Error('jobs unavailable');
  const job = after.value[0];
  if (job === undefined) throw new Error('no job recorded');
  expect(job.id).toBe(value.jobId);
  return { outcome: value.outcome, problems: value.problems, state: job.state, reason: job.reason };
}

describe('over TCP on 127.0.0.1', () => {
  it.each(CASES)('$name', async (c) => {
    const emulator = new EscPosEmulator();
    emulator.setFaults(c.faults);
    const host = await serveEmulatorOverTcp(emulator);
    cleanups.push(() => host.close());
    const kiosk = await startPrintingKiosk(
      printersFile({ transport: { kind: 'tcp', host: '127.0.0.1', port: host.port }, profile: PROFILE }),
    );
    cleanups.push(() => kiosk.services.close());
    const seen = await printOnce(kiosk);
    expect(seen).toMatchObject({ outcome: c.outcome, problems: c.problems, state: c.jobState });
    if (c.jobState === 'failed') expect(seen.reason).not.toBeNull();
    if (c.name === 'wrong baud') expect(emulator.paper.filter((p) => p.kind !== 'text')).toEqual([]);
  });

  it('connection refused', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    await new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
    });
    const kiosk = await startPrintingKiosk(
      printersFile({ transport: { kind: 'tcp', host: '127.0.0.1', port }, profile: PROFILE }),
    );
    cleanups.push(() => kiosk.services.close());
    expect(await printOnce(kiosk)).toMatchObject({
      outcome: 'not_printed',
      problems: ['disconnected'],
      state: 'failed',
    });
  });

  it('a printer that accepts and then stalls', async () => {
    const emulator = new EscPosEmulator();
    emulator.setFaults({ stalled: true });
    const host = await serveEmulatorOverTcp(emulator);
    cleanups.push(() => host.close());
    const kiosk = await startPrintingKiosk(
      printersFile({ transport: { kind: 'tcp', host: '127.0.0.1', port: host.port }, profile: PROFILE }),
    );
    cleanups.push(() => kiosk.services.close());
    expect(await printOnce(kiosk)).toMatchObject({ outcome: 'not_printed', problems: ['no_answer'], state: 'failed' });
    expect(host.connections).toBe(1);
  });
});

describe('over a socat pseudo-terminal pair', () => {
  it.each(CASES)('$name', async (c) => {
    const pty = await ptyPair();
    cleanups.push(() => pty.close());
    const emulator = new EscPosEmulator();
    emulator.setFaults(c.faults);
    // Pulling the cable: the whole pseudo-terminal pair goes away, as a USB adapter's device does.
    const host = await serveEmulatorOverSerial(emulator, pty.printer, 38400, () => pty.socat.kill('SIGKILL'));
    cleanups.push(() => host.close());
    const kiosk = await startPrintingKiosk(
      printersFile({
        transport: { kind: 'serial', path: pty.appDevice, baudRate: 38400, flowControl: 'none' },
        profile: PROFILE,
      }),
    );
    cleanups.push(() => kiosk.services.close());
    const seen = await printOnce(kiosk);
    expect(seen).toMatchObject({ outcome: c.outcome, problems: c.problems, state: c.jobState });
  });

  it('a port that is not there (adapter unplugged before the job)', async () => {
    const kiosk = await startPrintingKiosk(
      printersFile({
        transport: { kind: 'serial', path: '/dev/nonexistent-ttyUSB9', flowControl: 'none' },
        profile: PROFILE,
      }),
    );
    cleanups.push(() => kiosk.services.close());
    expect(await printOnce(kiosk)).toMatchObject({
      outcome: 'not_printed',
      problems: ['disconnected'],
      state: 'failed',
    });
  });
});
