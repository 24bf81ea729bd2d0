import type { Referral } from '../../contract/index.js';

import { newReferralCode } from './referral-code.js';

/**
 * What the QR holds: a fixed prefix and the referral code, nothing else (product rule 4). Not the
 * service id: `linea-nacional-contra-la-trata` in a scanned QR would say why the person came. No
 * URL: a scanned slip must not send anyone to a page that could log who opened it.
 */
export const QR_PREFIX = 'REDSAFE-PAR';

export function referralQrPayload(referralCode: string): string {
  return `${QR_PREFIX};${referralCode}`;
}

/** Reads a payload back (staff scanners, tests); undefined when it is not one of ours. */
export function parseReferralQrPayload(payload: string): { referralCode: string } | undefined {
  const [prefix, referralCode, ...rest] = payload.split(';');
  if (prefix !== QR_PREFIX || referralCode === undefined || referralCode === '' || rest.length > 0) return undefined;
  return { referralCode };
}

export function newReferral(serviceId: string, code: string = newReferralCode()): Referral {
  return { serviceId, referralCode: code, qrPayload: referralQrPayload(code) };
}
