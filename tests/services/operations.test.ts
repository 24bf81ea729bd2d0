import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { CheckProgress, EquipmentCheck, Incident, KioskEvent, Result } from '../../main/contract/index.js';
import { fixedClock } from '../../main/services/clock.js';
import type { KioskServices } from '../../main/services/kiosk-services.js';
import { okValue } from '../support/result.js';
import { startAsSupervisor } from '../support/supervisor-services.js';

// 2026-11-23 07:00 in Mexico City (UTC-6).
const NOW = new Date('2026-11-23T13:00:00Z');
const SCREEN = { display: { width: 1920, height: 1080, touchPoints: 10 }, audio: 'running' } as const;

let base: string;
let clock: ReturnType<typeof fixedClock>;
let services: KioskServices;
let token: string;

const call = (method: string, payload: unknown): Promise<Result<unknown>> => services.dispatch(method, payload);

async function start(operations: Record<string, unknown> = {}): Promise<void> {
  ({ services, token } = await startAsSupervisor(base, clock, operations));
}

const runCheck = async (screen: unknown = SCREEN): Promise<EquipmentCheck> =>
  okValue(await call('runEquipmentCheck', { token, screen })) as EquipmentCheck;

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'kiosk-operations-'));
  clock = fixedClock(NOW);
});

afterEach(async () => {
  await services.close();
  await rm(base, { recursive: true, force: true });
});

describe('display and sound in the daily check', () => {
  it('stores what the screen reported with the other results', async () => {
    await start();
    const good = new Map((await runCheck()).results.map((r) => [r.id, r]));
    expect(good.get('display')).toMatchObject({ status: 'pass', code: 'display_ok', measured: 1920, unit: 'px' });
    expect(good.get('audio')).toMatchObject({ status: 'pass', code: 'audio_ok' });

    const poor = new Map(
      (await runCheck({ display: { width: 640, height: 480, touchPoints: 0 }, audio: 'unavailable' })).results.map(
        (r) => [r.id, r],
      ),
    );
    expect(poor.get('display')).toMatchObject({ status: 'fail', code: 'small_display' });
    expect(poor.get('audio')).toMatchObject({ status: 'fail', code: 'audio_unavailable' });
    const noTouch = new Map(
      (await runCheck({ display: { width: 1280, height: 800, touchPoints: 0 }, audio: 'suspended' })).results.map(
        (r) => [r.id, r],
      ),
    );
    expect(noTouch.get('display')).toMatchObject({ status: 'warn', code: 'no_touch' });
    expect(noTouch.get('audio')).toMatchObject({ status: 'warn', code: 'audio_suspended' });

    // Without a screen (the command line) they are unknown, never a pass.
    const bare = new Map(okValue(await services.equipment.run(null)).results.map((r) => [r.id, r]));
    expect(bare.get('display')).toMatchObject({ status: 'unknown', code: 'not_reported' });
    expect(bare.get('audio')).toMatchObject({ status: 'unknown', code: 'not_reported' });
    const last = okValue(await call('getLastEquipmentCheck', { token })) as { check: EquipmentCheck };
    expect(last.check.results.find((r) => r.id === 'display')?.status).toBe('unknown');
  });

  it('tells the screen each check as it starts and ends', async () => {
    await start();
    const progress: CheckProgress[] = [];
    const stop = services.events.subscribe((event: KioskEvent) => {
      if (event.type === 'equipmentCheckProgress') progress.push(event.progress);
    });
    const check = await runCheck();
    stop();
    const ids = [
      'config',
      'database',
      'disk',
      'app_version',
      'printer',
      'network',
      'display',
      'audio',
      'topics',
      'directory',
      'follow_up',
    ];
    expect(progress[0]?.checks.map((c) => [c.id, c.state])).toEqual(ids.map((id) => [id, 'running']));
    // One more snapshot per finished check, the last with every check done.
    expect(progress).toHaveLength(ids.length + 1);
    const final = progress.at(-1);
    expect(final?.checks.every((c) => c.state === 'done' && c.status !== null)).toBe(true);
    expect(final?.startedAt).toBe(check.startedAt);
    expect(final?.checks.find((c) => c.id === 'network')?.status).toBe('unknown');
  });
});

