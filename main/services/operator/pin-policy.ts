/**
 * PINs a passer-by would try first are refused: one digit repeated, a straight run up or down,
 * a short pattern repeated (121212, 123123), or a few famous ones.
 */
const FAMOUS = new Set(['123456', '654321', '123123', '112233', '696969', '101010', '147258', '159753', '789456']);

export function weakPinReason(pin: string): string | null {
  // The PIN is ASCII digits only (the contract checks it), so splitting by character is exact.
  const digits = Array.from(pin, Number);
  if (new Set(digits).size === 1) return 'one digit repeated';
  const steps = digits.slice(1).map((d, i) => (d - (digits[i] ?? 0) + 10) % 10);
  if (steps.every((s) => s === 1) || steps.every((s) => s === 9)) return 'a straight run of digits';
  for (const size of [2, 3]) {
    if (pin.length % size === 0 && pin === pin.slice(0, size).repeat(pin.length / size)) return 'a repeated pattern';
  }
  if (FAMOUS.has(pin)) return 'a commonly used PIN';
  return null;
}
