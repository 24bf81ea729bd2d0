import { describe, expect, it } from 'vitest';

import { osProtectionUsable, safeStorageProtector, type SafeStorageLike } from '../../main/electron/key-protection.js';

function fakeSafeStorage(available: boolean, backend: string): SafeStorageLike & { sealed: string[] } {
  const sealed: string[] = [];
  return {
    sealed,
    isAsyncEncryptionAvailable: () => Promise.resolve(available),
    getSelectedStorageBackend: () => backend,
    encryptStringAsync: (text) => {
      sealed.push(text);
      return Promise.resolve(Buffer.from(`os:${Buffer.from(text).toString('hex')}`));
    },
    decryptStringAsync: (data) =>
      Promise.resolve({ result: Buffer.from(data.toString().replace(/^os:/, ''), 'hex').toString() }),
  };
}

describe('which OS protection seals the machine key', () => {
  it('uses DPAPI on Windows and a real keyring on Linux, never basic_text', () => {
    expect(osProtectionUsable('win32', true, 'os')).toBe(true);
    expect(osProtectionUsable('linux', true, 'gnome_libsecret')).toBe(true);
    expect(osProtectionUsable('linux', true, 'kwallet6')).toBe(true);
    expect(osProtectionUsable('linux', true, 'basic_text')).toBe(false);
    expect(osProtectionUsable('linux', true, 'unknown')).toBe(false);
    expect(osProtectionUsable('win32', false, 'os')).toBe(false);
  });

  it('round-trips the key bytes through safeStorage', async () => {
    const storage = fakeSafeStorage(true, 'gnome_libsecret');
    const protector = await safeStorageProtector(storage, 'linux');
    expect(protector?.name).toBe('electron-safe-storage:gnome_libsecret');
    const key = Buffer.from(Array.from({ length: 32 }, (_, i) => i * 7));
    const sealed = await protector?.encrypt(key);
    expect(sealed?.includes(key)).toBe(false);
    expect((await protector?.decrypt(sealed ?? Buffer.alloc(0)))?.equals(key)).toBe(true);
  });

  it('offers nothing where encryption is unavailable or only basic_text', async () => {
    expect(await safeStorageProtector(fakeSafeStorage(false, 'gnome_libsecret'), 'linux')).toBeUndefined();
    expect(await safeStorageProtector(fakeSafeStorage(true, 'basic_text'), 'linux')).toBeUndefined();
  });
});
