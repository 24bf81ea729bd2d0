// Every way the tests obtain a staff session token, in one place: how staff sign in is the
// operator area's business, and the tests should follow it by changing this file only.
import type { OperatorAccess, OperatorSession, Result, UnlockResult } from '../../main/contract/index.js';

import { okValue } from './result.js';

/** The dispatcher, or anything that answers like it (a transport under test). */
export type StaffDispatch = (method: string, payload: unknown) => Promise<Result<unknown>>;

/** The PINs the tests' staff use. */
export const SUPERVISOR_PIN = '482916';
export const OPERATOR_PIN = '731904';

/** How long a staff session lasts without a call (the operator area's default). */
export const STAFF_IDLE_MS = 5 * 60_000;

async function unlockWith(dispatch: StaffDispatch, pin: string): Promise<string> {
  const unlocked = okValue(await dispatch('unlockOperator', { pin })) as UnlockResult;
  if (unlocked.outcome !== 'unlocked') throw new Error(`staff unlock answered ${unlocked.outcome}`);
  return unlocked.session.token;
}

/** A supervisor's token: on a fresh kiosk it sets the supervisor PIN up, later it unlocks with it. */
export async function supervisorToken(dispatch: StaffDispatch): Promise<string> {
  const access = okValue(await dispatch('getOperatorAccess', {})) as OperatorAccess;
  if (!access.setupRequired) return unlockWith(dispatch, SUPERVISOR_PIN);
  return (okValue(await dispatch('setupSupervisorPin', { pin: SUPERVISOR_PIN })) as OperatorSession).token;
}

/** A supervisor's token and the session's record, from the first-run setup of a fresh kiosk. */
export async function firstSupervisorSession(dispatch: StaffDispatch): Promise<OperatorSession> {
  return okValue(await dispatch('setupSupervisorPin', { pin: SUPERVISOR_PIN })) as OperatorSession;
}

/** Gives the operator role `pin`, as a supervisor does from the staff screens. */
export async function setOperatorPin(dispatch: StaffDispatch, pin = OPERATOR_PIN): Promise<void> {
  const supervisor = await supervisorToken(dispatch);
  okValue(await dispatch('setOperatorPin', { token: supervisor, role: 'operator', pin }));
}

/** An operator's token: a supervisor sets the operator PIN, then the operator unlocks with it. */
export async function operatorToken(dispatch: StaffDispatch, pin = OPERATOR_PIN): Promise<string> {
  await setOperatorPin(dispatch, pin);
  return unlockWith(dispatch, pin);
}

/** Unlocks again with a PIN set earlier (after a lock, an expiry or a restart). */
export function unlockAgain(dispatch: StaffDispatch, pin = SUPERVISOR_PIN): Promise<string> {
  return unlockWith(dispatch, pin);
}

/**
 * A supervisor's token that has expired: the session is opened, then `clock` is moved past the
 * idle timeout. The clock stays moved, so later calls see that time.
 */
export async function expiredToken(
  dispatch: StaffDispatch,
  clock: { advance(ms: number): void },
  idleMs = STAFF_IDLE_MS,
): Promise<string> {
  const token = await supervisorToken(dispatch);
  clock.advance(idleMs + 1_000);
  return token;
}
