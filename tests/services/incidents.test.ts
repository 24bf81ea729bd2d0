import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { CheckResult, Incident, PrinterStatus, Result } from '../../main/contract/index.js';
import { fixedClock } from '../../main/services/clock.js';
import { createKioskServices, type KioskServices } from '../../main/services/kiosk-services.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { okValue } from '../support/result.js';
import { startAsSupervisor } from '../support/supervisor-services.js';
import { supervisorToken } from '../support/staff-sessions.js';

// 2026-11-23 09:00 in Mexico City (UTC-6).
const NOW = new Date('2026-11-23T15:00:00Z');

let base: string;
let clock: ReturnType<typeof fixedClock>;
let services: KioskServices;
let token: string;

const call = (method: string, payload: unknown): Promise<Result<unknown>> => services.dispatch(method, payload);
const incidents = async (): Promise<{ open: Incident[]; recent: Incident[] }> =>
  okValue(await call('listIncidents', { token })) as { open: Incident[]; recent: Incident[] };

const passed = (id: string, code: string): CheckResult => ({
  id,
  status: 'pass',
  code,
  detail: null,
  measured: null,
  unit: null,
  durationMs: 1,
});

/** Moves the clock on; past the session's idle time, staff unlock again as they would. */
async function later(ms: number): Promise<void> {
  clock.advance(ms);
  token = await supervisorToken(call);
}

function printerEvent(problems: PrinterStatus['problems']): void {
  services.events.emit({
    type: 'printerStatus',
    status: { printer: 'tm', transport: 'tcp', state: 'not_ready', problems, checkedAt: clock.now().toISOString() },
  });
}

async function start(operations: Record<string, unknown> = {}): Promise<void> {
  ({ services, token } = await startAsSupervisor(base, clock, operations));
}

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'kiosk-incidents-'));
  clock = fixedClock(NOW);
});

afterEach(async () => {
  await services.close();
  await rm(base, { recursive: true, force: true });
});

