// Every method of the contract against the access it declares, on both transports: the web host
// over real HTTP on 127.0.0.1 and the Electron handle() wrapper. The list of methods comes from
// the contract itself, so a new method is checked the day it is added.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { METHOD_NAMES, methods, type MethodName, type Result } from '../../main/contract/index.js';
import { createInvokeHandler } from '../../main/electron/handle.js';
import { startWebHost } from '../../main/host/web-host.js';
import { fixedClock } from '../../main/services/clock.js';
import { createKioskServices, type KioskServices } from '../../main/services/kiosk-services.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { serveEmulatorOverTcp } from '../../main/services/printing/emulator/emulator-hosts.js';
import { EscPosEmulator } from '../../main/services/printing/emulator/escpos-emulator.js';
import { printersFile } from '../printing/printing-support.js';
import { startFakeOpenRosaServer, type FakeOpenRosaServer } from '../support/fake-openrosa-server.js';
import { SAMPLE_CONFIG_DIR } from '../support/kiosk-fixture.js';
import { expiredToken, operatorToken, supervisorToken, type StaffDispatch } from '../support/staff-sessions.js';

import { VALID_EXAMPLES } from './payloads.js';

// 2026-11-23 09:00 in Mexico City: the examples' days (November 2026) are in the past.
const NOW = new Date('2026-11-23T15:00:00Z');
/** Shaped like a real token (43 base64url characters), but no session was ever opened with it. */
const FAKE_TOKEN = 'Qx7_vR2mK9pL4wN8tZ3cY6bH1dF5gJ0sA-eU8iO2nM4';
/** The collector token of the valid `setKoboCredential` example, which the stand-in server accepts. */
const EXAMPLE_COLLECTOR_TOKEN = 'aB3dE5fG7hJ9kL1m';

const STAFF_METHODS = METHOD_NAMES.filter((m) => methods[m].access !== 'public');
const PUBLIC_METHODS = METHOD_NAMES.filter((m) => methods[m].access === 'public');

/** Answers that mean a call never reached its handler, or that the handler broke. */
const NOT_HANDLED = ['NOT_AUTHORISED', 'UNKNOWN_METHOD', 'INTERNAL', 'FORBIDDEN_SENDER'];

interface AccessKiosk {
  readonly services: KioskServices;
  readonly clock: ReturnType<typeof fixedClock>;
  readonly logger: ReturnType<typeof createMemoryLogger>;
  readonly dataDir: string;
  /** What came out of the printer. */
  readonly paper: readonly unknown[];
  dispose(): Promise<void>;
}

/**
 * Real services on a copy of the sample configuration, with a printer emulated over TCP (so print
 * jobs are kept); the checks and KoboToolbox stay on this machine.
 */
async function startAccessKiosk(): Promise<AccessKiosk> {
  const base = await mkdtemp(join(tmpdir(), 'kiosk-access-'));
  const configDir = join(base, 'config');
  const dataDir = join(base, 'data');
  await cp(SAMPLE_CONFIG_DIR, configDir, { recursive: true });
  const kobo: FakeOpenRosaServer = await startFakeOpenRosaServer({ collectorToken: EXAMPLE_COLLECTOR_TOKEN });
  const patch = async (file: string, changes: Record<string, unknown>): Promise<void> => {
    const current = JSON.parse(await readFile(join(configDir, file), 'utf8')) as Record<string, unknown>;
    await writeFile(join(configDir, file), JSON.stringify({ ...current, ...changes }));
  };
  await patch('operations.json', { checks: { endpoints: [] } });
  await patch('kobo.json', { serverUrl: kobo.url });
  const emulator = new EscPosEmulator();
  const printer = await serveEmulatorOverTcp(emulator);
  await writeFile(
    join(configDir, 'printers.json'),
    JSON.stringify(printersFile({ transport: { kind: 'tcp', host: '127.0.0.1', port: printer.port } })),
  );
  const clock = fixedClock(NOW);
  const logger = createMemoryLogger();
  const services = await createKioskServices({
    configDir,
    dataDir,
    appVersion: 'test',
    hostKind: 'web',
    clock,
    logger,
    watchConfig: false,
  });
  return {
    services,
    clock,
    logger,
    dataDir,
    paper: emulator.paper,
    dispose: async () => {
      await services.close();
      await kobo.close();
      await printer.close();
      await rm(base, { recursive: true, force: true });
    },
  };
}

