// Paper is not a resource a visitor can exhaust: printers.json `slipLimit`, per visitor session and
// per minute for the whole kiosk, with a fake clock. The limiter alone, then the real services
// printing to the ESC/POS emulator over TCP on 127.0.0.1.
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import type {
  CompletedPathway,
  PathwaySlips,
  PathwayWalk,
  PrintReferralResponse,
  PrintTestResponse,
  Result,
} from '../../main/contract/index.js';
import { fixedClock } from '../../main/services/clock.js';
import { createKioskServices, type KioskServices } from '../../main/services/kiosk-services.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { serveEmulatorOverTcp, type TcpEmulatorHost } from '../../main/services/printing/emulator/emulator-hosts.js';
import { EscPosEmulator } from '../../main/services/printing/emulator/escpos-emulator.js';
import { SlipLimiter } from '../../main/services/printing/slip-limit.js';
import { okValue } from '../support/result.js';
import { supervisorToken } from '../support/staff-sessions.js';
import { sampleConfigCopy, tempDir, writeJson } from '../services/temp-dirs.js';

import { NOW, printersFile } from './printing-support.js';

describe('the slip limiter', () => {
  it('holds a visitor session to its share, and a new session starts afresh', () => {
    const limiter = new SlipLimiter(fixedClock(NOW), () => ({ perSession: 3, perMinute: 6 }));
    expect([1, 2, 3, 4].map(() => limiter.take('visit-1'))).toEqual([null, null, null, 'session']);
    expect(limiter.take('visit-2')).toBeNull();
  });

  it('holds the whole kiosk to its slips per minute, in a window that slides with the clock', () => {
    const clock = fixedClock(NOW);
    const limiter = new SlipLimiter(clock, () => ({ perSession: 3, perMinute: 6 }));
    // Six visitors, one slip each, within 50 seconds; reprints (no session) count the same.
    for (let i = 0; i < 5; i += 1) {
      expect(limiter.take(`visit-${i}`)).toBeNull();
      clock.advance(10_000);
    }
    expect(limiter.take(undefined)).toBeNull();
    expect(limiter.take('visit-9')).toBe('minute');
    expect(limiter.take(undefined)).toBe('minute');
    // 60 s after the first slip, one has left the window: exactly one more goes through.
    clock.advance(10_000);
    expect(limiter.take('visit-9')).toBeNull();
    expect(limiter.take('visit-10')).toBe('minute');
    // A refused slip did not count against its session.
    clock.advance(60_000);
    expect([1, 2, 3, 4].map(() => limiter.take('visit-9'))).toEqual([null, null, 'session', 'session']);
  });

  it('reads the limits at every slip, so a reloaded printers.json applies at once', () => {
    let limits = { perSession: 1, perMinute: 6 };
    const limiter = new SlipLimiter(fixedClock(NOW), () => limits);
    expect(limiter.take('visit')).toBeNull();
    expect(limiter.take('visit')).toBe('session');
    limits = { perSession: 2, perMinute: 6 };
    expect(limiter.take('visit')).toBeNull();
  });

  it('does not let a clock set back hold slips for longer than a minute', () => {
    const clock = fixedClock(NOW);
    const limiter = new SlipLimiter(clock, () => ({ perSession: 9, perMinute: 2 }));
    expect([limiter.take(undefined), limiter.take(undefined), limiter.take(undefined)]).toEqual([null, null, 'minute']);
    clock.advance(-3_600_000);
    expect(limiter.take(undefined)).toBeNull();
  });
});

interface Kiosk {
  readonly services: KioskServices;
  readonly clock: ReturnType<typeof fixedClock>;
  readonly emulator: EscPosEmulator;
  readonly call: <T>(method: string, payload: unknown) => Promise<Result<T>>;
  readonly dataDir: string;
}

const open: { services: KioskServices; tcp: TcpEmulatorHost }[] = [];
afterEach(async () => {
  for (const { services, tcp } of open.splice(0)) {
    await services.close();
    await tcp.close();
  }
});

async function kioskWithPrinter(slipLimit: unknown, transport?: unknown): Promise<Kiosk> {
  const emulator = new EscPosEmulator();
  const tcp = await serveEmulatorOverTcp(emulator);
  const configDir = await sampleConfigCopy();
  const printer = {
    transport: transport ?? { kind: 'tcp', host: '127.0.0.1', port: tcp.port, connectTimeoutMs: 2000 },
    profile: { paperWidthMm: 80, codePage: 'wpc1252' },
  };
  await writeJson(join(configDir, 'printers.json'), printersFile(printer, { slipLimit }));
  const clock = fixedClock(NOW);
  const dataDir = await tempDir('kiosk-slip-limit-');
  const services = await createKioskServices({
    configDir,
    dataDir,
    appVersion: '0.0.0-test',
    hostKind: 'web',
    clock,
    logger: createMemoryLogger(),
    watchConfig: false,
    printing: { statusPollMs: 0 },
  });
  open.push({ services, tcp });
  const call = <T>(method: string, payload: unknown): Promise<Result<T>> =>
    services.dispatch(method, payload) as Promise<Result<T>>;
  return { services, clock, emulator, call, dataDir };
}

