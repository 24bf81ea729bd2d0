/** Time comes from here so tests can set the day (usage counters, reports, "open now"). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stays where it is set, for tests and simulations. */
export function fixedClock(start: Date): Clock & { set(date: Date): void; advance(ms: number): void } {
  let current = new Date(start.getTime());
  return {
    now: () => new Date(current.getTime()),
    set: (date) => {
      current = new Date(date.getTime());
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}
