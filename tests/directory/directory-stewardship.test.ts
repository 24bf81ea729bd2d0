// Staff keep the directory true from the kiosk: every save goes through the real dispatcher, the
// real configuration folder and the real SQLite audit log, with a fake clock for the calendar.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import type {
  AuditEvent,
  DirectoryAdminView,
  DirectorySaveResult,
  EquipmentCheck,
  ServiceClosure,
  ServiceEntry,
  ServiceNotice,
} from '../../main/contract/index.js';
import { fixedClock } from '../../main/services/clock.js';
import { loadConfigFolder } from '../../main/services/config/index.js';
import { createKioskServices, type KioskServices } from '../../main/services/kiosk-services.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { okValue } from '../support/result.js';
import { operatorToken, supervisorToken, unlockAgain } from '../support/staff-sessions.js';
import { readJson, sampleConfigCopy, tempDir, writeJson } from '../services/temp-dirs.js';

let kiosk: KioskServices | undefined;
afterEach(async () => {
  await kiosk?.close();
  kiosk = undefined;
});

const SERVICE = 'comar-asilo';
const DAY_MS = 86_400_000;

/** A kiosk on a copy of the sample, on a Mexico City afternoon (18:00 UTC is noon there). */
async function start(now = '2026-12-07T18:00:00Z', directoryExtra: Record<string, unknown> = {}) {
  const configDir = await sampleConfigCopy();
  const directory = await readJson(join(configDir, 'directory.json'));
  await writeJson(join(configDir, 'directory.json'), { ...directory, ...directoryExtra });
  const operations = await readJson(join(configDir, 'operations.json'));
  await writeJson(join(configDir, 'operations.json'), { ...operations, checks: { endpoints: [] } });
  const dataDir = await tempDir('kiosk-directory-');
  const clock = fixedClock(new Date(now));
  kiosk = await createKioskServices({
    configDir,
    dataDir,
    appVersion: '0.0.0-test',
    hostKind: 'web',
    clock,
    logger: createMemoryLogger(),
    watchConfig: false,
  });
  const services = kiosk;
  const token = await supervisorToken(services.dispatch, dataDir);
  const call = async <T>(method: string, payload: Record<string, unknown>): Promise<T> =>
    okValue(await services.dispatch(method, { token, ...payload })) as T;
  const visitorView = async () =>
    okValue(await services.dispatch('getDirectory', {})) as {
      services: ServiceEntry[];
      closures: ServiceClosure[];
      notices: ServiceNotice[];
    };
  return { configDir, dataDir, clock, dispatch: services.dispatch, token, call, visitorView };
}

const audit = async (call: <T>(m: string, p: Record<string, unknown>) => Promise<T>) =>
  (await call<{ events: AuditEvent[] }>('getAuditLog', { limit: 20 })).events;

