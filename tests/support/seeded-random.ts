/**
 * mulberry32: a small seeded generator, so a test or a benchmark draws the same values on every
 * run and one that fails fails the same way again. Nothing drawn from it is a secret.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Bytes from `mulberry32`, in the shape of a random source (`newReferralCode` takes one). */
export function seededBytes(seed: number): (size: number) => Uint8Array {
  const next = mulberry32(seed);
  return (size) => Uint8Array.from({ length: size }, () => Math.floor(next() * 256));
}
