/**
 * A fixed sequence of bytes for code that takes a random source (`newReferralCode`), so a test or
 * a benchmark draws the same codes on every run. A linear congruential generator: nothing here is
 * a secret, only repeatable.
 */
export function seededBytes(seed: number): (size: number) => Uint8Array {
  let state = seed;
  return (size) =>
    Uint8Array.from({ length: size }, () => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return state >> 16;
    });
}
