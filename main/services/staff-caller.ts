import type { OperatorRole } from '../contract/index.js';

/**
 * Who is calling a staff method: the dispatcher resolves the session token to this before the
 * handler runs, so handlers never see or check a token themselves.
 */
export interface StaffCaller {
  readonly accountId: string;
  readonly name: string;
  readonly role: OperatorRole;
}
