import { createServer, type Server } from 'node:http';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runKioskctl } from '../../main/cli/kioskctl.js';
import {
  CHECK_DETAILS,
  checkDetailKey,
  LANGUAGES,
  type CheckResult,
  type EquipmentCheck,
} from '../../main/contract/index.js';
import { runChecks, summarise } from '../../main/services/health/check-runner.js';
import { createKioskServices, type KioskServices } from '../../main/services/kiosk-services.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { fill } from '../../main/services/texts/fill.js';
import { flatten, LOCALES } from '../locales/locale-files.js';
import { SAMPLE_CONFIG_DIR } from '../support/kiosk-fixture.js';
import { okValue } from '../support/result.js';
import { supervisorToken } from '../support/staff-sessions.js';

// Real HTTP servers on 127.0.0.1 play the internet: the real site, a captive portal, a server with
// a wrong clock, one that never answers, one that fails, and a port where nothing listens.
const servers: Server[] = [];
let base: string;

async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
  return `http://127.0.0.1:${port}/`;
}

async function configWith(checks: unknown): Promise<string> {
  const dir = await mkdtemp(join(base, 'config-'));
  await cp(SAMPLE_CONFIG_DIR, dir, { recursive: true });
  const operations = JSON.parse(await readFile(join(dir, 'operations.json'), 'utf8')) as Record<string, unknown>;
  await writeFile(join(dir, 'operations.json'), JSON.stringify({ ...operations, checks }));
  return dir;
}

/** The data folder of the last services started: the tests' supervisor is set up there. */
let lastDataDir = '';

async function services(configDir: string): Promise<KioskServices> {
  lastDataDir = await mkdtemp(join(base, 'data-'));
  return createKioskServices({
    configDir,
    dataDir: lastDataDir,
    appVersion: '9.9.9-test',
    hostKind: 'web',
    logger: createMemoryLogger(),
    watchConfig: false,
  });
}

const byId = (check: EquipmentCheck): Map<string, CheckResult> => new Map(check.results.map((r) => [r.id, r]));

let urls: Record<'good' | 'captive' | 'skewed' | 'silent' | 'broken' | 'closed', string>;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'kiosk-check-'));
  urls = {
    good: await listen((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' }).end('<title>RedSafe</title>');
    }),
    captive: await listen((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' }).end('<h1>Welcome to CafeNet. Log in to continue.</h1>');
    }),
    skewed: await listen((_req, res) => {
      res.sendDate = false;
      res.writeHead(200, { Date: new Date(Date.now() - 10 * 60_000).toUTCString() }).end('RedSafe');
    }),
    silent: await listen(() => undefined),
    broken: await listen((_req, res) => {
      res.writeHead(503).end('maintenance');
    }),
    closed: await closedPortUrl(),
  };
});

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
  await rm(base, { recursive: true, force: true });
});

describe('daily equipment check', () => {
  it('passes with a reachable site, and stores and audits the result', async () => {
    const kiosk = await services(
      await configWith({ endpoints: [{ id: 'redsafe', url: urls.good, expectText: 'RedSafe' }] }),
    );
    try {
      const token = await supervisorToken(kiosk.dispatch, lastDataDir);
      const check = okValue(await kiosk.dispatch('runEquipmentCheck', { token })) as EquipmentCheck;
      const results = byId(check);
      expect(results.get('network:redsafe')).toMatchObject({ status: 'pass', code: 'reachable' });
      expect(results.get('latency')).toMatchObject({ status: 'pass', unit: 'ms' });
      expect(results.get('clock')).toMatchObject({ status: 'pass', code: 'in_time' });
      expect(results.get('config')).toMatchObject({ status: 'pass' });
      expect(results.get('database')).toMatchObject({ status: 'pass', code: 'integrity_ok' });
      expect(results.get('disk')).toMatchObject({ status: 'pass', unit: 'MB' });
      expect(results.get('app_version')).toMatchObject({ status: 'pass', detail: '9.9.9-test' });
      expect(results.has('printer')).toBe(true);
      const last = okValue(await kiosk.dispatch('getLastEquipmentCheck', { token })) as {
        check: EquipmentCheck;
      };
      expect(last.check).toEqual(check);
      const audit = okValue(await kiosk.dispatch('getAuditLog', { token })) as {
        events: { kind: string }[];
      };
      expect(audit.events[0]).toMatchObject({ kind: 'equipment_check', role: 'supervisor' });
    } finally {
      await kiosk.close();
    }
  });

  it('fails for a captive portal, a closed port, an error page and a silent server, and warns on a skewed clock', async () => {
    const kiosk = await services(
      await configWith({
        timeoutMs: 800,
        maxClockSkewSeconds: 120,
        endpoints: [
          { id: 'portal', url: urls.captive, expectText: 'RedSafe' },
          { id: 'closed', url: urls.closed },
          { id: 'broken', url: urls.broken },
          { id: 'silent', url: urls.silent },
          { id: 'skewed', url: urls.skewed, expectText: 'RedSafe' },
        ],
      }),
    );
    try {
      const check = okValue(await kiosk.equipment.run(null));
      const results = byId(check);
      expect(results.get('network:portal')).toMatchObject({ status: 'fail', code: 'captive_portal' });
      expect(results.get('network:closed')).toMatchObject({ status: 'fail', code: 'unreachable' });
      expect(results.get('network:broken')).toMatchObject({ status: 'fail', code: 'http_status' });
      expect(results.get('network:silent')).toMatchObject({ status: 'fail', code: 'timeout' });
      expect(results.get('network:skewed')).toMatchObject({ status: 'pass' });
      const clock = results.get('clock');
      expect(clock).toMatchObject({ status: 'warn', code: 'skew', unit: 's' });
      expect(clock?.measured).toBeGreaterThanOrEqual(590);
      expect(check.summary).toBe('fail');
    } finally {
      await kiosk.close();
    }
  });

  it('fails the disk check below the configured free space, and no check hangs', async () => {
    const kiosk = await services(await configWith({ endpoints: [], minFreeDiskMb: 1_000_000_000 }));
    try {
      const results = byId(okValue(await kiosk.equipment.run(null)));
      expect(results.get('disk')).toMatchObject({ status: 'fail', code: 'low_disk' });
      // With no endpoint there is nothing to check against: unknown, never a pass.
      expect(results.get('network')).toMatchObject({ status: 'unknown', code: 'not_configured' });
    } finally {
      await kiosk.close();
    }
  });

  it('needs an unlocked session through the contract', async () => {
    const kiosk = await services(await configWith({ endpoints: [] }));
    try {
      expect(await kiosk.dispatch('runEquipmentCheck', { token: 'z'.repeat(43) })).toMatchObject({
        ok: false,
        error: { code: 'NOT_AUTHORISED' },
      });
    } finally {
      await kiosk.close();
    }
  });
});

