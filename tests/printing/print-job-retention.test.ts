// No per-visitor trail: a print job keeps its exact time only for the reprint window, then the
// site's day only; the staff list shows no time past the window; the purge runs on a timer.
import { join } from 'node:path';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { printJobViewSchema, printReferralResponseSchema } from '../../main/contract/index.js';
import { fixedClock } from '../../main/services/clock.js';
import { DATABASE_FILE, openDatabase, openKioskDatabase, type Database } from '../../main/services/db/index.js';
import { createKioskServices } from '../../main/services/kiosk-services.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { serveEmulatorOverTcp } from '../../main/services/printing/emulator/emulator-hosts.js';
import { EscPosEmulator } from '../../main/services/printing/emulator/escpos-emulator.js';
import { PrintJobStore, type JobTimePolicy } from '../../main/services/printing/print-jobs.js';
import { supervisorToken } from '../support/staff-sessions.js';
import { okValue } from '../support/result.js';
import { sampleConfigCopy, tempDir, writeJson } from '../services/temp-dirs.js';

import { NOW, printersFile } from './printing-support.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const MINUTE = 60_000;
// NOW is 05:30 UTC on 22 November, which is still Saturday 21 November in Mexico City.
const SITE_DAY = '2026-11-21';
const POLICY: JobTimePolicy = { windowMs: 120 * MINUTE, timeZone: 'America/Mexico_City' };

interface RawJob {
  created_at: string;
  updated_at: string;
  referral_code: string;
}

describe('print-job times (store, fake clock)', () => {
  it('keeps the exact time inside the window, then the site day only, and deletes after 30 days', async () => {
    const clock = fixedClock(NOW);
    const kiosk = await openKioskDatabase({
      dataDir: await tempDir('kiosk-jobs-'),
      clock,
      logger: createMemoryLogger(),
    });
    cleanups.push(() => kiosk.close());
    const db = kiosk.connection();
    if (db === undefined) throw new Error('no database');
    const store = new PrintJobStore(db, clock);
    const id = await store.create({ printer: 'slips', serviceId: 'comar-asilo', language: 'ht', referralCode: 'K7QX' });
    await store.setState(id, 'printed');

    clock.advance(119 * MINUTE);
    expect(await store.purge(POLICY)).toBe(0);
    expect((await store.recent(5, POLICY))[0]).toMatchObject({ createdAt: NOW.toISOString() });

    clock.advance(2 * MINUTE);
    // Past the window the list shows the day even before a purge has run…
    expect((await store.recent(5, POLICY))[0]).toMatchObject({ createdAt: SITE_DAY, updatedAt: SITE_DAY });
    // …and the purge leaves only the day in the file; the code stays, for a reprint.
    expect(await store.purge(POLICY)).toBe(1);
    const raw = await db.get<RawJob>('SELECT created_at, updated_at, referral_code FROM print_job WHERE id = ?', [id]);
    expect(raw).toEqual({ created_at: SITE_DAY, updated_at: SITE_DAY, referral_code: 'K7QX' });
    expect(await store.purge(POLICY)).toBe(0);

    // A job still being printed keeps its time: it is not finished.
    const sending = await store.create({ printer: 'slips', serviceId: 'x', language: 'es', referralCode: 'A1' });
    await store.setState(sending, 'sending');
    clock.advance(3 * 60 * MINUTE);
    expect(await store.purge(POLICY)).toBe(0);

    // After the retention the finished job goes; the unfinished one waits until it ends.
    clock.set(new Date(NOW.getTime() + 31 * 24 * 60 * MINUTE));
    await store.purge(POLICY);
    expect(await store.get(id)).toBeUndefined();
    expect(await store.get(sending)).toMatchObject({ state: 'sending' });
    await store.setState(sending, 'failed', 'cover_open');
    await store.purge(POLICY);
    expect(await store.get(sending)).toBeUndefined();
  });
});

describe('print-job times (kiosk services, timer)', () => {
  it('forgets the time on its own timer and never shows it to staff past the window', async () => {
    const emulator = new EscPosEmulator();
    const host = await serveEmulatorOverTcp(emulator);
    cleanups.push(() => host.close());
    const configDir = await sampleConfigCopy();
    const printers = printersFile({ transport: { kind: 'tcp', host: '127.0.0.1', port: host.port } });
    await writeJson(join(configDir, 'printers.json'), { ...printers, reprintWindowMinutes: 30 });
    const dataDir = await tempDir('kiosk-jobs-timer-');
    const clock = fixedClock(NOW);
    const services = await createKioskServices({
      configDir,
      dataDir,
      appVersion: '0.0.0-test',
      hostKind: 'web',
      clock,
      logger: createMemoryLogger(),
      watchConfig: false,
      printing: { statusPollMs: 0, purgeEveryMs: 20 },
    });
    cleanups.push(() => services.close());
    const { dispatch } = services;

    const printed = printReferralResponseSchema.parse(
      okValue(await dispatch('printReferral', { serviceId: 'comar-asilo', language: 'fr' })),
    );
    expect(printed.outcome).toBe('printed');
    const listJobs = async () => {
      const token = await supervisorToken(dispatch, dataDir);
      const listed = okValue(await dispatch('listPrintJobs', { token })) as { jobs: unknown[] };
      return listed.jobs.map((job) => printJobViewSchema.parse(job));
    };
    expect((await listJobs())[0]?.createdAt).toBe(NOW.toISOString());

    // A second connection reads the file itself: what is stored, not what is shown.
    const reader: Database = await openDatabase(join(dataDir, DATABASE_FILE));
    cleanups.push(() => reader.close());
    const stored = async () => reader.get<RawJob>('SELECT created_at, updated_at, referral_code FROM print_job');

    // Timers keep firing inside the window and change nothing.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await stored())?.created_at).toBe(NOW.toISOString());

    clock.advance(31 * MINUTE);
    await vi.waitFor(
      async () => {
        expect((await stored())?.created_at).toBe(SITE_DAY);
      },
      { timeout: 3000 },
    );
    expect(await stored()).toEqual({
      created_at: SITE_DAY,
      updated_at: SITE_DAY,
      referral_code: printed.referral.referralCode,
    });
    const [job] = await listJobs();
    expect(job).toMatchObject({ createdAt: SITE_DAY, updatedAt: SITE_DAY, state: 'printed' });
  });
});
