import { describe, expect, it } from 'vitest';

import {
  CHECK_SYMBOLS,
  checkSymbol,
  DATA_SYMBOLS,
  formatReferralCode,
  newReferralCode,
  validateReferralCode,
} from '../../main/services/referrals/referral-code.js';
import { newReferral, parseReferralQrPayload, referralQrPayload } from '../../main/services/referrals/referral.js';

const compact = (code: string): string => code.replace(/-/g, '');

describe('referral codes', () => {
  it('look like 7KQ2-M9XD-4 and validate', () => {
    for (let i = 0; i < 200; i += 1) {
      const code = newReferralCode();
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z*~$=U]$/);
      expect(validateReferralCode(code)).toEqual({ valid: true, code });
    }
  });

  it('are random: no repeats and no sequence in 5,000 codes', () => {
    const codes = Array.from({ length: 5000 }, () => newReferralCode());
    expect(new Set(codes).size).toBe(codes.length);
    const values = codes
      .map((code) => compact(code).slice(0, 8))
      .map((data) => Array.from(data).reduce((n, c) => n * 32 + DATA_SYMBOLS.indexOf(c), 0));
    const steps = values.slice(1).map((value, i) => value - (values[i] ?? 0));
    // A counter would step by a constant; random codes almost never repeat a step.
    expect(new Set(steps).size).toBeGreaterThan(4990);
  });

  it('take their bits from the random source given', () => {
    expect(newReferralCode(() => new Uint8Array(5))).toBe(formatReferralCode(`00000000${checkSymbol('00000000')}`));
  });

  it('catch every single-symbol substitution and every adjacent transposition of the data', () => {
    const samples = Array.from({ length: 60 }, () => compact(newReferralCode()));
    for (const code of samples) {
      for (let i = 0; i < code.length; i += 1) {
        const alphabet = i < 8 ? DATA_SYMBOLS : CHECK_SYMBOLS;
        for (const other of alphabet) {
          if (other === code[i]) continue;
          const changed = code.slice(0, i) + other + code.slice(i + 1);
          expect(validateReferralCode(changed).valid, `${code} → ${changed}`).toBe(false);
        }
      }
      for (let i = 0; i < 7; i += 1) {
        if (code[i] === code[i + 1]) continue;
        const swapped = code.slice(0, i) + (code[i + 1] ?? '') + (code[i] ?? '') + code.slice(i + 2);
        expect(validateReferralCode(swapped).valid, `${code} → ${swapped}`).toBe(false);
      }
    }
  });

  it('accept what staff type: any case, spaces, O for 0 and I/L for 1', () => {
    const code = newReferralCode(() => Uint8Array.from([0x08, 0x42, 0x10, 0x84, 0x21]));
    const typed = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(validateReferralCode(typed)).toEqual({ valid: true, code });
    expect(validateReferralCode('ABCD')).toEqual({ valid: false, reason: 'length' });
    expect(validateReferralCode('ABCD-EFGH-!')).toEqual({ valid: false, reason: 'symbol' });
    expect(validateReferralCode('UBCD-EFGH-1')).toEqual({ valid: false, reason: 'symbol' });
  });
});

describe('the QR payload', () => {
  it('holds the referral code only: no service id that could say why the person came', () => {
    const payload = referralQrPayload('7KQ2-M9XD-4');
    expect(payload).toBe('REDSAFE-PAR;7KQ2-M9XD-4');
    expect(parseReferralQrPayload(payload)).toEqual({ referralCode: '7KQ2-M9XD-4' });
    expect(newReferral('linea-nacional-contra-la-trata', '7KQ2-M9XD-4').qrPayload).toBe(payload);
    expect(parseReferralQrPayload('REDSAFE-PAR;7KQ2-M9XD-4;comar-asilo')).toBeUndefined();
    expect(parseReferralQrPayload('https://example.org/?code=1')).toBeUndefined();
  });
});