const cuts = (emulator: EscPosEmulator): number => emulator.paper.filter((p) => p.kind === 'cut').length;

function print(kiosk: Kiosk, session?: string): Promise<Result<PrintReferralResponse>> {
  return kiosk.call('printReferral', {
    serviceId: 'comar-asilo',
    language: 'ht',
    ...(session === undefined ? {} : { session }),
  });
}

describe('visitor slips on a real printer', () => {
  it('prints a session its share, then answers SLIP_LIMIT; the next session prints again', async () => {
    const kiosk = await kioskWithPrinter({ perSession: 2, perMinute: 6 });
    expect(okValue(await print(kiosk, 'screen-0')).outcome).toBe('printed');
    expect(okValue(await print(kiosk, 'screen-0')).outcome).toBe('printed');
    expect(await print(kiosk, 'screen-0')).toMatchObject({ ok: false, error: { code: 'SLIP_LIMIT' } });
    expect(cuts(kiosk.emulator)).toBe(2);
    // "Finish": a new session.
    expect(okValue(await print(kiosk, 'screen-1')).outcome).toBe('printed');
    expect(cuts(kiosk.emulator)).toBe(3);
    // The code is still there for the screen to show: showReferral is never limited.
    expect(okValue(await kiosk.call('showReferral', { serviceId: 'comar-asilo', language: 'ht' }))).toMatchObject({
      serviceId: 'comar-asilo',
    });
  });

  it('holds the kiosk to its slips per minute across sessions, reprints included, until the minute has passed', async () => {
    const kiosk = await kioskWithPrinter({ perSession: 3, perMinute: 3 });
    const first = okValue(await print(kiosk, 'a'));
    okValue(await print(kiosk, 'b'));
    kiosk.clock.advance(30_000);
    // A caller that names no session (a script) counts for the minute too.
    okValue(await print(kiosk));
    expect(await print(kiosk, 'c')).toMatchObject({ ok: false, error: { code: 'SLIP_LIMIT' } });
    // A staff reprint is a visitor's slip again: it counts, and is refused too.
    const jobId = first.jobId ?? 0;
    expect(await kiosk.services.printing.reprint(jobId)).toMatchObject({ ok: false, error: { code: 'SLIP_LIMIT' } });
    expect(cuts(kiosk.emulator)).toBe(3);
    // The first two slips leave the window 60 s after they printed.
    kiosk.clock.advance(30_000);
    expect(okValue(await kiosk.services.printing.reprint(jobId)).outcome).toBe('printed');
    expect(okValue(await print(kiosk, 'c')).outcome).toBe('printed');
    expect(await print(kiosk, 'd')).toMatchObject({ ok: false, error: { code: 'SLIP_LIMIT' } });
    expect(cuts(kiosk.emulator)).toBe(5);
  });

  it('shows a pathway visitor slip on screen past the limit, and still prints the note and the test slip (staff)', async () => {
    const kiosk = await kioskWithPrinter({ perSession: 3, perMinute: 1 });
    const token = await supervisorToken((m, p) => kiosk.call(m, p), kiosk.dataDir);
    okValue(await print(kiosk, 'a'));
    const walk: PathwayWalk = [
      { id: 'fear-check', state: 'done' },
      { id: 'iom', state: 'done' },
    ];
    const done = okValue(
      await kiosk.call<CompletedPathway>('completePathwayReferral', { token, profile: 'voluntary-return', walk }),
    );
    const slips = okValue(
      await kiosk.call<PathwaySlips>('printPathwaySlips', {
        token,
        profile: 'voluntary-return',
        walk,
        referralCode: done.referralCode,
        language: 'fr',
      }),
    );
    expect(slips.visitorSlip.outcome).toBe('limited');
    expect(slips.visitorSlip.text.replace(/\s+/g, '')).toContain(done.referralCode);
    expect(slips.referralNote.outcome).toBe('printed');
    expect(okValue(await kiosk.call<PrintTestResponse>('printTestSlip', { token })).outcome).toBe('printed');
    // The visitor's referral slip, then the note, then the test slip: no second visitor slip.
    expect(cuts(kiosk.emulator)).toBe(3);
  });

  it('does not limit a preview printer, which uses no paper', async () => {
    const kiosk = await kioskWithPrinter({ perSession: 1, perMinute: 1 }, { kind: 'preview' });
    for (let i = 0; i < 4; i += 1) expect(okValue(await print(kiosk, 'a')).outcome).toBe('previewed');
  });
});
