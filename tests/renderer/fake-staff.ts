import { ok, type OperatorRole, type OperatorSession } from '../../main/contract/index.js';

export const STAFF_TOKEN = 'T'.repeat(43);
export const ACCOUNT_ID = 'acct000001';

export function fakeSession(role: OperatorRole, overrides: Partial<OperatorSession> = {}): OperatorSession {
  return {
    token: STAFF_TOKEN,
    role,
    accountId: ACCOUNT_ID,
    name: role === 'supervisor' ? 'Ana' : 'Luis',
    expiresAt: new Date(Date.now() + 300_000).toISOString(),
    endsAt: new Date(Date.now() + 12 * 3_600_000).toISOString(),
    ...overrides,
  };
}

/** The answers of a kiosk with one account of `role` whose PIN is always right. */
export function signedInAnswers(role: OperatorRole) {
  const session = fakeSession(role);
  return {
    getOperatorAccess: () =>
      ok({
        state: 'ready',
        accounts: [{ id: session.accountId, name: session.name, role, lockedUntil: null }],
        setupLockedUntil: null,
      }),
    unlockOperator: () => ok({ outcome: 'unlocked', session, failedAttempts: 0 }),
  } as const;
}
