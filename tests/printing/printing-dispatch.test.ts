// showReferral, printReferral and getPrinterStatus through createKioskServices(...).dispatch: with
// the preview transport of the sample configuration, an emulator over TCP, and serialport's mock
// binding. Usage counters and printerStatus events are checked on the way.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { printerStatusSchema, printReferralResponseSchema, referralSchema } from '../../main/contract/index.js';
import { emulatorOnMockBinding, serveEmulatorOverTcp } from '../../main/services/printing/emulator/emulator-hosts.js';
import { paperText } from '../../main/services/printing/emulator/emulator-render.js';
import { EscPosEmulator } from '../../main/services/printing/emulator/escpos-emulator.js';
import { validateReferralCode } from '../../main/services/referrals/referral-code.js';
import { nextEvent } from '../services/temp-dirs.js';

import { printersFile, startPrintingKiosk, within, type PrintingKiosk } from './printing-support.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function kioskWith(printers: Record<string, unknown> | undefined, printing = {}): Promise<PrintingKiosk> {
  const kiosk = await startPrintingKiosk(printers, { printing });
  cleanups.push(() => kiosk.services.close());
  return kiosk;
}

async function counted(kiosk: PrintingKiosk, metric: string, key: string): Promise<number> {
  // recordUsage adds one; the count before it is what the printing calls filed.
  const result = await kiosk.services.dispatch('recordUsage', { metric, key });
  if (!result.ok) throw new Error(result.error.code);
  return (result.value as { count: number }).count - 1;
}

