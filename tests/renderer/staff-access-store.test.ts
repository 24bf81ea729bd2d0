// Staff sign-in and the supervisor's staff screen in the store, over a scripted KioskApi: the
// screen before sign-in follows what the services say, unlock names an account, and changes to
// the caller's own account end the session as the services do.
import { describe, expect, it } from 'vitest';

import { err, ok, type OperatorAccess } from '../../main/contract/index.js';
import { createKioskStore } from '../../renderer/src/store/kiosk-store.js';

import { fakeEffects, fakeKioskApi } from './fake-kiosk-api.js';
import { ACCOUNT_ID, fakeSession, signedInAnswers, STAFF_TOKEN } from './fake-staff.js';

const OTHER_ID = 'acct000002';
const NO_ACCOUNTS: OperatorAccess = { state: 'setup', accounts: [], setupLockedUntil: null };

async function openedStore(answers: Parameters<typeof fakeKioskApi>[0]) {
  const fake = fakeKioskApi(answers);
  const store = createKioskStore({ api: fake.api, effects: fakeEffects() });
  await store.getState().openStaff();
  return { fake, store };
}

describe('staff sign-in', () => {
  it('opens on the screen the services name: setup, the administrator, or the names', async () => {
    const setup = await openedStore({ getOperatorAccess: () => ok(NO_ACCOUNTS) });
    expect(setup.store.getState().staff.screen).toEqual({ kind: 'setup' });

    const admin = await openedStore({
      getOperatorAccess: () => ok({ ...NO_ACCOUNTS, state: 'needs_administrator' }),
    });
    expect(admin.store.getState().staff.screen).toEqual({ kind: 'needs-administrator' });

    const ready = await openedStore(signedInAnswers('operator'));
    expect(ready.store.getState().staff.screen).toEqual({ kind: 'pin' });
    expect(ready.store.getState().staff.access?.accounts.map((account) => account.name)).toEqual(['Luis']);
  });

  it('unlocks the chosen account and tells its wrong tries once, on the home screen', async () => {
    const { fake, store } = await openedStore({
      ...signedInAnswers('supervisor'),
      unlockOperator: () => ok({ outcome: 'unlocked', session: fakeSession('supervisor'), failedAttempts: 3 }),
    });
    await store.getState().unlockStaff(ACCOUNT_ID, '482915');
    expect(fake.callsTo('unlockOperator')).toEqual([{ accountId: ACCOUNT_ID, pin: '482915' }]);
    expect(store.getState().staff.session?.name).toBe('Ana');
    expect(store.getState().staff.screen).toEqual({ kind: 'home' });
    expect(store.getState().staff.failedAttempts).toBe(3);
    store.getState().staffGo({ kind: 'audit' });
    store.getState().staffGo({ kind: 'home' });
    expect(store.getState().staff.failedAttempts).toBe(0);
  });

  it('reads the names again after a lockout, and stays on the pad', async () => {
    const lockedUntil = new Date(Date.now() + 30_000).toISOString();
    const { fake, store } = await openedStore({
      ...signedInAnswers('operator'),
      unlockOperator: () => ok({ outcome: 'locked', lockedUntil }),
    });
    fake.answers.getOperatorAccess = () =>
      ok({
        state: 'ready',
        accounts: [{ id: ACCOUNT_ID, name: 'Luis', role: 'operator', lockedUntil }],
        setupLockedUntil: null,
      });
    await store.getState().unlockStaff(ACCOUNT_ID, '000000');
    await settle();
    expect(fake.callsTo('getOperatorAccess')).toHaveLength(2);
    expect(store.getState().staff.access?.accounts[0]?.lockedUntil).toBe(lockedUntil);
    expect(store.getState().staff.session).toBeNull();
    expect(store.getState().staff.screen).toEqual({ kind: 'pin' });
  });

  it('creates the first supervisor with the code, and leaves setup once accounts exist', async () => {
    const created = await openedStore({
      getOperatorAccess: () => ok(NO_ACCOUNTS),
      setupSupervisor: () => ok({ outcome: 'created', session: fakeSession('supervisor') }),
    });
    await created.store.getState().setUpSupervisor('123456789012', 'Ana', '482915');
    expect(created.fake.callsTo('setupSupervisor')).toEqual([
      { setupCode: '123456789012', name: 'Ana', pin: '482915' },
    ]);
    expect(created.store.getState().staff.screen).toEqual({ kind: 'home' });

    const taken = await openedStore({
      getOperatorAccess: () => ok(NO_ACCOUNTS),
      setupSupervisor: () => err('ALREADY_SET_UP'),
    });
    taken.fake.answers.getOperatorAccess = signedInAnswers('supervisor').getOperatorAccess;
    await taken.store.getState().setUpSupervisor('123456789012', 'Ana', '482915');
    await settle();
    expect(taken.store.getState().staff.screen).toEqual({ kind: 'pin' });
    expect(taken.store.getState().staff.session).toBeNull();
  });

  it('a wrong setup code signs nobody in', async () => {
    const { store } = await openedStore({
      getOperatorAccess: () => ok(NO_ACCOUNTS),
      setupSupervisor: () => ok({ outcome: 'wrong_code', attemptsLeft: 4 }),
    });
    const result = await store.getState().setUpSupervisor('000000000000', 'Ana', '482915');
    expect(result).toEqual(ok({ outcome: 'wrong_code', attemptsLeft: 4 }));
    expect(store.getState().staff.session).toBeNull();
    expect(store.getState().staff.screen).toEqual({ kind: 'setup' });
  });
});

