import { referralSchema, resultSchema, type Language, type Referral } from '../../main/contract/index.js';

/**
 * A referral given on screen, as a visitor gets it: the same contract call the service page makes
 * (`showReferral`), answered by the test's kiosk host. Its code and QR payload are the slip's.
 */
export async function giveReferral(hostUrl: string, serviceId: string, language: Language): Promise<Referral> {
  const response = await fetch(`${hostUrl}api/showReferral`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ serviceId, language }),
    signal: AbortSignal.timeout(10_000),
  });
  const result = resultSchema(referralSchema).parse(await response.json());
  if (!result.ok) throw new Error(`showReferral: ${result.error.code}`);
  return result.value;
}

/** The code as a visitor types it on the keypad: its characters without the dashes of the print. */
export const typedCode = (referral: Referral): string => referral.referralCode.replace(/-/g, '');
