// The printer screen's store actions over a scripted KioskApi: the staff token goes with every
// call, nothing is asked without a session, and a session the services ended sends staff back
// to the PIN pad with the reason.
import { describe, expect, it } from 'vitest';

import { err, ok } from '../../main/contract/index.js';
import { createKioskStore } from '../../renderer/src/store/kiosk-store.js';
import { PRINT_JOBS_SHOWN } from '../../renderer/src/store/printer-admin-slice.js';

import { fakeEffects, fakeKioskApi } from './fake-kiosk-api.js';
import { ACCOUNT_ID, signedInAnswers, STAFF_TOKEN } from './fake-staff.js';

const TOKEN = STAFF_TOKEN;
const STATUS = { printer: 'desk', transport: 'tcp', state: 'ready', problems: [], checkedAt: null } as const;

async function unlockedStore(answers: Parameters<typeof fakeKioskApi>[0] = {}) {
  const fake = fakeKioskApi({
    ...signedInAnswers('operator'),
    ...answers,
  });
  const store = createKioskStore({ api: fake.api, effects: fakeEffects() });
  await store.getState().openStaff();
  await store.getState().unlockStaff(ACCOUNT_ID, '482915');
  return { fake, store };
}

describe('printer screen actions', () => {
  it('asks nothing without a staff session', async () => {
    const fake = fakeKioskApi();
    const store = createKioskStore({ api: fake.api, effects: fakeEffects() });
    expect(await store.getState().recoverPrinter()).toEqual(err('NOT_AUTHORISED'));
    expect(fake.callsTo('recoverPrinter')).toEqual([]);
  });

  it('sends the token with every call and lists a bounded number of jobs', async () => {
    const { fake, store } = await unlockedStore({
      readPrinterStatus: () => ok(STATUS),
      listPrintJobs: () => ok({ jobs: [] }),
      recoverPrinter: () => ok(STATUS),
      printTestSlip: () => ok({ outcome: 'printed', problems: [], previewText: null }),
      reprintJob: () => err('NOT_FOUND'),
    });
    const state = store.getState();
    expect(await state.loadPrinterStatus()).toEqual(ok(STATUS));
    expect(await state.loadPrintJobs()).toEqual(ok([]));
    expect(await state.recoverPrinter()).toEqual(ok(STATUS));
    expect((await state.printTestSlip()).ok).toBe(true);
    expect(await state.reprintJob(7)).toEqual(err('NOT_FOUND'));
    expect(fake.callsTo('listPrintJobs')).toEqual([{ token: TOKEN, limit: PRINT_JOBS_SHOWN }]);
    expect(fake.callsTo('reprintJob')).toEqual([{ token: TOKEN, jobId: 7 }]);
    expect(fake.callsTo('recoverPrinter')).toEqual([{ token: TOKEN }]);
    expect(store.getState().staff.screen).toEqual({ kind: 'home' });
  });

  it('goes back to the PIN pad when the services ended the session', async () => {
    const { store } = await unlockedStore({ readPrinterStatus: () => err('NOT_AUTHORISED') });
    store.getState().staffGo({ kind: 'printer' });
    expect(await store.getState().loadPrinterStatus()).toEqual(err('NOT_AUTHORISED'));
    expect(store.getState().staff).toMatchObject({
      open: true,
      session: null,
      screen: { kind: 'pin' },
      notice: 'session_expired',
    });
  });
});