describe('the staff screen', () => {
  const VIEW = {
    id: OTHER_ID,
    name: 'Luis',
    role: 'operator',
    disabled: false,
    pinSet: true,
    lockedUntil: null,
    createdAt: '2026-11-22T10:00:00.000Z',
  } as const;

  async function supervisorStore(answers: Parameters<typeof fakeKioskApi>[0] = {}) {
    const opened = await openedStore({ ...signedInAnswers('supervisor'), ...answers });
    await opened.store.getState().unlockStaff(ACCOUNT_ID, '482915');
    return opened;
  }

  it('sends the token with each change', async () => {
    const { fake, store } = await supervisorStore({
      listStaffAccounts: () => ok({ accounts: [VIEW] }),
      addStaffAccount: () => ok(VIEW),
      updateStaffAccount: () => ok({ ...VIEW, disabled: true }),
      setStaffPin: () => ok({}),
    });
    expect(await store.getState().loadStaffAccounts()).toEqual(ok([VIEW]));
    await store.getState().addStaffAccount('Luis', 'operator', '739164');
    await store.getState().renameStaffAccount(OTHER_ID, 'Luis M');
    await store.getState().setStaffAccountDisabled(OTHER_ID, true);
    await store.getState().setStaffAccountPin(OTHER_ID, '739164');
    expect(fake.callsTo('addStaffAccount')).toEqual([
      { token: STAFF_TOKEN, name: 'Luis', role: 'operator', pin: '739164' },
    ]);
    expect(fake.callsTo('updateStaffAccount')).toEqual([
      { token: STAFF_TOKEN, accountId: OTHER_ID, name: 'Luis M' },
      { token: STAFF_TOKEN, accountId: OTHER_ID, disabled: true },
    ]);
    expect(fake.callsTo('setStaffPin')).toEqual([{ token: STAFF_TOKEN, accountId: OTHER_ID, pin: '739164' }]);
    // Another person's account changed: the caller stays signed in.
    expect(store.getState().staff.session).not.toBeNull();
  });

  it('a new PIN for one’s own account returns to the PIN pad, saying why', async () => {
    const { store } = await supervisorStore({ setStaffPin: () => ok({}) });
    await store.getState().setStaffAccountPin(ACCOUNT_ID, '739164');
    expect(store.getState().staff.session).toBeNull();
    expect(store.getState().staff.screen).toEqual({ kind: 'pin' });
    expect(store.getState().staff.notice).toBe('own_pin_changed');
  });

  it('a refusal is the services’ reason, and the session goes on', async () => {
    const { store } = await supervisorStore({ updateStaffAccount: () => err('LAST_SUPERVISOR') });
    expect(await store.getState().setStaffAccountDisabled(ACCOUNT_ID, true)).toMatchObject({
      ok: false,
      error: { code: 'LAST_SUPERVISOR' },
    });
    expect(store.getState().staff.session).not.toBeNull();
  });
});

/** Lets the follow-up calls the store starts without waiting (fire and forget) finish. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}
