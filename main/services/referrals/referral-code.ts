import { randomBytes } from 'node:crypto';

/**
 * Referral codes: 8 random Crockford base32 symbols (40 bits from the OS's CSPRNG) and one check
 * symbol, written in groups for reading aloud: `7KQ2-M9XD-4`.
 *
 * Why Crockford base32: no I, L, O or U among the data symbols, so a code read over a counter or
 * copied by hand cannot mix up 1/I/L or 0/O; a validator maps those look-alikes back. Why random
 * and not a counter: a sequence would tell anyone holding two slips how many people were referred
 * in between, and would let a code be guessed from another.
 *
 * The check symbol is Crockford's: the code's value modulo 37, drawn from the 32 symbols plus
 * `*~$=U`. 37 is prime and larger than the alphabet, so any single wrong symbol changes the
 * remainder, and so does swapping two neighbouring data symbols (the difference is
 * (a − b)·32ⁱ·31, and 37 divides none of those factors).
 */
export const DATA_SYMBOLS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CHECK_SYMBOLS = `${DATA_SYMBOLS}*~$=U`;
export const CODE_DATA_LENGTH = 8;

/** Look-alikes a person may type or read: mapped as Crockford's decoding rules say. */
const ALIASES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };

export function checkSymbol(data: string): string {
  let remainder = 0;
  for (const char of data) {
    const value = DATA_SYMBOLS.indexOf(char);
    if (value < 0) throw new RangeError(`"${char}" is not a Crockford base32 symbol`);
    remainder = (remainder * 32 + value) % 37;
  }
  return CHECK_SYMBOLS[remainder] ?? '?';
}

/** `7KQ2M9XD4` → `7KQ2-M9XD-4`. */
export function formatReferralCode(compact: string): string {
  return `${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8)}`;
}

/** A new code from the CSPRNG; `random` is for tests that need a fixed sequence. */
export function newReferralCode(random: (size: number) => Uint8Array = randomBytes): string {
  const bytes = random(5);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let data = '';
  for (let i = CODE_DATA_LENGTH - 1; i >= 0; i -= 1) {
    data += DATA_SYMBOLS[Number((bits >> BigInt(i * 5)) & 31n)] ?? '0';
  }
  return formatReferralCode(data + checkSymbol(data));
}

export type ReferralCodeCheck =
  | { readonly valid: true; readonly code: string }
  | { readonly valid: false; readonly reason: 'length' | 'symbol' | 'check' };

/**
 * For staff at the receiving service: accepts the code as a person may read or type it (any case,
 * spaces or dashes anywhere, O for 0, I or L for 1) and says whether it is a real code.
 */
export function validateReferralCode(input: string): ReferralCodeCheck {
  const compact = input
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/[OIL]/g, (char) => ALIASES[char] ?? char);
  if (compact.length !== CODE_DATA_LENGTH + 1) return { valid: false, reason: 'length' };
  const data = compact.slice(0, CODE_DATA_LENGTH);
  const check = compact.slice(CODE_DATA_LENGTH);
  if (Array.from(data).some((char) => !DATA_SYMBOLS.includes(char)) || !CHECK_SYMBOLS.includes(check)) {
    return { valid: false, reason: 'symbol' };
  }
  if (checkSymbol(data) !== check) return { valid: false, reason: 'check' };
  return { valid: true, code: formatReferralCode(compact) };
}
