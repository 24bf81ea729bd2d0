import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { CliIo } from '../../main/cli/cli-io.js';
import { runKioskctl } from '../../main/cli/kioskctl.js';
import type { WebHostOptions } from '../../main/host/web-host.js';
import { fixedClock } from '../../main/services/clock.js';
import { LATEST_SCHEMA_VERSION, openDatabase, openKioskDatabase } from '../../main/services/db/index.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { FIXTURES_DIR, readJson, REPO_ROOT, sampleConfigCopy, tempDir, writeJson } from '../services/temp-dirs.js';

const SAMPLE_SERVICE_COUNT = (
  JSON.parse(readFileSync(join(REPO_ROOT, 'kiosk-config', 'directory.json'), 'utf8')) as { services: unknown[] }
).services.length;

interface Captured {
  readonly io: CliIo;
  readonly out: string[];
  readonly err: string[];
  /** Resolves with the first stdout line. */
  readonly firstLine: Promise<string>;
}

function capture(env: Record<string, string> = {}): Captured {
  const out: string[] = [];
  const err: string[] = [];
  let first: (line: string) => void = () => undefined;
  const firstLine = new Promise<string>((resolve) => {
    first = resolve;
  });
  return {
    out,
    err,
    firstLine,
    io: {
      out: (line) => {
        out.push(line);
        first(line);
      },
      err: (line) => err.push(line),
      env,
      logger: createMemoryLogger(),
    },
  };
}

async function folderFingerprint(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir)).sort();
  const entries = await Promise.all(
    names.map(
      async (name) =>
        [
          name,
          createHash('sha256')
            .update(await readFile(join(dir, name)))
            .digest('hex'),
        ] as const,
    ),
  );
  return Object.fromEntries(entries);
}

describe('kioskctl usage', () => {
  it('prints usage for --help and for no command, exit 0', async () => {
    for (const argv of [['--help'], ['-h'], [], ['config', 'validate', '--help']]) {
      const c = capture();
      expect(await runKioskctl(argv, c.io)).toBe(0);
      expect(c.out.join('\n')).toContain('Usage: kioskctl <command>');
    }
  });

  it.each([
    [['frobnicate'], 'Unknown command "frobnicate".'],
    [['config'], 'Unknown command "config".'],
    [['db', 'drop'], 'Unknown command "db drop".'],
    [['config', 'validate', 'a', 'b'], 'Unexpected argument "b".'],
    [['serve', '--port', 'abc'], '--port must be a port number from 0 to 65535, not "abc".'],
    [['serve', '--port', '70000'], '--port must be a port number from 0 to 65535, not "70000".'],
    [['serve', 'now'], 'Unexpected argument "now".'],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const c = capture();
    expect(await runKioskctl(argv, c.io)).toBe(2);
    expect(c.err).toEqual([message, 'Run "kioskctl --help" for the list of commands.']);
    expect(c.out).toEqual([]);
  });

  it('reports an unknown option in plain words (exit 2)', async () => {
    const c = capture();
    expect(await runKioskctl(['serve', '--bogus'], c.io)).toBe(2);
    expect(c.err[0]).toContain("'--bogus'");
  });

  it('rejects a bad KIOSK_PORT', async () => {
    const c = capture({ KIOSK_PORT: 'eighty' });
    expect(await runKioskctl(['serve'], c.io)).toBe(2);
    expect(c.err[0]).toBe('KIOSK_PORT must be a port number from 0 to 65535, not "eighty".');
  });
});