describe('what staff read of a check', () => {
  it('every result a real run gives has a sentence in each language, filled from its own figures', async () => {
    const kiosk = await services(
      await configWith({
        timeoutMs: 800,
        maxClockSkewSeconds: 120,
        minFreeDiskMb: 1_000_000_000,
        endpoints: [
          { id: 'portal', url: urls.captive, expectText: 'RedSafe' },
          { id: 'closed', url: urls.closed },
          { id: 'broken', url: urls.broken },
          { id: 'silent', url: urls.silent },
          { id: 'nowhere', url: 'https://kiosk-check.invalid/' },
        ],
      }),
    );
    try {
      const screen = { display: { width: 1080, height: 1920, touchPoints: 0 }, audio: 'suspended' as const };
      const results = okValue(await kiosk.equipment.run(null, screen)).results;
      expect(results.find((r) => r.id === 'config')).toMatchObject({ code: 'valid' });
      const codes = results.map((r) => `${r.id}:${r.code}`);
      // The run covers the common faults the review asks for.
      expect(codes).toEqual(
        expect.arrayContaining([
          'disk:low_disk',
          'network:portal:captive_portal',
          'network:nowhere:dns_failed',
          'network:silent:timeout',
          'display:no_touch',
          'audio:audio_suspended',
        ]),
      );
      const texts = Object.fromEntries(LANGUAGES.map((language) => [language, flatten(LOCALES[language])]));
      for (const result of results) {
        const key = checkDetailKey(result.id, result.code);
        expect(key, `${result.id} ${result.code} has no sentence`).toBeDefined();
        if (key === undefined) continue;
        expect(Object.keys(result.params ?? {}).sort(), `${result.id} ${result.code}`).toEqual(
          [...CHECK_DETAILS[key]].sort(),
        );
        for (const language of LANGUAGES) {
          const sentence = fill(String(texts[language]?.get(`checkDetails.${key}`)), result.params ?? {});
          expect(sentence, `${language} ${key}`).not.toMatch(/\{\{|undefined/);
        }
      }
      const disk = results.find((r) => r.id === 'disk');
      expect(disk?.params).toEqual({ free: disk?.measured, needed: 1_000_000_000 });
    } finally {
      await kiosk.close();
    }
  });
});

describe('the check runner', () => {
  it('ends a hanging check as unknown after its timeout and a throwing one as fail', async () => {
    const results = await runChecks(
      [
        { id: 'hangs', timeoutMs: 50, run: () => new Promise(() => undefined) },
        { id: 'throws', timeoutMs: 50, run: () => Promise.reject(new Error('boom')) },
        {
          id: 'fine',
          timeoutMs: 50,
          run: () => Promise.resolve({ status: 'pass', code: 'ok', detail: null, measured: null, unit: null }),
        },
      ],
      () => performance.now(),
    );
    expect(results.map((r) => [r.id, r.status, r.code])).toEqual([
      ['hangs', 'unknown', 'timeout'],
      ['throws', 'fail', 'error'],
      ['fine', 'pass', 'ok'],
    ]);
    expect(summarise(results)).toBe('fail');
    expect(summarise(results.filter((r) => r.id !== 'throws'))).toBe('warn');
  });
});

describe('kioskctl check', () => {
  it('prints a table and exits 1 when a check fails, 0 when none does', async () => {
    const lines: string[] = [];
    const io = { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line), env: {} };
    const failing = await configWith({
      timeoutMs: 800,
      endpoints: [{ id: 'portal', url: urls.captive, expectText: 'RedSafe' }],
    });
    const data = await mkdtemp(join(base, 'cli-data-'));
    expect(await runKioskctl(['check', '--config', failing, '--data', data], io)).toBe(1);
    expect(lines.some((l) => /^FAIL\s+network:portal\s+captive_portal/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^Summary: FAIL/);

    lines.length = 0;
    const passing = await configWith({ endpoints: [{ id: 'redsafe', url: urls.good, expectText: 'RedSafe' }] });
    expect(await runKioskctl(['check', '--config', passing, '--data', data], io)).toBe(0);
    expect(lines.some((l) => /^PASS\s+network:redsafe/.test(l))).toBe(true);
  });
});
