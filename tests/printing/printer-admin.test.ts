// The printer as staff handle it, through the contract: recent jobs, reprint, DLE ENQ 2 recovery,
// the code-page self-test and the status, behind the staff PIN, on a real SQLite file and the
// emulator over TCP on 127.0.0.1. Reprints, recoveries and tests land in the audit log.
import { afterEach, describe, expect, it } from 'vitest';

import {
  printerStatusSchema,
  printJobViewSchema,
  printReferralResponseSchema,
  printTestResponseSchema,
  type AuditEvent,
  type Result,
} from '../../main/contract/index.js';
import { serveEmulatorOverTcp } from '../../main/services/printing/emulator/emulator-hosts.js';
import { paperText } from '../../main/services/printing/emulator/emulator-render.js';
import { EscPosEmulator } from '../../main/services/printing/emulator/escpos-emulator.js';
import { okValue } from '../support/result.js';
import { operatorToken, supervisorToken } from '../support/staff-sessions.js';

import { printersFile, startPrintingKiosk, type PrintingKiosk } from './printing-support.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Staffed {
  readonly kiosk: PrintingKiosk;
  readonly token: string;
  call(method: string, payload: Record<string, unknown>): Promise<Result<unknown>>;
}

async function staffedKiosk(printers: Record<string, unknown> | undefined): Promise<Staffed> {
  const kiosk = await startPrintingKiosk(printers);
  cleanups.push(() => kiosk.services.close());
  const token = await supervisorToken(kiosk.services.dispatch, kiosk.dataDir);
  return {
    kiosk,
    token,
    call: (method, payload) => kiosk.services.dispatch(method, { token, ...payload }),
  };
}

async function emulatedPrinter(): Promise<{ emulator: EscPosEmulator; printers: Record<string, unknown> }> {
  const emulator = new EscPosEmulator();
  const host = await serveEmulatorOverTcp(emulator);
  cleanups.push(() => host.close());
  return { emulator, printers: printersFile({ transport: { kind: 'tcp', host: '127.0.0.1', port: host.port } }) };
}

async function auditKinds(staffed: Staffed): Promise<AuditEvent[]> {
  const log = okValue(await staffed.call('getAuditLog', { limit: 50 })) as { events: AuditEvent[] };
  return log.events.filter((event) => event.kind.startsWith('printer_'));
}

