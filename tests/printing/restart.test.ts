// A job in flight when the kiosk stops is found at the next start on the same SQLite file, marked
// interrupted (never lost), and can be reprinted with the same referral code.
import { afterEach, expect, it } from 'vitest';

import { openDatabase } from '../../main/services/db/index.js';
import { serveEmulatorOverTcp } from '../../main/services/printing/emulator/emulator-hosts.js';
import { paperText } from '../../main/services/printing/emulator/emulator-render.js';
import { EscPosEmulator } from '../../main/services/printing/emulator/escpos-emulator.js';

import { printersFile, startPrintingKiosk, within } from './printing-support.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

it('marks a job caught mid-print as interrupted after a restart, and reprints it', async () => {
  const emulator = new EscPosEmulator();
  const host = await serveEmulatorOverTcp(emulator);
  cleanups.push(() => host.close());
  const printers = printersFile({ transport: { kind: 'tcp', host: '127.0.0.1', port: host.port } });
  const first = await startPrintingKiosk(printers);

  // The printer takes the job but stalls before answering: the kiosk is "killed" while sending.
  emulator.setFaults({ silent: false });
  const stalledAfterStatus = emulator.until(() => emulator.commands.includes('ESC @'));
  emulator.setFaults({ paperOutAfterLines: 3 });
  const inFlight = first.services.dispatch('printReferral', {
    serviceId: 'cruz-roja-contacto-familiar',
    language: 'ht',
  });
  await within(stalledAfterStatus, 3000, 'job reaching the printer');
  const db = await openDatabase(`${first.dataDir}/kiosk.sqlite`);
  const row = await db.get<{ state: string; referral_code: string }>('SELECT state, referral_code FROM print_job');
  await db.close();
  expect(row?.state).toBe('sending');
  // Simulate the crash: copy the state aside as it is now, then let the first run finish.
  const { cp } = await import('node:fs/promises');
  const crashed = `${first.dataDir}-crashed`;
  await cp(first.dataDir, crashed, { recursive: true });
  await inFlight;
  await first.services.close();

  emulator.setFaults({ paper: 'ok', paperOutAfterLines: null });
  const second = await startPrintingKiosk(printers, { dataDir: crashed });
  cleanups.push(() => second.services.close());
  const jobs = await second.services.printing.recentJobs();
  expect(jobs.ok && jobs.value.map((j) => [j.state, j.referralCode])).toEqual([['interrupted', row?.referral_code]]);
  expect(second.logger.lines.some((l) => l.event === 'print_jobs_interrupted')).toBe(true);

  emulator.clearPaper();
  const job = jobs.ok ? jobs.value[0] : undefined;
  const reprint = await second.services.printing.reprint(job?.id ?? 0);
  expect(reprint).toMatchObject({
    ok: true,
    value: { outcome: 'printed', referral: { referralCode: row?.referral_code } },
  });
  expect(paperText(emulator.paper)).toContain('Kòd referans');
  const after = await second.services.printing.recentJobs();
  expect(after.ok && after.value.map((j) => [j.state, j.reprintOf])).toEqual([
    ['printed', job?.id],
    ['interrupted', null],
  ]);
});