describe('manual checklist', () => {
  it('stores the answers with their check; a failed item opens an incident, a later pass closes it', async () => {
    await start();
    const setup = okValue(await call('getOperationsSetup', { token })) as { checklist: { id: string }[] };
    expect(setup.checklist.map((i) => i.id)).toEqual(['screen-clean', 'test-tone', 'paper-spare', 'posters']);
    const check = await runCheck();
    const saved = okValue(
      await call('saveChecklistAnswers', {
        token,
        checkId: check.id,
        answers: [
          { item: 'screen-clean', answer: 'pass' },
          { item: 'test-tone', answer: 'fail', note: 'left speaker silent' },
          { item: 'paper-spare', answer: 'na' },
        ],
      }),
    );
    expect(saved).toMatchObject({ incidentsOpened: 1 });
    const list = okValue(await call('listIncidents', { token })) as { open: Incident[] };
    expect(list.open.filter((i) => i.subject.startsWith('manual:'))).toMatchObject([
      { kind: 'check_failed', subject: 'manual:test-tone' },
    ]);
    const next = await runCheck();
    expect(
      okValue(
        await call('saveChecklistAnswers', {
          token,
          checkId: next.id,
          answers: [{ item: 'test-tone', answer: 'pass' }],
        }),
      ),
    ).toMatchObject({ incidentsOpened: 0 });
    const after = okValue(await call('listIncidents', { token })) as { open: Incident[]; recent: Incident[] };
    expect(after.open.some((i) => i.subject === 'manual:test-tone')).toBe(false);
    expect(after.recent.find((i) => i.subject === 'manual:test-tone')?.closedBy).toBe('check');
  });

  it('stores nothing when one answer is bad: unknown item, repeated item, too long a note, missing check', async () => {
    await start();
    const check = await runCheck();
    const bad = [
      [
        { item: 'screen-clean', answer: 'fail' },
        { item: 'not-an-item', answer: 'pass' },
      ],
      [
        { item: 'screen-clean', answer: 'fail' },
        { item: 'screen-clean', answer: 'pass' },
      ],
      [{ item: 'screen-clean', answer: 'fail', note: 'x'.repeat(201) }],
      [{ item: 'screen-clean', answer: 'maybe' }],
    ];
    for (const answers of bad) {
      expect(await call('saveChecklistAnswers', { token, checkId: check.id, answers })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_PAYLOAD' },
      });
    }
    expect(
      await call('saveChecklistAnswers', { token, checkId: 9999, answers: [{ item: 'screen-clean', answer: 'fail' }] }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const list = okValue(await call('listIncidents', { token })) as { open: Incident[] };
    expect(list.open.some((i) => i.subject === 'manual:screen-clean')).toBe(false);
  });
});

describe('maintenance', () => {
  it('records configured kinds only, lists them newest first, and audits them', async () => {
    await start();
    okValue(await call('saveMaintenanceEntry', { token, kind: 'paper-roll' }));
    okValue(await call('saveMaintenanceEntry', { token, kind: 'cleaning' }));
    expect(await call('saveMaintenanceEntry', { token, kind: 'made-up' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD' },
    });
    const listed = okValue(await call('listMaintenanceEntries', { token })) as { entries: { kind: string }[] };
    expect(listed.entries.map((e) => [e.kind])).toEqual([['cleaning'], ['paper-roll']]);
    expect(listed.entries[0]).toMatchObject({ day: '2026-11-23', role: 'supervisor' });
    const audit = okValue(await call('getAuditLog', { token })) as { events: { kind: string }[] };
    expect(audit.events.filter((e) => e.kind === 'maintenance_recorded')).toHaveLength(2);
  });
});

describe('status', () => {
  it('keeps visitor screens "not yet open" until the day\'s check when the site asks for it', async () => {
    await start({ notOpenUntilChecked: true });
    expect(okValue(await call('getServiceStatus', {}))).toMatchObject({ open: false });
    await runCheck();
    expect(okValue(await call('getServiceStatus', {}))).toMatchObject({ open: true });
    // The next site day needs its own check.
    clock.advance(24 * 60 * 60_000);
    expect(okValue(await call('getServiceStatus', {}))).toMatchObject({ open: false });
  });

  it('is open without the option, and tells visitors only reason codes', async () => {
    await start();
    const status = okValue(await call('getServiceStatus', {}));
    expect(status).toEqual({ open: true, degraded: [] });
  });

  it('gives staff the printer, the network, the last check and the open incidents', async () => {
    await start();
    expect(okValue(await call('getOperationsStatus', { token }))).toMatchObject({
      printer: { transport: 'preview' },
      network: 'unknown',
      lastCheck: null,
      openIncidents: 0,
    });
    const check = await runCheck();
    expect(okValue(await call('getOperationsStatus', { token }))).toMatchObject({
      lastCheck: { id: check.id, today: true, summary: check.summary },
    });
    expect(await call('getOperationsStatus', { token: 'y'.repeat(43) })).toMatchObject({
      ok: false,
      error: { code: 'NOT_AUTHORISED' },
    });
  });
});