describe('kioskctl config validate', () => {
  it('accepts the bundled sample (default folder) with exit 0', async () => {
    const c = capture();
    expect(await runKioskctl(['config', 'validate'], c.io)).toBe(0);
    expect(c.out).toEqual([
      `OK: ${join(REPO_ROOT, 'kiosk-config')}: site.json, directory.json, printers.json, operations.json, reports.json, kobo.json, pathways.json, topics.json and directory-local.json are valid (${SAMPLE_SERVICE_COUNT} services).`,
    ]);
    expect(c.err).toEqual([]);
  });

  it('prints one line per problem, file: path: reason, with exit 1', async () => {
    const dir = await sampleConfigCopy();
    const site = await readJson(join(dir, 'site.json'));
    site.idleTimeoutSeconds = '90';
    delete (site.redsafe as Record<string, unknown>).supportEmail;
    await writeJson(join(dir, 'site.json'), site);
    const directory = await readJson(join(dir, 'directory.json'));
    const [firstService] = directory.services as Record<string, Record<string, unknown>>[];
    if (firstService?.openingHours === undefined) throw new Error('sample directory changed shape');
    firstService.openingHours.monday = ['09:00-14:00', '10:00-11:00'];
    await writeJson(join(dir, 'directory.json'), directory);

    const c = capture();
    expect(await runKioskctl(['config', 'validate', dir], c.io)).toBe(1);
    expect(c.out).toEqual([
      'site.json: idleTimeoutSeconds: expected number, got the text "90"',
      'site.json: redsafe.supportEmail: required, but missing',
      'directory.json: services[0].openingHours.monday[1]: "10:00-11:00" overlaps "09:00-14:00" on monday',
    ]);
    expect(c.err).toEqual([`3 problems found in ${dir}.`]);
  });

  it('finds KoboToolbox indicators that name an activity type operations.json does not have', async () => {
    const dir = await sampleConfigCopy();
    const kobo = await readJson(join(dir, 'kobo.json'));
    const [first] = kobo.indicators as { column: string; from: Record<string, unknown> }[];
    if (first === undefined) throw new Error('sample kobo.json has no indicators');
    first.from.activityType = 'no-such-activity';
    await writeJson(join(dir, 'kobo.json'), kobo);

    const c = capture();
    expect(await runKioskctl(['config', 'validate', dir], c.io)).toBe(1);
    expect(c.out).toEqual([`kobo.json: indicators: ${first.column}: unknown activity type "no-such-activity"`]);
    expect(c.err).toEqual([`1 problem found in ${dir}.`]);
  });

  it('reports a JSON syntax error with line and column', async () => {
    const dir = await sampleConfigCopy();
    await writeFile(join(dir, 'directory.json'), '{\n  "services": [,]\n}\n');
    const c = capture();
    expect(await runKioskctl(['config', 'validate', dir], c.io)).toBe(1);
    expect(c.out).toEqual(['directory.json: (whole file): JSON syntax error at line 2, column 16: unexpected ","']);
  });

  it('says so when the folder does not exist (exit 1)', async () => {
    const missing = join(await tempDir('kiosk-cli-'), 'nowhere');
    const c = capture();
    expect(await runKioskctl(['config', 'validate', missing], c.io)).toBe(1);
    expect(c.err).toEqual([`No configuration folder at ${missing}.`]);
  });
});

