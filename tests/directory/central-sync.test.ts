// The central directory source, end to end through the real services: a real HTTP source on
// 127.0.0.1, the real configuration folder, the real data folder (last good copy) and the real
// SQLite audit log. Each failure (broken, invalid, silent, down) must leave the last good copy
// serving visitors, and closures, notices, staff edits and local-only entries must survive.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import type {
  AuditEvent,
  CentralSyncStatus,
  DirectorySaveResult,
  ServiceClosure,
  ServiceEntry,
  ServiceNotice,
} from '../../main/contract/index.js';
import { fixedClock } from '../../main/services/clock.js';
import { exportDirectory } from '../../main/services/directory/directory-exchange.js';
import { createKioskServices, type KioskServices } from '../../main/services/kiosk-services.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { okValue } from '../support/result.js';
import { supervisorToken, unlockAgain } from '../support/staff-sessions.js';
import { readJson, sampleConfigCopy, tempDir, writeJson } from '../services/temp-dirs.js';

import { startCentralSource, type CentralSourceServer } from './central-source-server.js';

let kiosk: KioskServices | undefined;
let source: CentralSourceServer | undefined;
afterEach(async () => {
  await kiosk?.close();
  kiosk = undefined;
  await source?.close();
  source = undefined;
});

const MINUTE = 60_000;

/** The sample's entries: the coordinator publishes most of them, this point keeps one of its own. */
async function sampleEntries(configDir: string): Promise<ServiceEntry[]> {
  return (await readJson(join(configDir, 'directory.json'))).services as ServiceEntry[];
}

interface Started {
  server: CentralSourceServer;
  services: KioskServices;
  configDir: string;
  dataDir: string;
  clock: ReturnType<typeof fixedClock>;
  sample: ServiceEntry[];
  central: ServiceEntry[];
  call: <T>(method: string, payload?: Record<string, unknown>) => Promise<T>;
  visitor: () => Promise<{ services: ServiceEntry[]; closures: ServiceClosure[]; notices: ServiceNotice[] }>;
  sync: () => Promise<CentralSyncStatus>;
}

async function boot(configDir: string, dataDir: string, clock: ReturnType<typeof fixedClock>, first: boolean) {
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
  const token = first ? await supervisorToken(services.dispatch, dataDir) : await unlockAgain(services.dispatch);
  const call = async <T>(method: string, payload: Record<string, unknown> = {}): Promise<T> =>
    okValue(await services.dispatch(method, { token, ...payload })) as T;
  const visitor = async () =>
    okValue(await services.dispatch('getDirectory', {})) as {
      services: ServiceEntry[];
      closures: ServiceClosure[];
      notices: ServiceNotice[];
    };
  return { call, visitor, services };
}

/**
 * A kiosk whose directory.json keeps one local-only entry and names the central source. Pathways
 * and topics name sample services, which here come from the central copy: they are left out so
 * the folder is valid before the first sync (docs/directory.md says why).
 */
async function start(format: 'kiosk' | 'hsds' = 'kiosk', extra: Record<string, unknown> = {}): Promise<Started> {
  source = await startCentralSource();
  const configDir = await sampleConfigCopy();
  await rm(join(configDir, 'pathways.json'));
  await rm(join(configDir, 'topics.json'));
  const sample = await sampleEntries(configDir);
  const last = sample[sample.length - 1];
  if (last === undefined) throw new Error('empty sample');
  const localOnly: ServiceEntry = { ...last, id: 'punto-local-cafe' };
  await writeJson(join(configDir, 'directory.json'), {
    central: { url: source.url, format, everyMinutes: 30, timeoutSeconds: 1, ...extra },
    services: [localOnly],
  });
  const operations = await readJson(join(configDir, 'operations.json'));
  await writeJson(join(configDir, 'operations.json'), { ...operations, checks: { endpoints: [] } });
  const dataDir = await tempDir('kiosk-central-');
  const clock = fixedClock(new Date('2026-12-07T18:00:00Z'));
  const { call, visitor, services } = await boot(configDir, dataDir, clock, true);
  return {
    server: source,
    services,
    configDir,
    dataDir,
    clock,
    sample,
    central: sample.slice(0, 6),
    call,
    visitor,
    sync: () => call<CentralSyncStatus>('syncDirectoryNow'),
  };
}

function entryAt(list: readonly ServiceEntry[], index: number): ServiceEntry {
  const entry = list[index];
  if (entry === undefined) throw new Error(`no entry ${String(index)}`);
  return entry;
}

const kioskDocument = (services: readonly ServiceEntry[]): string => JSON.stringify({ services });
const ids = (services: readonly ServiceEntry[]): string[] => services.map((s) => s.id).sort();