describe('with the sample configuration (preview transport)', () => {
  it('showReferral returns a valid code and QR payload, prints nothing, and counts slip_shown by category', async () => {
    const kiosk = await kioskWith(undefined);
    const result = await kiosk.services.dispatch('showReferral', { serviceId: 'comar-asilo', language: 'ht' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const referral = referralSchema.parse(result.value);
    expect(validateReferralCode(referral.referralCode).valid).toBe(true);
    expect(referral.qrPayload).toBe(`REDSAFE-PAR;${referral.referralCode}`);
    await kiosk.services.close();
    const again = await startPrintingKiosk(undefined, { dataDir: kiosk.dataDir });
    cleanups.push(() => again.services.close());
    expect(await counted(again, 'slip_shown', 'asylum-refuge')).toBe(1);
    const jobs = await again.services.printing.recentJobs();
    expect(jobs).toEqual({ ok: true, value: [] });
  });

  it('printReferral answers "previewed" with the slip text in the visitor language', async () => {
    const kiosk = await kioskWith(undefined);
    const result = await kiosk.services.dispatch('printReferral', {
      serviceId: 'inm-visitante-humanitario',
      language: 'fr',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const answer = printReferralResponseSchema.parse(result.value);
    expect(answer).toMatchObject({ outcome: 'previewed', jobId: null, problems: [] });
    expect(answer.previewText).toContain("Fiche d'orientation");
    expect(answer.previewText).toContain('samedi 21 novembre 2026');
    expect(answer.previewText).toContain(answer.referral.referralCode);
    expect(answer.previewText).toContain('Para el servicio que recibe');
    expect(await counted(kiosk, 'slip_shown', 'documents-regularisation')).toBe(1);
  });

  it('writes the printer bytes to a file under the data folder when the preview names one', async () => {
    const kiosk = await kioskWith(printersFile({ transport: { kind: 'preview', file: 'previews/slip.bin' } }));
    const result = await kiosk.services.dispatch('printReferral', { serviceId: 'comar-asilo', language: 'es' });
    expect(result.ok && (result.value as { outcome: string }).outcome).toBe('previewed');
    const bytes = await readFile(join(kiosk.dataDir, 'previews', 'slip.bin'));
    expect([...bytes.subarray(0, 4)]).toEqual([0x1b, 0x40, 0x1c, 0x2e]);
  });

  it('rejects an unknown service and reports preview status as ready', async () => {
    const kiosk = await kioskWith(undefined);
    expect(
      await kiosk.services.dispatch('printReferral', { serviceId: 'no-such-service', language: 'es' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD' },
    });
    const status = await kiosk.services.dispatch('getPrinterStatus', {});
    expect(status.ok && printerStatusSchema.parse(status.value)).toMatchObject({
      printer: 'preview',
      transport: 'preview',
      state: 'ready',
    });
  });
});

describe('with an emulated printer over TCP', () => {
  it('prints, acknowledges, persists the job, counts slip_printed and publishes status changes', async () => {
    const emulator = new EscPosEmulator();
    const host = await serveEmulatorOverTcp(emulator);
    cleanups.push(() => host.close());
    const kiosk = await kioskWith(printersFile({ transport: { kind: 'tcp', host: '127.0.0.1', port: host.port } }));

    const ready = nextEvent(kiosk.services.events, 'printerStatus', (e) => e.status.state === 'ready');
    const status = await kiosk.services.dispatch('getPrinterStatus', {});
    expect(status).toMatchObject({
      ok: true,
      value: { printer: 'slips', transport: 'tcp', state: 'ready', problems: [] },
    });
    await within(ready, 2000, 'ready event');

    const result = await kiosk.services.dispatch('printReferral', { serviceId: 'cndh-quejas', language: 'es' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const answer = printReferralResponseSchema.parse(result.value);
    expect(answer).toMatchObject({ outcome: 'printed', problems: [], previewText: null });
    expect(paperText(emulator.paper)).toContain(answer.referral.referralCode.split('').join(' '));
    expect(await counted(kiosk, 'slip_printed', 'human-rights')).toBe(1);

    emulator.setFaults({ coverOpen: true });
    const coverOpen = nextEvent(kiosk.services.events, 'printerStatus', (e) =>
      e.status.problems.includes('cover_open'),
    );
    const failed = await kiosk.services.dispatch('printReferral', { serviceId: 'cndh-quejas', language: 'en' });
    expect(failed).toMatchObject({ ok: true, value: { outcome: 'not_printed', problems: ['cover_open'] } });
    expect((await within(coverOpen, 2000, 'cover event')).status.state).toBe('not_ready');
    expect(await counted(kiosk, 'slip_failed', 'human-rights')).toBe(1);

    const jobs = await kiosk.services.printing.recentJobs();
    expect(jobs.ok && jobs.value.map((j) => [j.state, j.language, j.serviceId])).toEqual([
      ['failed', 'en', 'cndh-quejas'],
      ['printed', 'es', 'cndh-quejas'],
    ]);
    // Nothing in a job row is about the person: only what a reprint needs.
    if (jobs.ok)
      expect(Object.keys(jobs.value[0] ?? {}).sort()).toEqual([
        'createdAt',
        'id',
        'language',
        'printer',
        'reason',
        'referralCode',
        'reprintOf',
        'serviceId',
        'state',
        'updatedAt',
      ]);

    emulator.setFaults({ coverOpen: false });
    const reprinted = await kiosk.services.printing.reprint(jobs.ok ? (jobs.value[0]?.id ?? 0) : 0);
    expect(reprinted).toMatchObject({ ok: true, value: { outcome: 'printed' } });
  });

  it('answers not_printed within the print timeout when the printer never acknowledges', async () => {
    const emulator = new EscPosEmulator({ baudRate: 1200 }); // the slip needs ~14 s on this line
    const host = await serveEmulatorOverTcp(emulator);
    cleanups.push(() => host.close());
    const kiosk = await kioskWith(
      printersFile({ transport: { kind: 'tcp', host: '127.0.0.1', port: host.port } }, { printTimeoutSeconds: 5 }),
    );
    const started = Date.now();
    const result = await kiosk.services.dispatch('printReferral', { serviceId: 'cndh-quejas', language: 'es' });
    expect(Date.now() - started).toBeLessThan(5000 + 1000);
    expect(result).toMatchObject({ ok: true, value: { outcome: 'not_printed', problems: ['no_answer'] } });
    await kiosk.services.close();
    const after = await startPrintingKiosk(undefined, { dataDir: kiosk.dataDir });
    cleanups.push(() => after.services.close());
    const jobs = await after.services.printing.recentJobs(1);
    expect(jobs.ok && jobs.value[0]?.state).toBe('failed');
  });
});

describe('through serialport’s mock binding', () => {
  it('prints and reads status like a real serial printer', async () => {
    const emulator = new EscPosEmulator();
    const kiosk = await kioskWith(
      printersFile({ transport: { kind: 'serial', path: '/dev/ROBOT-PRINTER', baudRate: 115200 } }),
      {
        serialPortFactory: emulatorOnMockBinding(emulator),
      },
    );
    const result = await kiosk.services.dispatch('printReferral', { serviceId: 'comar-asilo', language: 'ht' });
    expect(result).toMatchObject({ ok: true, value: { outcome: 'printed' } });
    expect(paperText(emulator.paper)).toContain('Fèy referans');
    emulator.setFaults({ paper: 'near_end' });
    expect(await kiosk.services.dispatch('getPrinterStatus', {})).toMatchObject({
      ok: true,
      value: { transport: 'serial', state: 'warning', problems: ['paper_near_end'] },
    });
  });
});

describe('without a valid printers.json', () => {
  it('still gives the visitor the referral, as not_printed / not_configured', async () => {
    const kiosk = await kioskWith({ printers: 'none' });
    const result = await kiosk.services.dispatch('printReferral', { serviceId: 'comar-asilo', language: 'es' });
    expect(result).toMatchObject({
      ok: true,
      value: { outcome: 'not_printed', problems: ['not_configured'], jobId: null },
    });
    expect(await kiosk.services.dispatch('getPrinterStatus', {})).toMatchObject({
      ok: true,
      value: { printer: null, transport: 'none', state: 'not_ready', problems: ['not_configured'] },
    });
  });
});
