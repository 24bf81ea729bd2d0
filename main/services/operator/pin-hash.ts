import { createHmac, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * PINs are short, so the hash is slow (scrypt, N = 2^15, r = 8: 32 MiB and about 0.1 s a guess on
 * the kiosk's PC) and peppered: the scrypt output is passed through HMAC-SHA256 with a key that
 * never sits beside the hashes (see secrets/machine-key.ts). Whoever copies the staff file or the
 * database without that key cannot test a single PIN offline.
 *
 * The pepper comes after scrypt on purpose: an unpeppered `scrypt$…` hash (from kiosks before
 * named accounts, or written by `kioskctl` where the key is sealed by the OS) can be peppered later
 * without knowing the PIN (`pepperHash`).
 *
 * Stored form: `scrypt-hmac$N$r$p$salt$mac` (base64); the parameters travel with each hash so they
 * can be raised later without invalidating the PINs already set.
 */
const PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const PEPPERED = 'scrypt-hmac';
const UNPEPPERED = 'scrypt';

interface ParsedHash {
  readonly scheme: typeof PEPPERED | typeof UNPEPPERED;
  readonly params: { N: number; r: number; p: number };
  readonly salt: Buffer;
  readonly value: Buffer;
}

function derive(pin: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) => {
    scrypt(pin.normalize('NFKC'), salt, KEY_BYTES, options, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

function mac(pepper: Buffer, key: Buffer): Buffer {
  return createHmac('sha256', pepper).update(key).digest();
}

function format(scheme: string, params: { N: number; r: number; p: number }, salt: Buffer, value: Buffer): string {
  return [scheme, params.N, params.r, params.p, salt.toString('base64'), value.toString('base64')].join('$');
}

function parse(stored: string): ParsedHash | undefined {
  const [scheme, n, r, p, saltText, valueText, ...rest] = stored.split('$');
  if ((scheme !== PEPPERED && scheme !== UNPEPPERED) || rest.length > 0) return undefined;
  if (saltText === undefined || valueText === undefined) return undefined;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (![params.N, params.r, params.p].every((v) => Number.isInteger(v) && v > 0)) return undefined;
  // Refuse parameters that would let a tampered file make one check take minutes or gigabytes.
  if (params.N > 2 ** 20 || params.r > 32 || params.p > 4) return undefined;
  return { scheme, params, salt: Buffer.from(saltText, 'base64'), value: Buffer.from(valueText, 'base64') };
}

/** A hash ready to store, peppered with `pepper`. */
export async function hashPin(pin: string, pepper: Buffer): Promise<string> {
  const salt = randomBytes(16);
  return format(PEPPERED, PARAMS, salt, mac(pepper, await derive(pin, salt, PARAMS)));
}

/** A hash without pepper, for `kioskctl` where the key is sealed by the OS; the kiosk peppers it on load. */
export async function hashPinUnpeppered(pin: string): Promise<string> {
  const salt = randomBytes(16);
  return format(UNPEPPERED, PARAMS, salt, await derive(pin, salt, PARAMS));
}

export function isPeppered(stored: string): boolean {
  return parse(stored)?.scheme === PEPPERED;
}

/** The peppered form of an unpeppered hash (unchanged if already peppered, undefined if unreadable). */
export function pepperHash(stored: string, pepper: Buffer): string | undefined {
  const parsed = parse(stored);
  if (parsed === undefined) return undefined;
  if (parsed.scheme === PEPPERED) return stored;
  return format(PEPPERED, parsed.params, parsed.salt, mac(pepper, parsed.value));
}

/**
 * False for a wrong PIN, a wrong pepper, an unpeppered hash (it must be peppered first) and a stored
 * value it cannot read; never throws on bad input.
 */
export async function verifyPin(pin: string, stored: string, pepper: Buffer): Promise<boolean> {
  const parsed = parse(stored);
  if (parsed?.scheme !== PEPPERED) return false;
  const actual = mac(pepper, await derive(pin, parsed.salt, parsed.params));
  return parsed.value.length === actual.length && timingSafeEqual(parsed.value, actual);
}
