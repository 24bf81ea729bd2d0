import { describe, expect, it } from 'vitest';

import { err, ok, type OperationsStatus } from '../../main/contract/index.js';
import { createKioskStore } from '../../renderer/src/store/kiosk-store.js';

import { fakeEffects, fakeKioskApi } from './fake-kiosk-api.js';
import { ACCOUNT_ID, signedInAnswers, STAFF_TOKEN } from './fake-staff.js';

const TOKEN = STAFF_TOKEN;
const PROGRESS = {
  startedAt: '2026-11-23T13:00:00.000Z',
  checks: [{ id: 'printer', state: 'running' as const, status: null }],
};
const STATUS: OperationsStatus = {
  printer: { printer: 'preview', transport: 'preview', state: 'ready', problems: [], checkedAt: null },
  network: 'ok',
  lastCheck: null,
  openIncidents: 2,
  crashesToday: 0,
};

async function store(answers: Parameters<typeof fakeKioskApi>[0] = {}) {
  const fake = fakeKioskApi({
    getServiceStatus: () => ok({ open: true, degraded: [] }),
    ...signedInAnswers('operator'),
    ...answers,
  });
  const kiosk = createKioskStore({ api: fake.api, effects: fakeEffects() });
  kiosk.getState().connect();
  await kiosk.getState().start();
  return { kiosk, fake };
}

describe('operations in the store', () => {
  it('follows the visitor status from its method and from events', async () => {
    const { kiosk, fake } = await store();
    await kiosk.getState().loadServiceStatus();
    expect(kiosk.getState().serviceStatus).toEqual({ open: true, degraded: [] });
    fake.emit({ type: 'serviceStatus', status: { open: true, degraded: ['printer'] } });
    expect(kiosk.getState().serviceStatus?.degraded).toEqual(['printer']);
  });

  it('keeps check progress for staff only', async () => {
    const { kiosk, fake } = await store();
    fake.emit({ type: 'equipmentCheckProgress', progress: PROGRESS });
    expect(kiosk.getState().operations.progress).toBeNull();
    await kiosk.getState().openStaff();
    await kiosk.getState().unlockStaff(ACCOUNT_ID, '482915');
    fake.emit({ type: 'equipmentCheckProgress', progress: PROGRESS });
    expect(kiosk.getState().operations.progress).toEqual(PROGRESS);
  });

  it('sends the token, and an ended session returns to the PIN pad dropping what was loaded', async () => {
    const { kiosk, fake } = await store({ getOperationsStatus: () => ok(STATUS) });
    expect(await kiosk.getState().loadOperationsStatus()).toMatchObject({
      ok: false,
      error: { code: 'NOT_AUTHORISED' },
    });
    expect(fake.callsTo('getOperationsStatus')).toEqual([]);
    await kiosk.getState().openStaff();
    await kiosk.getState().unlockStaff(ACCOUNT_ID, '482915');
    await kiosk.getState().loadOperationsStatus();
    expect(fake.callsTo('getOperationsStatus')).toEqual([{ token: TOKEN }]);
    expect(kiosk.getState().operations.status).toEqual(STATUS);

    fake.answers.listIncidents = () => err('NOT_AUTHORISED');
    await kiosk.getState().loadIncidents();
    expect(kiosk.getState().staff.screen).toEqual({ kind: 'pin' });
    expect(kiosk.getState().staff.notice).toBe('session_expired');
    expect(kiosk.getState().operations.status).toBeNull();
  });
});
