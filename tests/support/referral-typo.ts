import { validateReferralCode } from '../../main/services/referrals/referral-code.js';

/**
 * A typo of `code` (compact, no dashes) that the check symbol catches: neighbour swaps first, then
 * single changes. A typo of a new code passes the old mod-37 check about one time in 37 and is then
 * rightly answered "unknown code", so a test that expects "mistyped" must take one neither accepts.
 */
export function typoCaughtByCheck(code: string): string {
  const candidates: string[] = [];
  for (let i = 0; i + 1 < code.length; i += 1) {
    const [here, next] = [code.charAt(i), code.charAt(i + 1)];
    if (here !== next) candidates.push(code.slice(0, i) + next + here + code.slice(i + 2));
  }
  for (let i = 0; i < code.length; i += 1) {
    candidates.push(code.slice(0, i) + (code.charAt(i) === 'A' ? 'B' : 'A') + code.slice(i + 1));
  }
  const typo = candidates.find((candidate) => {
    const check = validateReferralCode(candidate);
    return !check.valid && check.reason === 'check';
  });
  if (typo === undefined) throw new Error(`no typo of ${code} is caught by the check symbol`);
  return typo;
}