describe('editing an entry', () => {
  it('is on the next visitor screen, audited with the staff name, kept in the file, and restorable', async () => {
    const { configDir, call, visitorView } = await start();
    const before = (await visitorView()).services.find((s) => s.id === SERVICE);
    expect(before?.phones).toEqual([{ number: '55 5209 8800' }]);

    const saved = await call<DirectorySaveResult>('editDirectoryService', {
      serviceId: SERVICE,
      fields: { phones: [{ number: '55 1234 5678' }], hoursNote: null },
    });
    expect(saved).toEqual({ saved: true, problems: [] });

    const after = (await visitorView()).services.find((s) => s.id === SERVICE);
    expect(after?.phones).toEqual([{ number: '55 1234 5678' }]);
    expect(after?.hoursNote).toBeUndefined();
    // The file on disk is the source of truth, and it still passes the validator's checks.
    const folder = await loadConfigFolder(configDir);
    expect(folder.directory.ok).toBe(true);
    const onDisk = JSON.parse(await readFile(join(configDir, 'directory.json'), 'utf8')) as {
      services: ServiceEntry[];
    };
    expect(onDisk.services.find((s) => s.id === SERVICE)?.phones).toEqual([{ number: '55 1234 5678' }]);

    const [latest] = await audit(call);
    expect(latest).toMatchObject({
      kind: 'directory_edited',
      actor: 'Ana',
      role: 'supervisor',
      detail: `edit(hoursNote,phones) ${SERVICE}`,
    });

    const { copies } = await call<{ copies: { id: string; file: string }[] }>('listDirectoryHistory', {});
    expect(copies).toHaveLength(1);
    expect(copies[0]?.file).toBe('directory.json');
    const restored = await call<DirectorySaveResult>('restoreDirectoryCopy', { id: copies[0]?.id });
    expect(restored.saved).toBe(true);
    const back = (await visitorView()).services.find((s) => s.id === SERVICE);
    expect(back?.phones).toEqual([{ number: '55 5209 8800' }]);
    expect(back?.hoursNote?.ht).toBe('Vini bonè: yo resevwa moun youn apre lòt.');
    expect((await audit(call))[0]).toMatchObject({ kind: 'directory_restored', actor: 'Ana' });
  });

  it('refuses invalid fields one by one and leaves the file as it was', async () => {
    const { configDir, call } = await start();
    const original = await readFile(join(configDir, 'directory.json'), 'utf8');
    const refused = await call<DirectorySaveResult>('editDirectoryService', {
      serviceId: SERVICE,
      fields: {
        phones: [{ number: 'call me' }],
        hoursNote: { es: 'Llegue temprano', en: 'Arrive early', fr: 'Arrivez tôt', ht: '' },
        openingHours: { monday: ['09:00-14:00', '13:00-15:00'] },
      },
    });
    expect(refused.saved).toBe(false);
    const fields = refused.problems.map((p) => `${p.field}:${p.code}`);
    expect(fields).toEqual(expect.arrayContaining(['phones.0.number:invalid', 'hoursNote.ht:missing']));
    expect(await readFile(join(configDir, 'directory.json'), 'utf8')).toBe(original);

    // Overlapping hours pass the entry's schema and are caught by the file's own checks.
    const overlap = await call<DirectorySaveResult>('editDirectoryService', {
      serviceId: SERVICE,
      fields: { openingHours: { monday: ['09:00-14:00', '13:00-15:00'] } },
    });
    expect(overlap.problems).toEqual([{ field: `services.0.openingHours.monday.1`, code: 'hours_overlap' }]);
    expect(await readFile(join(configDir, 'directory.json'), 'utf8')).toBe(original);
    expect(await readdir(join(configDir, 'directory-history')).catch(() => [])).toEqual([]);
  });

  it('is for supervisors: an operator may read the list but not save', async () => {
    const { dispatch, dataDir } = await start();
    const token = await operatorToken(dispatch, dataDir);
    expect((await dispatch('getDirectoryAdmin', { token })).ok).toBe(true);
    const refused = await dispatch('markDirectoryVerified', { token, serviceId: SERVICE });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_AUTHORISED' } });
  });

  it('marks "verified today" with the site day, which clears the stale flag', async () => {
    // 2027-06-01 is more than 180 days after the sample's 2026-11-01.
    const { call } = await start('2027-06-01T03:00:00Z');
    const view = await call<DirectoryAdminView>('getDirectoryAdmin', {});
    expect(view.stale).toContain(SERVICE);
    expect(view.reverifyAfterDays).toBe(180);
    await call('markDirectoryVerified', { serviceId: SERVICE });
    const after = await call<DirectoryAdminView>('getDirectoryAdmin', {});
    // 03:00 UTC is still 31 May in Mexico City.
    expect(after.services.find((s) => s.id === SERVICE)?.verifiedOn).toBe('2027-05-31');
    expect(after.stale).not.toContain(SERVICE);
  });

  it('flags a service people were sent to and not served by, from the follow-up counts', async () => {
    const { call, dispatch } = await start();
    const turnedAway = async (serviceId: string): Promise<void> => {
      const shown = okValue(await dispatch('showReferral', { serviceId, language: 'es' })) as { referralCode: string };
      await call('recordReferralOutcome', {
        code: shown.referralCode,
        report: { outcome: 'went_not_served', reason: 'asked_payment' },
      });
    };
    // The sample's threshold is 3 in 30 days: two are not enough, a third flags it.
    await turnedAway(SERVICE);
    await turnedAway(SERVICE);
    await turnedAway('inm-visitante-humanitario');
    expect((await call<DirectoryAdminView>('getDirectoryAdmin', {})).reverify).toEqual([]);
    await turnedAway(SERVICE);
    const view = await call<DirectoryAdminView>('getDirectoryAdmin', {});
    expect(view.reverify).toEqual([{ serviceId: SERVICE, notServed: 3 }]);
    expect(view.reverifyWindowDays).toBe(30);
  });

  it('keeps the ten latest versions', async () => {
    const { configDir, call } = await start();
    for (let i = 0; i < 12; i += 1) {
      await call('editDirectoryService', {
        serviceId: SERVICE,
        fields: { phones: [{ number: `55 1234 56${10 + i}` }] },
      });
    }
    const names = await readdir(join(configDir, 'directory-history'));
    expect(names).toHaveLength(10);
    const { copies } = await call<{ copies: { id: string }[] }>('listDirectoryHistory', {});
    // Newest first: the copy taken before the last save holds the eleventh number.
    const newest = await readFile(join(configDir, 'directory-history', copies[0]?.id ?? ''), 'utf8');
    expect(newest).toContain('55 1234 5620');
  });
});

