import { staffNameSchema } from '../../../main/contract/index.js';

/** The contract's limit on a staff name. */
export const STAFF_NAME_MAX = 40;

/**
 * The next name after one key of the on-screen keyboard. The keyboard has small letters only, so
 * each word starts with a capital by itself ("ana maria" reads "Ana Maria" on the PIN pad's list);
 * a space never starts a name or doubles, since the services would trim or refuse it.
 */
export function typeNameKey(name: string, key: string): string {
  if (name.length >= STAFF_NAME_MAX) return name;
  if (key === ' ') return name === '' || name.endsWith(' ') ? name : `${name} `;
  return name + (name === '' || name.endsWith(' ') ? key.toLocaleUpperCase() : key);
}

/** A name the services will take: what the on-screen keyboard can type, trimmed. */
export function validStaffName(name: string): string | null {
  const parsed = staffNameSchema.safeParse(name);
  return parsed.success ? parsed.data : null;
}
