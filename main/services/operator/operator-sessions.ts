import { randomBytes } from 'node:crypto';

import type { OperatorSession } from '../../contract/index.js';
import type { Clock } from '../clock.js';
import type { StaffCaller } from '../staff-caller.js';

/**
 * Unlocked staff sessions, in memory only: a restart locks the kiosk again. A session ends after
 * `idleMs` without an authorised call, at `lifetimeMs` after it opened whatever the activity (a
 * working day: a token left in a forgotten tab does not live on), on "Lock", and when its
 * account's PIN changes or the account is disabled.
 */
export interface OperatorSessions {
  open(caller: StaffCaller, pinChangedAt: string): OperatorSession;
  /**
   * The session's caller if the token is live (pushing its idle expiry forward), else why not.
   * `expired` is told once per session, so that it can be audited once.
   */
  use(token: string): { live: StaffCaller & { pinChangedAt: string } } | { expired: StaffCaller } | { unknown: true };
  close(token: string): StaffCaller | undefined;
  /** Ends every session of an account; answers how many were open. */
  endAccount(accountId: string): number;
}

interface Session {
  readonly caller: StaffCaller;
  readonly pinChangedAt: string;
  readonly endsAt: number;
  expiresAt: number;
}

/** Beyond this many open sessions the oldest is ended: tokens cannot pile up in memory. */
const MAX_SESSIONS = 32;

export function createOperatorSessions(clock: Clock, idleMs: number, lifetimeMs: number): OperatorSessions {
  const sessions = new Map<string, Session>();
  return {
    open(caller, pinChangedAt) {
      const now = clock.now().getTime();
      for (const [token, session] of sessions)
        if (Math.min(session.expiresAt, session.endsAt) <= now) sessions.delete(token);
      while (sessions.size >= MAX_SESSIONS) {
        const oldest = sessions.keys().next();
        if (oldest.done === true) break;
        sessions.delete(oldest.value);
      }
      const token = randomBytes(32).toString('base64url');
      const endsAt = now + lifetimeMs;
      const expiresAt = Math.min(now + idleMs, endsAt);
      sessions.set(token, { caller, pinChangedAt, endsAt, expiresAt });
      return {
        token,
        role: caller.role,
        accountId: caller.accountId,
        name: caller.name,
        expiresAt: new Date(expiresAt).toISOString(),
        endsAt: new Date(endsAt).toISOString(),
      };
    },
    use(token) {
      const now = clock.now().getTime();
      const session = sessions.get(token);
      if (session === undefined) return { unknown: true };
      if (Math.min(session.expiresAt, session.endsAt) <= now) {
        sessions.delete(token);
        return { expired: session.caller };
      }
      session.expiresAt = Math.min(now + idleMs, session.endsAt);
      return { live: { ...session.caller, pinChangedAt: session.pinChangedAt } };
    },
    close(token) {
      const caller = sessions.get(token)?.caller;
      sessions.delete(token);
      return caller;
    },
    endAccount(accountId) {
      let ended = 0;
      for (const [token, session] of sessions) {
        if (session.caller.accountId === accountId) {
          sessions.delete(token);
          ended += 1;
        }
      }
      return ended;
    },
  };
}