describe('printer administration', () => {
  it('refuses every printer action without a live staff session', async () => {
    const staffed = await staffedKiosk(undefined);
    const stranger = { token: 'x'.repeat(43) };
    for (const [method, extra] of [
      ['listPrintJobs', {}],
      ['reprintJob', { jobId: 1 }],
      ['recoverPrinter', {}],
      ['printTestSlip', {}],
      ['readPrinterStatus', {}],
    ] as const) {
      expect(await staffed.kiosk.services.dispatch(method, { ...stranger, ...extra }), method).toMatchObject({
        ok: false,
        error: { code: 'NOT_AUTHORISED' },
      });
    }
    // A locked session is over too.
    okValue(await staffed.kiosk.services.dispatch('lockOperator', { token: staffed.token }));
    expect(await staffed.call('listPrintJobs', {})).toMatchObject({ ok: false, error: { code: 'NOT_AUTHORISED' } });
  });

  it('lists recent jobs with state and reason, and reprints one with the same referral code', async () => {
    const { emulator, printers } = await emulatedPrinter();
    const staffed = await staffedKiosk(printers);
    const dispatch = staffed.kiosk.services.dispatch;
    const first = printReferralResponseSchema.parse(
      okValue(await dispatch('printReferral', { serviceId: 'cndh-quejas', language: 'fr' })),
    );
    expect(first.outcome).toBe('printed');
    emulator.setFaults({ coverOpen: true });
    const failed = printReferralResponseSchema.parse(
      okValue(await dispatch('printReferral', { serviceId: 'comar-asilo', language: 'ht' })),
    );
    expect(failed).toMatchObject({ outcome: 'not_printed', problems: ['cover_open'] });

    const listed = okValue(await staffed.call('listPrintJobs', { limit: 10 })) as { jobs: unknown[] };
    const jobs = listed.jobs.map((job) => printJobViewSchema.parse(job));
    expect(jobs.map((job) => [job.state, job.serviceId, job.language, job.referralCode])).toEqual([
      ['failed', 'comar-asilo', 'ht', failed.referral.referralCode],
      ['printed', 'cndh-quejas', 'fr', first.referral.referralCode],
    ]);
    expect(jobs[0]?.reason).toContain('cover_open');
    expect(jobs[1]?.reason).toBeNull();

    // The cover is closed again: the failed slip comes out with the code the visitor was given.
    emulator.setFaults({ coverOpen: false });
    const failedId = jobs[0]?.id ?? 0;
    const again = printReferralResponseSchema.parse(okValue(await staffed.call('reprintJob', { jobId: failedId })));
    expect(again).toMatchObject({ outcome: 'printed', problems: [] });
    expect(again.referral.referralCode).toBe(failed.referral.referralCode);
    expect(paperText(emulator.paper)).toContain(failed.referral.referralCode.split('').join(' '));

    const after = (okValue(await staffed.call('listPrintJobs', {})) as { jobs: unknown[] }).jobs.map((job) =>
      printJobViewSchema.parse(job),
    );
    expect(after[0]).toMatchObject({
      state: 'printed',
      reprintOf: failedId,
      referralCode: failed.referral.referralCode,
    });
    expect(await auditKinds(staffed)).toMatchObject([
      { kind: 'printer_reprint', role: 'supervisor', detail: `job ${failedId} → job ${again.jobId ?? 0}: printed` },
    ]);
  });

  it('answers NOT_FOUND for a job that does not exist, and audits nothing', async () => {
    const { printers } = await emulatedPrinter();
    const staffed = await staffedKiosk(printers);
    expect(await staffed.call('reprintJob', { jobId: 4242 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await auditKinds(staffed)).toEqual([]);
  });

  it('recovers a printer with DLE ENQ 2 and reports the status it reads afterwards', async () => {
    const { emulator, printers } = await emulatedPrinter();
    const staffed = await staffedKiosk(printers);
    emulator.setFaults({ cutterError: true });
    const before = printerStatusSchema.parse(okValue(await staffed.call('readPrinterStatus', {})));
    expect(before).toMatchObject({ state: 'not_ready', transport: 'tcp' });
    expect(before.problems).toContain('cutter_error');

    const after = printerStatusSchema.parse(okValue(await staffed.call('recoverPrinter', {})));
    expect(emulator.commands).toContain('DLE ENQ 2');
    expect(after).toMatchObject({ state: 'ready', problems: [] });
    expect(await auditKinds(staffed)).toMatchObject([{ kind: 'printer_recovered', detail: 'ready' }]);
  });

  it('reports a silent printer as unknown after recovery, never as ready', async () => {
    const { emulator, printers } = await emulatedPrinter();
    const staffed = await staffedKiosk(printers);
    emulator.setFaults({ silent: true });
    const after = printerStatusSchema.parse(okValue(await staffed.call('recoverPrinter', {})));
    expect(after.state).toBe('unknown');
    expect(after.problems).toContain('no_answer');
    const status = printerStatusSchema.parse(okValue(await staffed.call('readPrinterStatus', {})));
    expect(status.state).toBe('unknown');
  });

  it('prints the code-page self-test slip with every letter of the four languages', async () => {
    const { emulator, printers } = await emulatedPrinter();
    const staffed = await staffedKiosk(printers);
    const printed = printTestResponseSchema.parse(okValue(await staffed.call('printTestSlip', {})));
    expect(printed).toEqual({ outcome: 'printed', problems: [], previewText: null });
    const paper = paperText(emulator.paper);
    for (const letter of ['ñ', '¿', '¡', 'œ', 'ç', 'è', 'ò', 'ü', 'Œ']) expect(paper).toContain(letter);
    expect(emulator.commands).toContain('ESC t 16');

    emulator.setFaults({ paper: 'out' });
    const refused = printTestResponseSchema.parse(okValue(await staffed.call('printTestSlip', {})));
    expect(refused.outcome).toBe('not_printed');
    expect(refused.problems).toContain('paper_end');
    expect((await auditKinds(staffed)).map((event) => event.detail)).toEqual(['not_printed', 'printed']);
  });

  it('shows the self-test on screen where the printer is a preview', async () => {
    const staffed = await staffedKiosk(undefined);
    const previewed = printTestResponseSchema.parse(okValue(await staffed.call('printTestSlip', {})));
    expect(previewed.outcome).toBe('previewed');
    expect(previewed.previewText).toContain('Tès lèt ak siy');
    expect(previewed.previewText).toContain('œ');
  });

  it('lets an operator, not only a supervisor, run the printer actions', async () => {
    const { printers } = await emulatedPrinter();
    const staffed = await staffedKiosk(printers);
    const token = await operatorToken(staffed.kiosk.services.dispatch);
    expect(await staffed.kiosk.services.dispatch('listPrintJobs', { token })).toMatchObject({
      ok: true,
      value: { jobs: [] },
    });
    expect(await staffed.kiosk.services.dispatch('recoverPrinter', { token })).toMatchObject({
      ok: true,
      value: { state: 'ready' },
    });
    expect(await auditKinds(staffed)).toMatchObject([{ kind: 'printer_recovered', role: 'operator' }]);
  });
});
