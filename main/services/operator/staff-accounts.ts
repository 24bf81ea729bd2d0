import { randomBytes } from 'node:crypto';

import type { OperatorRole, StaffAccountChoice, StaffAccountView } from '../../contract/index.js';

import { lockedUntil } from './lockout-policy.js';
import { OPEN_LOCKOUT, type StaffAccountRecord, type StaffFileData } from './staff-file.js';

/** Rules over the staff file's accounts, without I/O: the screens and `kioskctl` share them. */

const ID_ALPHABET = 'abcdefghjkmnpqrstvwxyz23456789';

export function newAccountId(): string {
  return Array.from(randomBytes(12), (byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join('');
}

export function newAccount(name: string, role: OperatorRole, pinHash: string, now: Date): StaffAccountRecord {
  const at = now.toISOString();
  return {
    id: newAccountId(),
    name,
    role,
    pinHash,
    pinChangedAt: at,
    disabled: false,
    createdAt: at,
    lockout: OPEN_LOCKOUT,
    failedSinceUnlock: 0,
  };
}

/** Names are compared as people read them: case and accents of the same letters do not make a new name. */
function nameKey(name: string): string {
  return name.normalize('NFKC').trim().toLocaleLowerCase('und').replace(/\s+/g, ' ');
}

export function findByName(data: StaffFileData, name: string): StaffAccountRecord | undefined {
  const key = nameKey(name);
  return data.accounts.find((account) => nameKey(account.name) === key);
}

export function nameTaken(data: StaffFileData, name: string, exceptId?: string): boolean {
  const found = findByName(data, name);
  return found !== undefined && found.id !== exceptId;
}

export function findAccount(data: StaffFileData, id: string): StaffAccountRecord | undefined {
  return data.accounts.find((account) => account.id === id);
}

export function withAccount(data: StaffFileData, account: StaffAccountRecord): StaffFileData {
  const exists = data.accounts.some((a) => a.id === account.id);
  return {
    ...data,
    accounts: exists ? data.accounts.map((a) => (a.id === account.id ? account : a)) : [...data.accounts, account],
  };
}

/** Accounts that can sign in: enabled and with a PIN. */
export function canSignIn(account: StaffAccountRecord): boolean {
  return !account.disabled && account.pinHash !== null;
}

/** Disabling or demoting must never leave the point without a supervisor who can sign in. */
export function isLastSupervisor(data: StaffFileData, id: string): boolean {
  const supervisors = data.accounts.filter((a) => a.role === 'supervisor' && canSignIn(a));
  return supervisors.length === 1 && supervisors[0]?.id === id;
}

export function choiceOf(account: StaffAccountRecord, now: Date): StaffAccountChoice {
  return { id: account.id, name: account.name, role: account.role, lockedUntil: lockedUntil(account.lockout, now) };
}

export function viewOf(account: StaffAccountRecord, now: Date): StaffAccountView {
  return {
    id: account.id,
    name: account.name,
    role: account.role,
    disabled: account.disabled,
    pinSet: account.pinHash !== null,
    lockedUntil: lockedUntil(account.lockout, now),
    createdAt: account.createdAt,
  };
}

/** Supervisors first, then by name, so the PIN pad's list stays in the same order every day. */
export function sortedAccounts(data: StaffFileData): StaffAccountRecord[] {
  return [...data.accounts].sort((a, b) =>
    a.role === b.role ? a.name.localeCompare(b.name) : a.role === 'supervisor' ? -1 : 1,
  );
}
