import { describe, expect, it } from 'vitest';

import {
  afterFailure,
  ATTEMPTS_BEFORE_LOCKOUT,
  lockedUntil,
  MAX_LOCKOUT_MS,
  OPEN_LOCKOUT,
  type LockoutState,
} from '../../../main/services/operator/lockout-policy.js';

describe('per-account lockout', () => {
  it('locks after five wrong PINs, longer each round, never beyond the cap', () => {
    let state: LockoutState = OPEN_LOCKOUT;
    const now = new Date('2026-12-01T10:00:00Z');
    const lengths: number[] = [];
    for (let round = 0; round < 12; round += 1) {
      for (let i = 0; i < ATTEMPTS_BEFORE_LOCKOUT; i += 1) {
        const next = afterFailure(state, now);
        state = next.state;
        expect(next.lockedOut).toBe(i === ATTEMPTS_BEFORE_LOCKOUT - 1);
      }
      lengths.push(Date.parse(state.lockedUntil ?? '') - now.getTime());
    }
    expect(lengths.slice(0, 4)).toEqual([30_000, 60_000, 120_000, 300_000]);
    expect(Math.max(...lengths)).toBe(MAX_LOCKOUT_MS);
    expect(MAX_LOCKOUT_MS).toBeLessThanOrEqual(5 * 60_000);
  });

  it('caps a lock that reaches further than the cap (an edited file or a clock set back)', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const far = { failures: 0, level: 3, lockedUntil: '2026-12-02T10:00:00Z' };
    expect(lockedUntil(far, now)).toBe(new Date(now.getTime() + MAX_LOCKOUT_MS).toISOString());
    expect(lockedUntil({ ...far, lockedUntil: '2026-12-01T09:59:59Z' }, now)).toBeNull();
    expect(lockedUntil({ ...far, lockedUntil: 'garbage' }, now)).toBeNull();
  });
});
