import type { OperatorRole, Result, StaffAccess } from '../contract/index.js';

/** The staff member a non-public call was checked for, handed to its handler by the dispatcher. */
export interface StaffCaller {
  readonly accountId: string;
  readonly name: string;
  readonly role: OperatorRole;
}

/**
 * Checks a session token for a method's declared access: the caller if the session is live and
 * its role is allowed, else NOT_AUTHORISED. The dispatcher is its only user.
 */
export type AuthoriseStaff = (token: string, access: StaffAccess) => Result<StaffCaller>;