describe('a central source in the kiosk format', () => {
  it('applies a changed document, answers 304 with If-None-Match, and applies the next ETag', async () => {
    const { server, sample, central, call, visitor, sync, clock } = await start();
    expect((await call<CentralSyncStatus>('getDirectorySync')).outcome).toBeNull();

    server.reply({ kind: 'document', body: kioskDocument(central), etag: '"v1"' });
    const first = await sync();
    expect(first).toMatchObject({ outcome: 'changed', reason: null, services: 6, localOnly: 1, localOverrides: 0 });
    // The query string may hold the coordinator's key: staff see the address without it.
    expect(first.source).toBe(server.url.replace('?key=secret', ''));
    expect(server.requests).toEqual([null]);
    expect(ids((await visitor()).services)).toEqual(ids([...central, { id: 'punto-local-cafe' } as ServiceEntry]));

    clock.advance(MINUTE);
    const second = await sync();
    expect(server.requests).toEqual([null, '"v1"']);
    expect(second.outcome).toBe('unchanged');
    expect(second.lastSyncedAt).toBe(clock.now().toISOString());
    expect(second.lastChangedAt).toBe(first.lastChangedAt);

    const renamed = central.map((s, i) => (i === 0 ? { ...s, verifiedOn: '2026-12-05' } : s));
    const added = [...renamed, entryAt(sample, 6)];
    server.reply({ kind: 'document', body: kioskDocument(added), etag: '"v2"' });
    clock.advance(MINUTE);
    const third = await sync();
    expect(third).toMatchObject({ outcome: 'changed', services: 7 });
    expect(server.requests.at(-1)).toBe('"v1"');
    const comar = (await visitor()).services.find((s) => s.id === central[0]?.id);
    expect(comar?.verifiedOn).toBe('2026-12-05');

    // Each change is audited, the automatic ones and a supervisor's "sync now" alike.
    const events = (await call<{ events: AuditEvent[] }>('getAuditLog', { limit: 20 })).events;
    expect(events.filter((e) => e.detail?.startsWith('central(kiosk,')).map((e) => e.detail)).toEqual([
      'central(kiosk,7)',
      'central(kiosk,6)',
    ]);
    expect(events.find((e) => e.detail === 'central(kiosk,6)')).toMatchObject({ actor: 'Ana', role: 'supervisor' });
  });

  it('keeps the last good copy through a broken, an invalid, a silent and a down source', async () => {
    const { server, central, visitor, sync, dataDir } = await start();
    server.reply({ kind: 'document', body: kioskDocument(central), etag: '"v1"' });
    expect((await sync()).outcome).toBe('changed');
    const good = ids((await visitor()).services);
    const onDisk = await readFile(join(dataDir, 'directory-central', 'last-good.json'), 'utf8');

    server.reply({ kind: 'document', body: '{"services": [', etag: '"broken"' });
    expect(await sync()).toMatchObject({ outcome: 'invalid', reason: 'not_json', services: 6 });
    expect(ids((await visitor()).services)).toEqual(good);

    const [, ...rest] = central;
    const missingCreole = { ...entryAt(central, 0), name: { ...entryAt(central, 0).name, ht: '' } };
    server.reply({ kind: 'document', body: kioskDocument([missingCreole, ...rest]), etag: '"bad"' });
    const invalid = await sync();
    expect(invalid).toMatchObject({ outcome: 'invalid', reason: 'invalid_entries' });
    expect(invalid.detail).toContain('services.0.name.ht');
    expect(ids((await visitor()).services)).toEqual(good);

    server.reply({ kind: 'document', body: JSON.stringify({ contents: 'no' }) });
    expect((await sync()).reason).toBe('not_a_directory');

    server.reply({ kind: 'status', status: 500 });
    expect(await sync()).toMatchObject({ outcome: 'source_down', reason: 'http_status', detail: '500' });

    // A silent source: the visitor directory answers at once while the sync waits for its deadline.
    server.reply({ kind: 'silent' });
    const started = performance.now();
    const pending = sync();
    const during = await visitor();
    expect(performance.now() - started).toBeLessThan(500);
    expect(ids(during.services)).toEqual(good);
    const silent = await pending;
    expect(silent).toMatchObject({ outcome: 'source_down', reason: 'timeout' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(900);

    await server.close();
    expect(await sync()).toMatchObject({ outcome: 'source_down', reason: 'unreachable', services: 6 });
    expect(ids((await visitor()).services)).toEqual(good);
    // Nothing of the failures reached the copy on disk.
    expect(await readFile(join(dataDir, 'directory-central', 'last-good.json'), 'utf8')).toBe(onDisk);
  });

  it('serves the copy on disk after a restart with the source down, and remembers the last outcome', async () => {
    const { server, services, central, configDir, dataDir, clock, visitor, sync } = await start();
    server.reply({ kind: 'document', body: kioskDocument(central), etag: '"v1"' });
    const synced = await sync();
    const before = ids((await visitor()).services);
    await services.close();
    await server.close();

    const { call, visitor: visitorAgain } = await boot(configDir, dataDir, clock, false);
    const after = await visitorAgain();
    expect(ids(after.services)).toEqual(before);
    const status = await call<CentralSyncStatus>('getDirectorySync');
    expect(status).toMatchObject({ outcome: 'changed', services: 6, lastChangedAt: synced.lastChangedAt });
    const down = await call<CentralSyncStatus>('syncDirectoryNow');
    expect(down).toMatchObject({ outcome: 'source_down', reason: 'unreachable', lastSyncedAt: synced.lastSyncedAt });
  });

  it('keeps closures, notices, staff edits and local-only entries through a sync', async () => {
    const { server, central, call, visitor, sync, configDir } = await start();
    server.reply({ kind: 'document', body: kioskDocument(central), etag: '"v1"' });
    await sync();
    const [closed, noticed, edited] = central.map((s) => s.id);
    const saved = async (method: string, payload: Record<string, unknown>) => {
      expect((await call<DirectorySaveResult>(method, payload)).saved).toBe(true);
    };
    await saved('closeDirectoryService', { serviceId: closed, reason: 'renovation', until: '2026-12-20' });
    const text = { es: 'Solo por la mañana', en: 'Mornings only', fr: 'Le matin seulement', ht: 'Nan maten sèlman' };
    await saved('setDirectoryNotice', { serviceId: noticed, text, until: '2026-12-20' });
    // A central-only entry edited here becomes this point's own entry in directory.json.
    await saved('editDirectoryService', { serviceId: edited, fields: { hoursNote: null, cost: { kind: 'free' } } });
    const file = (await readJson(join(configDir, 'directory.json'))).services as ServiceEntry[];
    expect(ids(file)).toEqual(['punto-local-cafe', String(edited)].sort());

    // The coordinator changes every entry; a second sync replaces the central part only.
    const changed = central.map((s) => ({ ...s, verifiedOn: '2026-12-06' }));
    server.reply({ kind: 'document', body: kioskDocument(changed), etag: '"v2"' });
    expect(await sync()).toMatchObject({ outcome: 'changed', localOverrides: 1, localOnly: 1 });
    const view = await visitor();
    expect(view.closures.map((c) => c.serviceId)).toEqual([closed]);
    expect(view.notices.map((n) => n.serviceId)).toEqual([noticed]);
    expect(view.services.some((s) => s.id === 'punto-local-cafe')).toBe(true);
    const mine = view.services.find((s) => s.id === edited);
    expect(mine?.cost).toEqual({ kind: 'free' });
    expect(mine?.verifiedOn).not.toBe('2026-12-06');
    expect(view.services.find((s) => s.id === closed)?.verifiedOn).toBe('2026-12-06');
  });

  it('asks again only when everyMinutes have passed on the clock', async () => {
    const { server, services, central, clock } = await start();
    server.reply({ kind: 'document', body: kioskDocument(central), etag: '"v1"' });
    await services.directorySync.tick();
    expect(server.requests).toHaveLength(1);
    clock.advance(29 * MINUTE);
    await services.directorySync.tick();
    expect(server.requests).toHaveLength(1);
    clock.advance(2 * MINUTE);
    await services.directorySync.tick();
    expect(server.requests).toEqual([null, '"v1"']);
    expect(services.directorySync.status().outcome).toBe('unchanged');
  });
});

describe('the daily check', () => {
  const directoryCheck = async (services: KioskServices) => {
    const run = okValue(await services.equipment.run(null));
    return run.results.find((result) => result.id === 'directory');
  };

  it('warns when the source has failed for more than a day, or never gave a copy', async () => {
    const { server, services, central, sync, clock } = await start();
    server.reply({ kind: 'status', status: 503 });
    await sync();
    expect(await directoryCheck(services)).toMatchObject({ status: 'warn', code: 'central_never' });

    server.reply({ kind: 'document', body: kioskDocument(central), etag: '"v1"' });
    await sync();
    expect((await directoryCheck(services))?.code).not.toMatch(/^central_/);

    server.reply({ kind: 'silent' });
    clock.advance(23 * 60 * MINUTE);
    await services.directorySync.syncNow();
    // Down, but confirmed less than a day ago: the entries' own check speaks.
    expect((await directoryCheck(services))?.code).not.toMatch(/^central_/);
    clock.advance(2 * 60 * MINUTE);
    await services.directorySync.syncNow();
    expect(await directoryCheck(services)).toMatchObject({
      status: 'warn',
      code: 'central_failing',
      params: { hours: 25 },
    });
  });
});

describe('a central source in HSDS', () => {
  it('applies an HSDS service_list through the importer and refuses one with a bad row', async () => {
    const { server, central, visitor, sync } = await start('hsds');
    const hsds = new TextDecoder().decode(await exportDirectory(central, 'hsds-json'));
    server.reply({ kind: 'document', body: hsds, etag: 'W/"h1"' });
    expect(await sync()).toMatchObject({ outcome: 'changed', format: 'hsds', services: 6 });
    const shown = (await visitor()).services.find((s) => s.id === central[1]?.id);
    expect(shown).toEqual(central[1]);

    const broken = JSON.parse(hsds) as { contents: Record<string, unknown>[] };
    broken.contents[2] = { ...broken.contents[2], status: 'maybe' };
    server.reply({ kind: 'document', body: JSON.stringify(broken), etag: 'W/"h2"' });
    const refused = await sync();
    expect(refused).toMatchObject({ outcome: 'invalid', reason: 'invalid_entries', services: 6 });
    expect(refused.detail).toMatch(/^1: service row 4 status/);
  });
});