describe('a temporary closure', () => {
  it('shows until its last day and is gone the next site day by itself', async () => {
    const { call, visitorView, clock, dispatch } = await start('2026-12-07T18:00:00Z');
    const saved = await call<DirectorySaveResult>('closeDirectoryService', {
      serviceId: SERVICE,
      reason: 'renovation',
      until: '2026-12-09',
    });
    expect(saved.saved).toBe(true);
    expect((await visitorView()).closures).toEqual([{ serviceId: SERVICE, reason: 'renovation', until: '2026-12-09' }]);
    expect((await audit(call))[0]?.detail).toBe(`close(renovation,2026-12-09) ${SERVICE}`);

    // 23:30 on the 9th in Mexico City is 05:30 UTC on the 10th: still closed.
    clock.set(new Date('2026-12-10T05:30:00Z'));
    expect((await visitorView()).closures).toHaveLength(1);
    // Just after midnight on the 10th, site time: open again, with nobody touching anything.
    clock.set(new Date('2026-12-10T06:01:00Z'));
    expect((await visitorView()).closures).toEqual([]);
    const token = await unlockAgain(dispatch);
    const view = okValue(await dispatch('getDirectoryAdmin', { token })) as DirectoryAdminView;
    expect(view.closures).toEqual([]);
  });

  it('refuses an end date already past, and a reason outside the list', async () => {
    const { call, dispatch, token } = await start('2026-12-07T18:00:00Z');
    const past = await call<DirectorySaveResult>('closeDirectoryService', {
      serviceId: SERVICE,
      reason: 'holiday',
      until: '2026-12-06',
    });
    expect(past).toEqual({ saved: false, problems: [{ field: 'until', code: 'in_past' }] });
    const free = await dispatch('closeDirectoryService', {
      token,
      serviceId: SERVICE,
      reason: 'she was rude',
      until: '2026-12-09',
    });
    expect(free.ok).toBe(false);
    const unknown = await call<DirectorySaveResult>('closeDirectoryService', {
      serviceId: 'no-such-service',
      reason: 'holiday',
      until: '2026-12-09',
    });
    expect(unknown.problems).toEqual([{ field: 'serviceId', code: 'unknown_service' }]);
  });

  it('lives in directory-local.json, which the validator accepts, and reopens on request', async () => {
    const { configDir, call, visitorView } = await start();
    await call('closeDirectoryService', { serviceId: SERVICE, reason: 'no_staff', until: '2026-12-20' });
    const local = await readJson(join(configDir, 'directory-local.json'));
    expect(local).toEqual({ closures: [{ serviceId: SERVICE, reason: 'no_staff', until: '2026-12-20' }], notices: [] });
    expect((await loadConfigFolder(configDir)).directoryLocal.ok).toBe(true);
    await call('reopenDirectoryService', { serviceId: SERVICE });
    expect((await visitorView()).closures).toEqual([]);
  });
});

describe('a notice', () => {
  const text = {
    es: 'Hoy atienden solo hasta las 12:00.',
    en: 'Today they only see people until 12:00.',
    fr: "Aujourd'hui, accueil seulement jusqu'à 12 h.",
    ht: 'Jodi a, yo resevwa moun sèlman jiska 12:00.',
  };

  it('shows through its last day and expires with the calendar', async () => {
    const { call, visitorView, clock } = await start('2026-12-07T18:00:00Z');
    const saved = await call<DirectorySaveResult>('setDirectoryNotice', {
      serviceId: SERVICE,
      text,
      until: '2026-12-08',
    });
    expect(saved.saved).toBe(true);
    expect((await visitorView()).notices).toEqual([{ serviceId: SERVICE, text, until: '2026-12-08' }]);
    clock.advance(DAY_MS);
    expect((await visitorView()).notices).toHaveLength(1);
    clock.advance(DAY_MS);
    expect((await visitorView()).notices).toEqual([]);
  });

  it('names the missing language and the too long text, never fills one from another', async () => {
    const { configDir, call } = await start();
    const refused = await call<DirectorySaveResult>('setDirectoryNotice', {
      serviceId: SERVICE,
      text: { ...text, ht: '  ', fr: 'x'.repeat(161) },
      until: '2026-12-08',
    });
    expect(refused.saved).toBe(false);
    expect(refused.problems).toEqual(
      expect.arrayContaining([
        { field: 'text.ht', code: 'missing' },
        { field: 'text.fr', code: 'too_long' },
      ]),
    );
    await expect(readFile(join(configDir, 'directory-local.json'))).rejects.toThrow();
  });
});

describe('the daily check', () => {
  it('lists entries past the age set in directory.json', async () => {
    const { call, dispatch } = await start('2026-12-07T18:00:00Z', { reverifyAfterDays: 30 });
    const check = (await call<EquipmentCheck>('runEquipmentCheck', {})).results.find((r) => r.id === 'directory');
    expect(check).toMatchObject({ status: 'warn', code: 'reverify' });
    expect(check?.params?.days).toBe(30);
    expect(String(check?.params?.services)).toContain(`${SERVICE} (2026-11-01)`);
    const token = await unlockAgain(dispatch);
    expect((okValue(await dispatch('getDirectoryAdmin', { token })) as DirectoryAdminView).stale).toContain(SERVICE);
  });

  it('passes while every entry is younger than the default 180 days', async () => {
    const { call } = await start('2026-12-07T18:00:00Z');
    const check = (await call<EquipmentCheck>('runEquipmentCheck', {})).results.find((r) => r.id === 'directory');
    expect(check).toMatchObject({ status: 'pass', code: 'verified' });
  });
});
