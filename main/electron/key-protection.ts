import type { KeyProtector } from '../services/secrets/key-protector.js';

/** The part of Electron's safeStorage this uses; `electron`'s own object fits it. */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  getSelectedStorageBackend(): string;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string }>;
}

/**
 * Whether the OS can really keep the machine key from other readers of the disk. On Linux without a
 * keyring (a kiosk session has none unless one is set up), safeStorage falls back to "basic_text",
 * a password built into Chromium: that protects nothing, and an owner-only file is as good and
 * stays readable by `kioskctl`.
 */
export function osProtectionUsable(platform: NodeJS.Platform, available: boolean, backend: string): boolean {
  if (!available) return false;
  if (platform !== 'linux') return true;
  return backend !== 'basic_text' && backend !== 'unknown';
}

/** safeStorage as the services' key protector (DPAPI on Windows, libsecret or KWallet on Linux), or none. */
export async function safeStorageProtector(
  safeStorage: SafeStorageLike,
  platform: NodeJS.Platform = process.platform,
): Promise<KeyProtector | undefined> {
  const available = await safeStorage.isAsyncEncryptionAvailable().catch(() => false);
  const backend = platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os';
  if (!osProtectionUsable(platform, available, backend)) return undefined;
  return {
    name: `electron-safe-storage:${backend}`,
    // safeStorage seals strings: the 32 key bytes travel as base64.
    encrypt: (plain) => safeStorage.encryptStringAsync(plain.toString('base64')),
    decrypt: async (sealed) => Buffer.from((await safeStorage.decryptStringAsync(sealed)).result, 'base64'),
  };
}
