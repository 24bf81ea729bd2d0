import { stat, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { KeyProtector } from '../../../main/services/secrets/key-protector.js';
import { loadMachineKey, PLAIN_KEY_FILE, SEALED_KEY_FILE } from '../../../main/services/secrets/machine-key.js';
import { ensurePrivateDir } from '../../../main/services/secrets/private-files.js';
import { openSecret, sealSecret } from '../../../main/services/secrets/secret-box.js';
import { tempDir } from '../temp-dirs.js';

/** Stands in for Electron's safeStorage: a reversible transform that a plain reader cannot undo by accident. */
const protector: KeyProtector = {
  name: 'test-protector',
  encrypt: (plain) => Promise.resolve(Buffer.concat([Buffer.from('SEALED:'), Buffer.from(plain.map((b) => b ^ 0x5a))])),
  decrypt: (sealed) => {
    if (!sealed.subarray(0, 7).equals(Buffer.from('SEALED:')))
      return Promise.reject(new Error('not sealed by this protector'));
    return Promise.resolve(Buffer.from(sealed.subarray(7).map((b) => b ^ 0x5a)));
  },
};

async function ready(dir: string, with_?: KeyProtector) {
  const result = await loadMachineKey(dir, with_);
  if (result.kind !== 'ready') throw new Error(`key not ready: ${result.kind}`);
  return result.key;
}

describe('the machine key', () => {
  it('is created once, owner-only, and the same on every load', async () => {
    const dir = await tempDir();
    await ensurePrivateDir(dir);
    const first = await ready(dir);
    const second = await ready(dir);
    expect(first.source).toBe('file');
    expect(second.fingerprint).toBe(first.fingerprint);
    expect(second.derive('pin-pepper').equals(first.derive('pin-pepper'))).toBe(true);
    expect(first.derive('pin-pepper').equals(first.derive('kobo-credential'))).toBe(false);
    expect((await stat(join(dir, PLAIN_KEY_FILE))).mode & 0o777).toBe(0o600);
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
  });

  it('is sealed by the OS protector where there is one, and a plain key left behind is sealed and removed', async () => {
    const dir = await tempDir();
    const plain = await ready(dir);
    const sealed = await ready(dir, protector);
    expect(sealed.source).toBe('test-protector');
    expect(sealed.fingerprint).toBe(plain.fingerprint);
    await expect(stat(join(dir, PLAIN_KEY_FILE))).rejects.toThrow();
    const onDisk = await readFile(join(dir, SEALED_KEY_FILE));
    expect(onDisk.subarray(0, 7).toString()).toBe('SEALED:');
    // A process without the protector (kioskctl) is told so, and never makes a second key.
    expect((await loadMachineKey(dir)).kind).toBe('sealed');
    await expect(stat(join(dir, PLAIN_KEY_FILE))).rejects.toThrow();
  });

  it('reports a damaged key file instead of replacing it', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, PLAIN_KEY_FILE), 'not a key');
    const result = await loadMachineKey(dir);
    expect(result.kind).toBe('unreadable');
    expect(await readFile(join(dir, PLAIN_KEY_FILE), 'utf8')).toBe('not a key');
  });
});

describe('secrets sealed with a derived key', () => {
  it('open with the same key only, and refuse a changed value', async () => {
    const key = (await ready(await tempDir())).derive('kobo-credential');
    const other = (await ready(await tempDir())).derive('kobo-credential');
    const sealed = sealSecret('{"kind":"collector-token","token":"abc123"}', key);
    expect(sealed).not.toContain('abc123');
    expect(openSecret(sealed, key)).toBe('{"kind":"collector-token","token":"abc123"}');
    expect(openSecret(sealed, other)).toBeUndefined();
    const parts = sealed.split('.');
    const tampered = [...parts.slice(0, 3), `A${(parts[3] ?? '').slice(1)}`].join('.');
    expect(openSecret(tampered, key)).toBeUndefined();
    expect(openSecret('plain text', key)).toBeUndefined();
  });
});
