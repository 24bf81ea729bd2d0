import { randomBytes } from 'node:crypto';

import type { OperatorRole, OperatorSession } from '../../contract/index.js';
import type { Clock } from '../clock.js';

/**
 * Unlocked staff sessions, in memory only: a restart locks the kiosk again. A session ends after
 * `idleMs` without an authorised call, or on "Lock".
 */
export interface OperatorSessions {
  open(role: OperatorRole): OperatorSession;
  /** The session's role if the token is live (and pushes its expiry forward), else undefined. */
  use(token: string): OperatorRole | undefined;
  close(token: string): OperatorRole | undefined;
}

export function createOperatorSessions(clock: Clock, idleMs: number): OperatorSessions {
  const sessions = new Map<string, { role: OperatorRole; expiresAt: number }>();
  const prune = (now: number): void => {
    for (const [token, session] of sessions) if (session.expiresAt <= now) sessions.delete(token);
  };
  return {
    open(role) {
      const now = clock.now().getTime();
      prune(now);
      const token = randomBytes(32).toString('base64url');
      const expiresAt = now + idleMs;
      sessions.set(token, { role, expiresAt });
      return { token, role, expiresAt: new Date(expiresAt).toISOString() };
    },
    use(token) {
      const now = clock.now().getTime();
      prune(now);
      const session = sessions.get(token);
      if (session === undefined) return undefined;
      session.expiresAt = now + idleMs;
      return session.role;
    },
    close(token) {
      const role = sessions.get(token)?.role;
      sessions.delete(token);
      return role;
    },
  };
}
