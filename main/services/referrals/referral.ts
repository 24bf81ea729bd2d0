import type { Referral } from '../../contract/index.js';

import { newReferralCode } from './referral-code.js';

/**
 * What the QR holds: a fixed prefix, the code and the service id, nothing else (product rule 4).
 * No URL: a scanned slip must not send anyone to a page that could log who opened it.
 */
export const QR_PREFIX = 'REDSAFE-PAR';

export function referralQrPayload(referralCode: string, serviceId: string): string {
  return `${QR_PREFIX};${referralCode};${serviceId}`;
}

/** Reads a payload back (staff scanners, tests); undefined when it is not one of ours. */
export function parseReferralQrPayload(payload: string): { referralCode: string; serviceId: string } | undefined {
  const [prefix, referralCode, serviceId, ...rest] = payload.split(';');
  if (prefix !== QR_PREFIX || referralCode === undefined || serviceId === undefined || rest.length > 0)
    return undefined;
  return { referralCode, serviceId };
}

export function newReferral(serviceId: string, code: string = newReferralCode()): Referral {
  return { serviceId, referralCode: code, qrPayload: referralQrPayload(code, serviceId) };
}
