import type { Clock } from '../clock.js';

export interface SlipLimits {
  readonly perSession: number;
  readonly perMinute: number;
}

/** Which limit refused a slip. */
export type SlipLimitReached = 'session' | 'minute';

const MINUTE_MS = 60_000;
/**
 * Sessions remembered. The kiosk serves one visitor at a time, so only the last few matter; the
 * bound keeps the map small whatever ids a caller sends.
 */
const SESSIONS_KEPT = 16;

/**
 * How many visitor slips may still be printed: per visitor session, and for the whole kiosk in
 * any 60 seconds (a sliding window, so a burst at the turn of a minute is not twice the limit).
 * A slip is counted when it is let through, before it prints: two requests at once cannot both
 * take the last one, and a slip that then fails on the printer still counted (it may have used
 * paper). The counts live in memory: a restart forgets them, which costs at most one more
 * minute's worth of slips. Nothing here says who printed or why.
 */
export class SlipLimiter {
  private recent: number[] = [];
  private readonly sessions = new Map<string, number>();

  constructor(
    private readonly clock: Clock,
    private readonly limits: () => SlipLimits,
  ) {}

  /**
   * Takes one slip if both limits allow it, else says which limit is reached. `session`: the
   * visitor session the screen names; undefined (a staff reprint, a pathway slip printed by staff
   * for a person, a script) counts for the kiosk's minute only.
   */
  take(session: string | undefined): SlipLimitReached | null {
    const now = this.clock.now().getTime();
    // A time after now (the system clock was set back) is dropped too: it must not hold slips
    // back for longer than a minute of real waiting.
    this.recent = this.recent.filter((at) => at > now - MINUTE_MS && at <= now);
    const { perSession, perMinute } = this.limits();
    const used = session === undefined ? 0 : (this.sessions.get(session) ?? 0);
    if (session !== undefined && used >= perSession) return 'session';
    if (this.recent.length >= perMinute) return 'minute';
    this.recent.push(now);
    if (session !== undefined) {
      // Re-inserted so the map's order is last use: the oldest session is forgotten first.
      this.sessions.delete(session);
      this.sessions.set(session, used + 1);
      for (const oldest of this.sessions.keys()) {
        if (this.sessions.size <= SESSIONS_KEPT) break;
        this.sessions.delete(oldest);
      }
    }
    return null;
  }
}
