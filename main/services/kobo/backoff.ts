/** The first wait after a failed attempt, and the longest: a month's figures are not urgent. */
export const FIRST_RETRY_MS = 60_000;
export const LONGEST_RETRY_MS = 6 * 60 * 60_000;

/**
 * Exponential backoff with jitter: 1, 2, 4, … minutes up to 6 hours, each wait drawn between half
 * and all of its step so that kiosks coming back online together do not retry in step.
 * `attempts` counts the failures so far (1 after the first).
 */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(attempts - 1, 0), 20);
  const step = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** exponent);
  return Math.round(step / 2 + (random() * step) / 2);
}
