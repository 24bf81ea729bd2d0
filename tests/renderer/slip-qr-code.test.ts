import { describe, expect, it } from 'vitest';

import { referralCodeFromQr, SLIP_QR_PREFIX } from '../../renderer/src/scanner/slip-qr-code.js';
import {
  legacyCheckSymbol,
  newReferralCode,
  normaliseReferralCode,
  validateReferralCode,
} from '../../main/services/referrals/referral-code.js';
import { QR_PREFIX, referralQrPayload } from '../../main/services/referrals/referral.js';

describe('the referral code in a scanned QR', () => {
  it('reads the code out of the slip payload the services print, for many codes', () => {
    expect(SLIP_QR_PREFIX).toBe(QR_PREFIX);
    for (let i = 0; i < 500; i += 1) {
      const code = newReferralCode();
      const read = referralCodeFromQr(referralQrPayload(code));
      expect(read).toBe(normaliseReferralCode(code));
      // What the screen sends is what the services' validator accepts as that very code.
      expect(validateReferralCode(read ?? '')).toMatchObject({ valid: true, code });
    }
  });

  it('takes a bare code and an old-scheme code, tolerant as typing is', () => {
    expect(referralCodeFromQr('7kq2 m9xd 4')).toBe(normaliseReferralCode('7kq2 m9xd 4'));
    expect(referralCodeFromQr('REDSAFE-PAR;7KQ2-M9XD-4')).toBe('7KQ2M9XD4');
    expect(referralCodeFromQr('REDSAFE-PAR;7KQ2-M9XO-4')).toBe('7KQ2M9X04');
    const old = `ABCD1234${legacyCheckSymbol('ABCD1234')}`;
    expect(referralCodeFromQr(`REDSAFE-PAR;${old}`)).toBe(old);
  });

  it('refuses QRs that are not a referral code', () => {
    for (const text of [
      'https://redsafe.icrc.org/',
      'REDSAFE-PAR;',
      'REDSAFE-PAR;7KQ2M9XD',
      'REDSAFE-PAR;7KQ2M9XD44',
      'REDSAFE-PAR;7KQ2M9XD4;extra',
      'OTHER;7KQ2M9XD4',
      'WIFI:S:point;T:WPA;P:secret;;',
      '7KQ2M9XU4',
      '',
    ]) {
      expect(referralCodeFromQr(text), text).toBeNull();
    }
  });
});
