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
 * The check symbol (scheme `gf32`) is drawn from the same 32 symbols, so every code can be typed on
 * a letters-and-digits keypad and read aloud. Each symbol is an element of the field GF(32); the
 * check symbol c makes Σ xᵢ·α⁸⁻ⁱ + c = 0 (α a primitive element, Horner's rule below). Why not Luhn
 * mod 32: with an even alphabet Luhn misses the swap of the first and last symbol (`0Z` ↔ `Z0`).
 * Here, because the check is linear:
 * - a wrong symbol at position i changes the sum by αᵏ·e with e ≠ 0: never zero;
 * - swapping neighbours x, y changes it by (αᵏ + αᵏ⁺¹)·(x + y), and αᵏ⁺¹ ≠ αᵏ (α has order 31):
 *   never zero when x ≠ y. The same holds for a swap across one symbol (αᵏ⁺² ≠ αᵏ).
 *
 * Codes printed before (scheme `mod37`) carry Crockford's check: the value modulo 37 drawn from the
 * 32 symbols plus `*~$=U`. They stay valid; see `validateReferralCode` for how both are told apart.
 */
export const DATA_SYMBOLS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** The check symbols of codes printed before `gf32`: kept only to validate those codes. */
export const LEGACY_CHECK_SYMBOLS = `${DATA_SYMBOLS}*~$=U`;
export const CODE_DATA_LENGTH = 8;

export type CheckScheme = 'gf32' | 'mod37';

/** Look-alikes a person may type or read: mapped as Crockford's decoding rules say. */
const ALIASES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };

/** x⁵ + x² + 1: primitive over GF(2), so α = x generates all 31 non-zero elements. */
const FIELD_POLYNOMIAL = 0b100101;

function timesAlpha(value: number): number {
  const shifted = value << 1;
  return shifted & 0b100000 ? shifted ^ FIELD_POLYNOMIAL : shifted;
}

function symbolValue(char: string): number {
  const value = DATA_SYMBOLS.indexOf(char);
  if (value < 0) throw new RangeError(`"${char}" is not a Crockford base32 symbol`);
  return value;
}

/** Σ xᵢ·αⁿ⁻¹⁻ⁱ over GF(32) by Horner's rule; zero for every valid `gf32` code (data + check). */
export function gf32Syndrome(symbols: string): number {
  let sum = 0;
  for (const char of symbols) sum = timesAlpha(sum) ^ symbolValue(char);
  return sum;
}

/** The check symbol of new codes: one of the 32 data symbols. */
export function checkSymbol(data: string): string {
  return DATA_SYMBOLS[timesAlpha(gf32Syndrome(data))] ?? '?';
}

/** Crockford's mod-37 check symbol of codes printed before the `gf32` scheme. */
export function legacyCheckSymbol(data: string): string {
  let remainder = 0;
  for (const char of data) remainder = (remainder * 32 + symbolValue(char)) % 37;
  return LEGACY_CHECK_SYMBOLS[remainder] ?? '?';
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
  | { readonly valid: true; readonly code: string; readonly scheme: CheckScheme }
  | { readonly valid: false; readonly reason: 'length' | 'symbol' | 'check' };

/** What a person typed, in the code's own symbols: any case, no spaces or dashes, O→0, I/L→1. */
export function normaliseReferralCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—_.]+/g, '')
    .replace(/[OIL]/g, (char) => ALIASES[char] ?? char);
}

/**
 * Accepts the code as a person may read or type it and says whether it is a real code, and under
 * which scheme. `gf32` is tried first; a code that fails it is still accepted when its check is the
 * old mod-37 one, so slips printed before keep validating.
 *
 * Why accepting both is safe: the check symbol only decides between "mistyped" and "look it up".
 * Nothing is ever matched by the check alone: a follow-up finds a record only by the exact code the
 * ledger stored, and the ledger stores `gf32` codes only. A typo of a new code that happens to pass
 * the old check (about one in 37) therefore finds no record and is answered "unknown code", never
 * with another person's referral. Callers that want only new codes pass `['gf32']`.
 */
export function validateReferralCode(
  input: string,
  schemes: readonly CheckScheme[] = ['gf32', 'mod37'],
): ReferralCodeCheck {
  const compact = normaliseReferralCode(input);
  if (compact.length !== CODE_DATA_LENGTH + 1) return { valid: false, reason: 'length' };
  const data = compact.slice(0, CODE_DATA_LENGTH);
  const check = compact.slice(CODE_DATA_LENGTH);
  if (Array.from(data).some((char) => !DATA_SYMBOLS.includes(char)) || !LEGACY_CHECK_SYMBOLS.includes(check)) {
    return { valid: false, reason: 'symbol' };
  }
  const code = formatReferralCode(compact);
  if (schemes.includes('gf32') && checkSymbol(data) === check) return { valid: true, code, scheme: 'gf32' };
  if (schemes.includes('mod37') && legacyCheckSymbol(data) === check) return { valid: true, code, scheme: 'mod37' };
  return { valid: false, reason: 'check' };
}
