/**
 * What a scanned QR says, read the way the keypad path reads a typed code. The slip's QR holds
 * `REDSAFE-PAR;CODE` (`main/services/referrals/referral.ts`); the renderer may not load the
 * services, so the prefix and the code's symbols are repeated here, and the tests pin them to the
 * services' own values. Only the shape is checked: the check symbol is checked by the lookup,
 * exactly as for a typed code, so a scanned code and a typed one get the same answers.
 */
export const SLIP_QR_PREFIX = 'REDSAFE-PAR';

/** Crockford base32: the 32 symbols a code is made of (data and `gf32` check alike). */
const CODE_SYMBOLS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Slips printed before the ledger may end in one of these (the old mod-37 check). */
const LEGACY_CHECK_SYMBOLS = '*~$=U';
const ALIASES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };
const CODE_LENGTH = 9;

/** The same tolerance as typing: any case, no spaces or dashes, O→0, I/L→1. */
function normalise(text: string): string {
  return text
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—_.]+/g, '')
    .replace(/[OIL]/g, (char) => ALIASES[char] ?? char);
}

/**
 * The referral code in a scanned text, or null when the QR is not one of ours: our payload
 * (`REDSAFE-PAR;CODE`) or a bare code. Anything else (a URL, another point's QR) is null.
 */
export function referralCodeFromQr(text: string): string | null {
  const parts = text.trim().split(';');
  let candidate: string | undefined;
  if (parts.length === 2 && parts[0] === SLIP_QR_PREFIX) candidate = parts[1];
  else if (parts.length === 1) candidate = parts[0];
  if (candidate === undefined) return null;
  const compact = normalise(candidate);
  if (compact.length !== CODE_LENGTH) return null;
  const data = compact.slice(0, CODE_LENGTH - 1);
  const check = compact.slice(CODE_LENGTH - 1);
  if (Array.from(data).some((char) => !CODE_SYMBOLS.includes(char))) return null;
  if (!CODE_SYMBOLS.includes(check) && !LEGACY_CHECK_SYMBOLS.includes(check)) return null;
  return compact;
}
