/**
 * What the host can offer to keep the machine key from being read off the disk: Electron's
 * `safeStorage` (DPAPI on Windows, libsecret on Linux). The web host and `kioskctl` run without it
 * and keep the key in an owner-only file instead.
 */
export interface KeyProtector {
  /** Shown in logs and in `kioskctl staff list`, e.g. "electron-safe-storage". */
  readonly name: string;
  encrypt(plain: Buffer): Promise<Buffer>;
  decrypt(sealed: Buffer): Promise<Buffer>;
}
