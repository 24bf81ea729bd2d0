// Every way the tests obtain a staff session token, in one place: how staff sign in is the
// operator area's business, and the tests should follow it by changing this file only.
import type { OperatorAccess, OperatorSession, Result, SetupResult, UnlockResult } from '../../main/contract/index.js';
import { readSetupCode } from '../../main/services/operator/setup-code.js';
import { DEFAULT_IDLE_MS } from '../../main/services/operator/staff-access.js';

import { okValue } from './result.js';

/** The dispatcher, or anything that answers like it (a transport under test). */
export type StaffDispatch = (method: string, payload: unknown) => Promise<Result<unknown>>;

/** The PINs the tests' staff use. */
export const SUPERVISOR_PIN = '482916';
export const OPERATOR_PIN = '731904';

/** How long a staff session lasts without a call (the staff area's default). */
export const STAFF_IDLE_MS = DEFAULT_IDLE_MS;

/** The account the tests' supervisor signs in with, and the operator a supervisor adds. */
export const SUPERVISOR_NAME = 'Ana';
export const OPERATOR_NAME = 'Luis';

async function accountId(dispatch: StaffDispatch, name: string): Promise<string | undefined> {
  const access = okValue(await dispatch('getOperatorAccess', {})) as OperatorAccess;
  return access.accounts.find((account) => account.name === name)?.id;
}

async function unlockWith(dispatch: StaffDispatch, name: string, pin: string): Promise<string> {
  const id = await accountId(dispatch, name);
  if (id === undefined) throw new Error(`no staff account named ${name}`);
  const unlocked = okValue(await dispatch('unlockOperator', { accountId: id, pin })) as UnlockResult;
  if (unlocked.outcome !== 'unlocked') throw new Error(`staff unlock answered ${unlocked.outcome}`);
  return unlocked.session.token;
}

/**
 * The first supervisor's session, created the way a site without a terminal does it: with the
 * one-time code the kiosk wrote to its data folder for the administrator.
 */
export async function firstSupervisorSession(dispatch: StaffDispatch, dataDir: string): Promise<OperatorSession> {
  const code = await readSetupCode(dataDir);
  if (code === undefined) throw new Error(`no setup code in ${dataDir}`);
  const created = okValue(
    await dispatch('setupSupervisor', { setupCode: code, name: SUPERVISOR_NAME, pin: SUPERVISOR_PIN }),
  ) as SetupResult;
  if (created.outcome !== 'created') throw new Error(`setup answered ${created.outcome}`);
  return created.session;
}

/**
 * A supervisor's token: on a fresh kiosk (`dataDir` needed then) the first supervisor is set up
 * with the one-time code; later the supervisor unlocks.
 */
export async function supervisorToken(dispatch: StaffDispatch, dataDir?: string): Promise<string> {
  const access = okValue(await dispatch('getOperatorAccess', {})) as OperatorAccess;
  if (access.state === 'ready') return unlockWith(dispatch, SUPERVISOR_NAME, SUPERVISOR_PIN);
  if (dataDir === undefined) throw new Error(`staff access is "${access.state}" and no data folder was given`);
  return (await firstSupervisorSession(dispatch, dataDir)).token;
}

/** An operator account with `pin`, added (or given that PIN) by a supervisor from the staff screens. */
export async function setOperatorPin(dispatch: StaffDispatch, dataDir?: string, pin = OPERATOR_PIN): Promise<void> {
  const supervisor = await supervisorToken(dispatch, dataDir);
  const id = await accountId(dispatch, OPERATOR_NAME);
  if (id === undefined) {
    okValue(await dispatch('addStaffAccount', { token: supervisor, name: OPERATOR_NAME, role: 'operator', pin }));
  } else {
    okValue(await dispatch('setStaffPin', { token: supervisor, accountId: id, pin }));
  }
}

/** An operator's token: a supervisor adds the operator, then the operator unlocks. */
export async function operatorToken(dispatch: StaffDispatch, dataDir?: string, pin = OPERATOR_PIN): Promise<string> {
  await setOperatorPin(dispatch, dataDir, pin);
  return unlockWith(dispatch, OPERATOR_NAME, pin);
}

/** Unlocks again (after a lock, an expiry or a restart): the supervisor, or the account named. */
export function unlockAgain(dispatch: StaffDispatch, pin = SUPERVISOR_PIN, name = SUPERVISOR_NAME): Promise<string> {
  return unlockWith(dispatch, name, pin);
}

/**
 * A supervisor's token that has expired: the session is opened, then `clock` is moved past the
 * idle timeout. The clock stays moved, so later calls see that time.
 */
export async function expiredToken(
  dispatch: StaffDispatch,
  clock: { advance(ms: number): void },
  dataDir?: string,
  idleMs = STAFF_IDLE_MS,
): Promise<string> {
  const token = await supervisorToken(dispatch, dataDir);
  clock.advance(idleMs + 1_000);
  return token;
}
