import { describe, expect, it } from 'vitest';

import { err, ok, type ReportOptions } from '../../main/contract/index.js';
import { createKioskStore } from '../../renderer/src/store/kiosk-store.js';
import { fakeEffects, fakeKioskApi } from '../renderer/fake-kiosk-api.js';
import { ACCOUNT_ID, signedInAnswers, STAFF_TOKEN } from '../renderer/fake-staff.js';

const TOKEN = STAFF_TOKEN;
const OPTIONS: ReportOptions = { from: '2026-11-01', to: '2026-11-07', format: 'csv', language: 'ht' };

async function signedInStore(answers: Parameters<typeof fakeKioskApi>[0]) {
  const fake = fakeKioskApi({
    ...signedInAnswers('supervisor'),
    ...answers,
  });
  const store = createKioskStore({ api: fake.api, effects: fakeEffects() });
  store.getState().connect();
  await store.getState().openStaff();
  await store.getState().unlockStaff(ACCOUNT_ID, '482916');
  return { fake, store };
}

describe('report slice', () => {
  it('sends the staff token, and shows progress only while its own export runs', async () => {
    const { fake, store } = await signedInStore({
      exportReport: () => ok({ fileName: 'r.csv.zip', mime: 'application/zip', bytes: 3, base64: 'AAAA' }),
    });
    fake.emit({ type: 'reportProgress', percent: 40 });
    expect(store.getState().reportProgress).toBeNull();

    const pending = store.getState().downloadReport(OPTIONS);
    expect(store.getState().reportProgress).toBe(0);
    fake.emit({ type: 'reportProgress', percent: 60 });
    expect(store.getState().reportProgress).toBe(60);
    expect(await pending).toMatchObject({ ok: true, value: { fileName: 'r.csv.zip' } });
    expect(store.getState().reportProgress).toBeNull();
    expect(fake.callsTo('exportReport')).toEqual([{ token: TOKEN, options: OPTIONS }]);
  });

  it('an ended session sends staff back to the PIN pad', async () => {
    const { store } = await signedInStore({
      previewReport: () => err('NOT_AUTHORISED'),
      getActivityTypes: () => err('NOT_AUTHORISED'),
    });
    store.getState().staffGo({ kind: 'reports' });
    expect(await store.getState().previewReport('2026-11-01', '2026-11-07')).toMatchObject({
      ok: false,
      error: { code: 'NOT_AUTHORISED' },
    });
    expect(store.getState().staff).toMatchObject({ session: null, notice: 'session_expired', screen: { kind: 'pin' } });
  });

  it('asks nothing without a session', async () => {
    const fake = fakeKioskApi();
    const store = createKioskStore({ api: fake.api, effects: fakeEffects() });
    expect(await store.getState().loadReportDestinations()).toMatchObject({
      ok: false,
      error: { code: 'NOT_AUTHORISED' },
    });
    expect(fake.callsTo('listReportDestinations')).toEqual([]);
  });
});