interface Transport {
  readonly name: string;
  open(kiosk: AccessKiosk): Promise<{ call: StaffDispatch; close: () => Promise<void> }>;
}

const TRANSPORTS: readonly Transport[] = [
  {
    name: 'the web host over HTTP',
    open: async (kiosk) => {
      const host = await startWebHost({
        services: kiosk.services,
        port: 0,
        rendererDir: kiosk.dataDir,
        logger: kiosk.logger,
      });
      const call: StaffDispatch = async (method, payload) => {
        const response = await fetch(new URL(`api/${method}`, host.url), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(payload),
          signal: AbortSignal.timeout(60_000),
        });
        return (await response.json()) as Result<unknown>;
      };
      return { call, close: () => host.close() };
    },
  },
  {
    name: 'the Electron handle() wrapper',
    open: (kiosk) => {
      const invoke = createInvokeHandler(kiosk.services.dispatch, kiosk.logger);
      const fromApp = { senderFrame: { url: 'app://kiosk/index.html', parent: null } };
      return Promise.resolve({ call: (method, payload) => invoke(fromApp, method, payload), close: async () => {} });
    },
  },
];

/** The method's first valid example, without its token. */
function exampleOf(method: MethodName): Record<string, unknown> {
  return Object.fromEntries(Object.entries(VALID_EXAMPLES[method][0] as object).filter(([key]) => key !== 'token'));
}

/**
 * Everything a staff method can change, read back with a live supervisor session: if a refused
 * call had run its handler, one of these would differ.
 */
async function snapshot(call: StaffDispatch, token: string, kiosk: AccessKiosk): Promise<Record<string, unknown>> {
  const read = async (method: MethodName, extra: Record<string, unknown> = {}): Promise<unknown> => {
    const answer = await call(method, { token, ...extra });
    return answer.ok ? answer.value : answer.error.code;
  };
  const year = { from: '2026-01-01', to: '2026-12-31' };
  return {
    audit: await read('getAuditLog', { limit: 1000 }),
    activity: await read('listActivityEntries', year),
    incidents: await read('listIncidents'),
    maintenance: await read('listMaintenanceEntries'),
    lastCheck: await read('getLastEquipmentCheck'),
    printJobs: await read('listPrintJobs', { limit: 100 }),
    kobo: await read('getKoboStatus'),
    pathwayCounts: await read('getPathwayReferralCounts', year),
    operatorAccess: await call('getOperatorAccess', {}),
    staff: await read('listStaffAccounts'),
    exports: await readdir(join(kiosk.dataDir, 'exports')).catch(() => []),
    paper: kiosk.paper.length,
  };
}

