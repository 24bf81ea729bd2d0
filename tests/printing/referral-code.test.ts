import { describe, expect, it } from 'vitest';

import {
  checkSymbol,
  CODE_DATA_LENGTH,
  DATA_SYMBOLS,
  formatReferralCode,
  gf32Syndrome,
  legacyCheckSymbol,
  newReferralCode,
  normaliseReferralCode,
  validateReferralCode,
} from '../../main/services/referrals/referral-code.js';
import { newReferral, parseReferralQrPayload, referralQrPayload } from '../../main/services/referrals/referral.js';
import { seededBytes } from '../support/seeded-random.js';

const compact = (code: string): string => code.replace(/-/g, '');
const CODE_LENGTH = CODE_DATA_LENGTH + 1;

/** A code written with the old mod-37 check, as slips printed before carry. */
function legacyCode(data: string): string {
  return formatReferralCode(data + legacyCheckSymbol(data));
}

describe('referral codes', () => {
  it('look like 7KQ2-M9XD-4, use only the 32 keypad symbols, and validate as gf32', () => {
    for (let i = 0; i < 2000; i += 1) {
      const code = newReferralCode();
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$/);
      expect(validateReferralCode(code)).toEqual({ valid: true, code, scheme: 'gf32' });
    }
  });

  it('use every one of the 32 symbols as a check symbol, and none of *~$=U', () => {
    const random = seededBytes(7);
    const checks = new Set(Array.from({ length: 3000 }, () => compact(newReferralCode(random)).slice(8)));
    expect([...checks].sort().join('')).toBe(Array.from(DATA_SYMBOLS).sort().join(''));
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

  it('proof by exhaustion: every error pattern of one wrong symbol or one neighbour swap has a non-zero syndrome', () => {
    // The check is linear over GF(32): the syndrome of a changed code is the syndrome of the change
    // alone. So checking every change pattern once covers every code there is.
    const at = (position: number, error: number): string =>
      Array.from({ length: CODE_LENGTH }, (_, i) => DATA_SYMBOLS[i === position ? error : 0] ?? '0').join('');
    const pair = (position: number, error: number): string =>
      Array.from({ length: CODE_LENGTH }, (_, i) =>
        i === position || i === position + 1 ? (DATA_SYMBOLS[error] ?? '0') : '0',
      ).join('');
    let patterns = 0;
    for (let position = 0; position < CODE_LENGTH; position += 1) {
      for (let error = 1; error < 32; error += 1) {
        expect(gf32Syndrome(at(position, error)), `symbol ${position} off by ${error}`).not.toBe(0);
        patterns += 1;
        if (position + 1 < CODE_LENGTH) {
          expect(gf32Syndrome(pair(position, error)), `swap at ${position}, x+y = ${error}`).not.toBe(0);
          patterns += 1;
        }
      }
    }
    expect(patterns).toBe(9 * 31 + 8 * 31);
    // …and linearity itself, on real codes: syndrome(a + b) = syndrome(a) + syndrome(b).
    const random = seededBytes(11);
    for (let i = 0; i < 500; i += 1) {
      const a = compact(newReferralCode(random)).slice(0, 8);
      const b = compact(newReferralCode(random)).slice(0, 8);
      const sum = Array.from(
        a,
        (c, j) => DATA_SYMBOLS[DATA_SYMBOLS.indexOf(c) ^ DATA_SYMBOLS.indexOf(b[j] ?? '0')],
      ).join('');
      expect(gf32Syndrome(sum)).toBe(gf32Syndrome(a) ^ gf32Syndrome(b));
    }
  });

  it('catch every single-symbol substitution and every neighbour swap in 3,000 seeded codes (check symbol included)', () => {
    const random = seededBytes(2026);
    let tried = 0;
    const missed: string[] = [];
    for (let n = 0; n < 3000; n += 1) {
      const code = compact(newReferralCode(random));
      for (let i = 0; i < CODE_LENGTH; i += 1) {
        for (const other of DATA_SYMBOLS) {
          if (other === code[i]) continue;
          const changed = code.slice(0, i) + other + code.slice(i + 1);
          if (validateReferralCode(changed, ['gf32']).valid) missed.push(`${code} → ${changed}`);
          tried += 1;
        }
      }
      for (let i = 0; i + 1 < CODE_LENGTH; i += 1) {
        if (code[i] === code[i + 1]) continue;
        const swapped = code.slice(0, i) + (code[i + 1] ?? '') + (code[i] ?? '') + code.slice(i + 2);
        if (validateReferralCode(swapped, ['gf32']).valid) missed.push(`${code} → ${swapped}`);
        tried += 1;
      }
    }
    expect(missed).toEqual([]);
    expect(tried).toBeGreaterThan(3000 * 9 * 31);
  });

  it('Luhn mod 32 would not do: it misses the swap 0Z ↔ Z0, which gf32 catches', () => {
    const luhn32 = (symbols: string): number =>
      Array.from(symbols)
        .reverse()
        .reduce((sum, char, i) => {
          const value = DATA_SYMBOLS.indexOf(char) * (i % 2 === 1 ? 2 : 1);
          return sum + Math.floor(value / 32) + (value % 32);
        }, 0) % 32;
    expect(luhn32('0Z')).toBe(luhn32('Z0'));
    expect(gf32Syndrome('0Z')).not.toBe(gf32Syndrome('Z0'));
  });

  it('keep validating codes printed before, with their old mod-37 check, *~$=U included', () => {
    const random = seededBytes(5);
    const endings = new Set<string>();
    for (let i = 0; i < 2000; i += 1) {
      const data = compact(newReferralCode(random)).slice(0, 8);
      const old = legacyCode(data);
      endings.add(old.slice(-1));
      const result = validateReferralCode(old);
      expect(result.valid, old).toBe(true);
      if (checkSymbol(data) !== legacyCheckSymbol(data))
        expect(result).toEqual({ valid: true, code: old, scheme: 'mod37' });
      expect(validateReferralCode(old.toLowerCase().replace(/-/g, ' ')).valid).toBe(true);
    }
    for (const symbol of '*~$=U') expect(endings.has(symbol)).toBe(true);
    // A caller that wants only new codes can say so.
    expect(validateReferralCode(legacyCode('7KQ2M9XD'), ['gf32']).valid).toBe(
      checkSymbol('7KQ2M9XD') === legacyCheckSymbol('7KQ2M9XD'),
    );
  });

  it('accept what people type: any case, spaces, hyphens, O for 0 and I/L for 1', () => {
    const code = newReferralCode(() => Uint8Array.from([0x08, 0x42, 0x10, 0x84, 0x21]));
    const typed = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(validateReferralCode(typed)).toEqual({ valid: true, code, scheme: 'gf32' });
    expect(validateReferralCode(` ${compact(code).replace(/1/g, 'I')} `)).toEqual({
      valid: true,
      code,
      scheme: 'gf32',
    });
    expect(validateReferralCode(compact(code).split('').join('-'))).toEqual({ valid: true, code, scheme: 'gf32' });
    expect(normaliseReferralCode('7kq2 m9xd–o')).toBe('7KQ2M9XD0');
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