describe('kioskctl db verify', () => {
  it('passes a healthy database and changes no file', async () => {
    const dataDir = await tempDir('kiosk-cli-');
    const kiosk = await openKioskDatabase({ dataDir, clock: fixedClock(new Date()), logger: createMemoryLogger() });
    await kiosk.close();
    const before = await folderFingerprint(dataDir);
    const c = capture();
    expect(await runKioskctl(['db', 'verify', dataDir], c.io)).toBe(0);
    expect(c.out).toEqual([
      `OK: ${join(dataDir, 'kiosk.sqlite')}: quick_check ok, schema version ${LATEST_SCHEMA_VERSION} (current).`,
    ]);
    expect(await folderFingerprint(dataDir)).toEqual(before);
  });

  it('passes an older database and says it will be migrated', async () => {
    const dataDir = await tempDir('kiosk-cli-');
    await copyFile(join(FIXTURES_DIR, 'db-v1.sqlite'), join(dataDir, 'kiosk.sqlite'));
    const c = capture();
    expect(await runKioskctl(['db', 'verify', dataDir], c.io)).toBe(0);
    expect(c.out[0]).toMatch(
      new RegExp(`schema version 1 \\(the kiosk migrates it to ${LATEST_SCHEMA_VERSION} when it starts\\)\\.$`),
    );
  });

  it('fails on a file that is not a database, without moving or changing it', async () => {
    const dataDir = await tempDir('kiosk-cli-');
    await writeFile(join(dataDir, 'kiosk.sqlite'), 'not a database '.repeat(50));
    const before = await folderFingerprint(dataDir);
    const c = capture();
    expect(await runKioskctl(['db', 'verify', dataDir], c.io)).toBe(1);
    expect(c.out[0]).toBe(`FAILED: ${join(dataDir, 'kiosk.sqlite')}: the file is not a SQLite database.`);
    expect(await folderFingerprint(dataDir)).toEqual(before);
  });

  it('fails on a database from a newer version', async () => {
    const dataDir = await tempDir('kiosk-cli-');
    const db = await openDatabase(join(dataDir, 'kiosk.sqlite'));
    const newer = LATEST_SCHEMA_VERSION + 1;
    await db.exec(`PRAGMA user_version = ${newer}`);
    await db.close();
    const c = capture();
    expect(await runKioskctl(['db', 'verify', dataDir], c.io)).toBe(1);
    expect(c.out[0]).toMatch(
      new RegExp(`schema version ${newer} is newer than this kiosk knows \\(${LATEST_SCHEMA_VERSION}\\)\\.$`),
    );
  });

  it('fails when there is no database yet', async () => {
    const dataDir = await tempDir('kiosk-cli-');
    const c = capture();
    expect(await runKioskctl(['db', 'verify', dataDir], c.io)).toBe(1);
    expect(c.err).toEqual([`No database at ${join(dataDir, 'kiosk.sqlite')}. The kiosk creates one when it starts.`]);
    expect(await readdir(dataDir)).toEqual([]);
  });
});

describe('kioskctl serve', () => {
  it('starts the host with the services, prints one line, and closes when told to stop', async () => {
    const configDir = await sampleConfigCopy();
    const dataDir = await tempDir('kiosk-cli-');
    let stop: () => void = () => undefined;
    const stopRequested = new Promise<void>((resolve) => {
      stop = resolve;
    });
    const started: WebHostOptions[] = [];
    let hostClosed = false;
    const c = capture({ KIOSK_PORT: '9000' });
    const exit = runKioskctl(['serve', '--port', '0', '--config', configDir, '--data', dataDir], c.io, {
      startWebHost: (options) => {
        started.push(options);
        return Promise.resolve({
          url: 'http://127.0.0.1:45678/',
          port: 45678,
          close: () => {
            hostClosed = true;
            return Promise.resolve();
          },
        });
      },
      waitForStop: () => stopRequested,
    });
    expect(await c.firstLine).toBe('RedSafe kiosk web host: http://127.0.0.1:45678/');
    const [options] = started;
    expect(options?.port).toBe(0); // --port wins over KIOSK_PORT
    expect(options?.rendererDir).toBe(join(REPO_ROOT, 'dist', 'renderer'));
    expect(await options?.services.dispatch('getKioskInfo', {})).toMatchObject({
      ok: true,
      value: { host: 'web', site: { id: 'par-centro-ejemplo' }, database: { state: 'ok' } },
    });
    stop();
    expect(await exit).toBe(0);
    expect(hostClosed).toBe(true);
    expect(c.out).toHaveLength(1);
    expect(await readdir(dataDir)).toContain('kiosk.sqlite');
  });

  it('runs the real web host and stops cleanly on SIGTERM', async () => {
    const dataDir = await tempDir('kiosk-cli-');
    const listenersBefore = process.listenerCount('SIGTERM');
    const c = capture();
    const exit = runKioskctl(['serve', '--port', '0', '--data', dataDir], c.io);
    const line = await c.firstLine;
    const url = /^RedSafe kiosk web host: (http:\/\/127\.0\.0\.1:\d+\/)$/.exec(line)?.[1];
    expect(url).toBeDefined();
    const response = await fetch(url ?? '');
    expect(response.status).toBeGreaterThanOrEqual(200);
    await response.arrayBuffer();
    process.emit('SIGTERM', 'SIGTERM');
    expect(await exit).toBe(0);
    expect(process.listenerCount('SIGTERM')).toBe(listenersBefore);
    expect(c.out).toEqual([line]);
  });
});
