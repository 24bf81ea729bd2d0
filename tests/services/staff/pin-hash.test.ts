import { randomBytes } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import {
  hashPin,
  hashPinUnpeppered,
  isPeppered,
  pepperHash,
  verifyPin,
} from '../../../main/services/operator/pin-hash.js';

const pepper = randomBytes(32);
const otherPepper = randomBytes(32);

describe('peppered PIN hashes', () => {
  it('verifies the PIN with the same pepper only', async () => {
    const stored = await hashPin('482916', pepper);
    expect(stored).toMatch(/^scrypt-hmac\$32768\$8\$1\$/);
    expect(await verifyPin('482916', stored, pepper)).toBe(true);
    expect(await verifyPin('482917', stored, pepper)).toBe(false);
    // A copy of the hash without the machine key is useless: the right PIN fails too.
    expect(await verifyPin('482916', stored, otherPepper)).toBe(false);
  });

  it('peppers an old unpeppered hash without knowing the PIN', async () => {
    const old = await hashPinUnpeppered('739150');
    expect(isPeppered(old)).toBe(false);
    // Unpeppered hashes are never accepted as they are.
    expect(await verifyPin('739150', old, pepper)).toBe(false);
    const sealed = pepperHash(old, pepper);
    expect(sealed).toBeDefined();
    expect(isPeppered(sealed ?? '')).toBe(true);
    expect(await verifyPin('739150', sealed ?? '', pepper)).toBe(true);
    expect(pepperHash(sealed ?? '', otherPepper)).toBe(sealed);
  });

  it('refuses stored values it cannot read, or that would make a check take minutes', async () => {
    for (const stored of [
      '',
      'scrypt-hmac$x',
      'bcrypt$1$2$3$4$5',
      'scrypt-hmac$1073741824$8$1$AAAA$AAAA',
      'scrypt-hmac$32768$8$1$a$b$c',
    ]) {
      expect(await verifyPin('482916', stored, pepper)).toBe(false);
    }
    expect(pepperHash('scrypt$1073741824$8$1$AAAA$AAAA', pepper)).toBeUndefined();
  });
});