describe('incidents', () => {
  it('opens one per kind and subject, counts repeats, closes by hand with downtime and audit', async () => {
    await start();
    const first = okValue(await call('openIncident', { token, subject: 'power' })) as Incident;
    expect(first).toMatchObject({
      kind: 'manual',
      subject: 'power',
      occurrences: 1,
      closedAt: null,
      openedDay: '2026-11-23',
    });
    clock.advance(60_000);
    const again = okValue(await call('openIncident', { token, subject: 'power' })) as Incident;
    expect(again).toMatchObject({ id: first.id, occurrences: 2, downtimeMs: 60_000 });
    okValue(await call('openIncident', { token, subject: 'screen' }));
    expect((await incidents()).open.map((i) => i.subject).sort()).toEqual(['power', 'screen']);

    await later(14 * 60_000);
    const closed = okValue(await call('closeIncident', { token, id: first.id })) as Incident;
    expect(closed).toMatchObject({ closedBy: 'supervisor', downtimeMs: 15 * 60_000 });
    expect(await call('closeIncident', { token, id: first.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_EDITABLE' },
    });
    expect(await call('closeIncident', { token, id: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    // Downtime stops at closing: later time does not add to it.
    await later(60 * 60_000);
    const list = await incidents();
    expect(list.open.map((i) => i.subject)).toEqual(['screen']);
    expect(list.recent).toMatchObject([{ id: first.id, downtimeMs: 15 * 60_000 }]);

    // After closing, the same subject opens a new incident.
    const reopened = okValue(await call('openIncident', { token, subject: 'power' })) as Incident;
    expect(reopened.id).not.toBe(first.id);

    const audit = okValue(await call('getAuditLog', { token })) as {
      events: { kind: string; detail: string | null }[];
    };
    expect(audit.events.filter((e) => e.kind === 'incident_opened')).toHaveLength(4);
    expect(audit.events.find((e) => e.kind === 'incident_closed')?.detail).toBe('manual power');
  });

  it('refuses a subject outside the fixed list and any call without a session', async () => {
    await start();
    expect(await call('openIncident', { token, subject: 'Juan asked for help' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD' },
    });
    expect(await call('listIncidents', { token: 'x'.repeat(43) })).toMatchObject({
      ok: false,
      error: { code: 'NOT_AUTHORISED' },
    });
    expect((await incidents()).open).toEqual([]);
  });

  it('opens printer faults from status events, and a passing printer check closes them', async () => {
    await start();
    printerEvent(['paper_near_end']);
    printerEvent(['paper_end', 'cover_open']);
    printerEvent(['paper_end']);
    await services.incidents.settled();
    const open = (await incidents()).open;
    expect(open.map((i) => [i.kind, i.subject, i.occurrences]).sort()).toEqual([
      ['printer_fault', 'cover_open', 1],
      ['printer_fault', 'paper_end', 2],
    ]);
    // The sample printer is the on-screen preview: it warns, so the faults stay open.
    okValue(await services.equipment.run(null));
    expect((await incidents()).open.filter((i) => i.kind === 'printer_fault')).toHaveLength(2);
    // A printer that passes its check closes every printer fault.
    await services.incidents.applyCheck([passed('printer', 'ready')]);
    const after = await incidents();
    expect(after.open.filter((i) => i.kind === 'printer_fault')).toEqual([]);
    expect(after.recent.filter((i) => i.kind === 'printer_fault').map((i) => i.closedBy)).toEqual(['check', 'check']);
  });

  it('opens incidents from failed checks and closes them when a later check passes', async () => {
    await start();
    // Failing the disk check for real: more free space required than any disk has.
    await services.close();
    await writeFile(
      join(base, 'config', 'operations.json'),
      JSON.stringify({
        ...(JSON.parse(await readFile(join(base, 'config', 'operations.json'), 'utf8')) as object),
        checks: { endpoints: [], minFreeDiskMb: 1_000_000_000 },
      }),
    );
    services = await createKioskServices({
      configDir: join(base, 'config'),
      dataDir: join(base, 'data'),
      appVersion: 'test',
      hostKind: 'web',
      clock,
      logger: createMemoryLogger(),
      watchConfig: false,
    });
    token = await supervisorToken(call, join(base, 'data'));
    const check = okValue(await call('runEquipmentCheck', { token })) as { results: { id: string; status: string }[] };
    expect(check.results.find((r) => r.id === 'disk')?.status).toBe('fail');
    expect((await incidents()).open).toMatchObject([{ kind: 'check_failed', subject: 'disk', detail: 'low_disk' }]);
    await later(30 * 60_000);
    await services.incidents.applyCheck([passed('disk', 'enough_space')]);
    const list = await incidents();
    expect(list.open).toEqual([]);
    expect(list.recent).toMatchObject([{ subject: 'disk', closedBy: 'check', downtimeMs: 30 * 60_000 }]);
  });

  it('lists and counts screen crashes recorded by the shell, and staff close them', async () => {
    await start();
    okValue(await services.incidents.record('renderer_crash', 'renderer'));
    okValue(await services.incidents.record('renderer_crash', 'renderer'));
    okValue(await services.incidents.record('renderer_crash', 'renderer'));
    const status = okValue(await call('getOperationsStatus', { token })) as {
      openIncidents: number;
      crashesToday: number;
    };
    expect(status).toMatchObject({ openIncidents: 1, crashesToday: 3 });
    const crash = (await incidents()).open[0];
    expect(crash).toMatchObject({ kind: 'renderer_crash', occurrences: 3 });
    okValue(await call('closeIncident', { token, id: crash?.id ?? 0 }));
    expect(okValue(await call('getOperationsStatus', { token }))).toMatchObject({ openIncidents: 0, crashesToday: 3 });
  });

  it('reports incidents of a period with downtime clipped to it', async () => {
    await start();
    await later(Date.parse('2026-11-30T23:00:00Z') - NOW.getTime());
    const incident = okValue(await call('openIncident', { token, subject: 'network' })) as Incident;
    await later(3 * 60 * 60_000);
    okValue(await call('closeIncident', { token, id: incident.id }));
    const november = okValue(
      await services.incidents.inPeriod(new Date('2026-11-01T00:00:00Z'), new Date('2026-12-01T00:00:00Z')),
    );
    expect(november.map((i) => i.periodDowntimeMs)).toEqual([60 * 60_000]);
    const december = okValue(
      await services.incidents.inPeriod(new Date('2026-12-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z')),
    );
    expect(december.map((i) => [i.periodDowntimeMs, i.downtimeMs])).toEqual([[2 * 60 * 60_000, 3 * 60 * 60_000]]);
  });
});