describe.each(TRANSPORTS)('access to every method through $name', (transport) => {
  let kiosk: AccessKiosk;
  let call: StaffDispatch;
  let close: () => Promise<void>;
  const tokens = { expired: '', supervisor: '', operator: '' };
  let initial: Record<string, unknown>;

  beforeAll(async () => {
    kiosk = await startAccessKiosk();
    ({ call, close } = await transport.open(kiosk));
    // The expired session first: moving the clock past the idle timeout ends every session open.
    tokens.expired = await expiredToken(call, kiosk.clock, kiosk.dataDir);
    tokens.supervisor = await supervisorToken(call);
    tokens.operator = await operatorToken(call);
    // Something for each method to act on (job 1, entry 1, incident 1, check 1), so that a refused
    // reprint, deletion, closing or checklist would show in what is read back.
    for (const method of ['printReferral', 'saveActivityEntry', 'openIncident', 'runEquipmentCheck'] as const) {
      const token = methods[method].access === 'public' ? {} : { token: tokens.supervisor };
      expect(await call(method, { ...VALID_EXAMPLES[method][0], ...token }), method).toMatchObject({ ok: true });
    }
    initial = await snapshot(call, tokens.supervisor, kiosk);
  }, 60_000);

  afterAll(async () => {
    await close();
    await kiosk.dispose();
  });

  it('covers the whole contract: every method is public or for staff', () => {
    expect(STAFF_METHODS.length + PUBLIC_METHODS.length).toBe(METHOD_NAMES.length);
    expect(STAFF_METHODS.length).toBeGreaterThan(0);
  });

  it.each(STAFF_METHODS)('%s refuses a call without a live session of its role, and runs nothing', async (method) => {
    const example = exampleOf(method);
    const refusals: [string, unknown][] = [
      ['no token', example],
      ['a token that is not a string', { ...example, token: 7 }],
      ['a well-formed token no session has', { ...example, token: FAKE_TOKEN }],
      ['an expired token', { ...example, token: tokens.expired }],
    ];
    if (methods[method].access === 'supervisor')
      refusals.push(['an operator token', { ...example, token: tokens.operator }]);
    // Refused before parsing: a payload that would not even parse gets the same answer.
    refusals.push(['a malformed payload', { token: FAKE_TOKEN, surplus: '…' }], ['no payload object', 'token']);

    const before = await snapshot(call, tokens.supervisor, kiosk);
    for (const [why, payload] of refusals) {
      const answer = await call(method, payload);
      expect(answer, why).toMatchObject({ ok: false, error: { code: 'NOT_AUTHORISED' } });
      const text = JSON.stringify(answer);
      for (const token of [FAKE_TOKEN, tokens.expired, tokens.operator]) expect(text, why).not.toContain(token);
    }
    expect(await snapshot(call, tokens.supervisor, kiosk)).toEqual(before);
    const logged = JSON.stringify(kiosk.logger.lines);
    for (const token of [FAKE_TOKEN, tokens.expired, tokens.operator]) expect(logged).not.toContain(token);
  });

  it.each(STAFF_METHODS)('%s lets a live session of its role through to its handler', async (method) => {
    const example = exampleOf(method);
    const allowed =
      methods[method].access === 'supervisor' ? [tokens.supervisor] : [tokens.operator, tokens.supervisor];
    for (const token of allowed) {
      const answer = await call(method, { ...example, token });
      expect(answer.ok ? 'ok' : answer.error.code, method).not.toBeOneOf(NOT_HANDLED);
      // Past the access check the payload is parsed as always.
      expect(await call(method, { ...example, token, surplus: '…' })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_PAYLOAD' },
      });
    }
  });

  it('saw, in what it reads back, the writes of the calls it let through', async () => {
    const after = await snapshot(call, tokens.supervisor, kiosk);
    // Each part changed, so the refusals above would have been caught changing it.
    for (const part of [
      'audit',
      'activity',
      'incidents',
      'maintenance',
      'lastCheck',
      'printJobs',
      'kobo',
      'pathwayCounts',
      'exports',
      'paper',
    ]) {
      expect(after[part], part).not.toEqual(initial[part]);
    }
  });

  it.each(PUBLIC_METHODS)('%s answers without a token', async (method) => {
    const answer = await call(method, VALID_EXAMPLES[method][0]);
    expect(answer.ok ? 'ok' : answer.error.code, method).not.toBeOneOf(NOT_HANDLED);
  });

  it('lets lockOperator end a session whose token has expired, without a live session', async () => {
    expect(await call('lockOperator', { token: tokens.expired })).toEqual({ ok: true, value: {} });
  });
});
