import { createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';

import type { KeyProtector } from './key-protector.js';
import { writeFileAtomic } from './private-files.js';

/** The key in the clear, for hosts without OS protection (base64 of 32 random bytes, mode 0600). */
export const PLAIN_KEY_FILE = 'machine.key';
/** The key sealed by the OS (Electron safeStorage); only the kiosk's own account can open it. */
export const SEALED_KEY_FILE = 'machine.key.sealed';

const KEY_BYTES = 32;

/**
 * The kiosk's secret that never goes into the database: PIN hashes are peppered with a key derived
 * from it, and the KoboToolbox credential is encrypted with another. A copied `kiosk.sqlite` (or
 * `staff.json`) alone therefore allows no offline PIN search and reveals no credential.
 */
export interface MachineKey {
  /** Where the key came from: "file" or the protector's name. */
  readonly source: string;
  /** A 32-byte key for one purpose; different purposes never share a key. */
  derive(purpose: KeyPurpose): Buffer;
  /** A short value that tells whether a stored record was made with this key, without revealing it. */
  readonly fingerprint: string;
}

export type KeyPurpose = 'pin-pepper' | 'kobo-credential';

export type MachineKeyResult =
  | { readonly kind: 'ready'; readonly key: MachineKey }
  /** Sealed by the OS for the kiosk's account, and this process has no way to open it (`kioskctl`). */
  | { readonly kind: 'sealed'; readonly file: string }
  | { readonly kind: 'unreadable'; readonly file: string; readonly reason: string };

function machineKey(secret: Buffer, source: string): MachineKey {
  return {
    source,
    derive: (purpose) =>
      Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), `redsafe-kiosk/${purpose}`, KEY_BYTES)),
    fingerprint: createHmac('sha256', secret).update('redsafe-kiosk/fingerprint').digest('base64url').slice(0, 16),
  };
}

async function readIfExists(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function decodePlain(text: Buffer): Buffer | undefined {
  const secret = Buffer.from(text.toString('utf8').trim(), 'base64');
  return secret.length === KEY_BYTES ? secret : undefined;
}

/**
 * Loads the machine key of a data folder, creating it on first use. With a protector the key is
 * kept sealed (a plain key file left from a host without one is sealed and removed); without one it
 * is a 0600 file. It never creates a second key beside a sealed one it cannot open: that would
 * silently invalidate every PIN.
 */
export async function loadMachineKey(dataDir: string, protector?: KeyProtector): Promise<MachineKeyResult> {
  const plainFile = join(dataDir, PLAIN_KEY_FILE);
  const sealedFile = join(dataDir, SEALED_KEY_FILE);
  try {
    const sealed = await readIfExists(sealedFile);
    if (sealed !== undefined) {
      if (protector === undefined) return { kind: 'sealed', file: sealedFile };
      const secret = await protector.decrypt(sealed);
      if (secret.length !== KEY_BYTES) return { kind: 'unreadable', file: sealedFile, reason: 'wrong key length' };
      return { kind: 'ready', key: machineKey(secret, protector.name) };
    }
    const plain = await readIfExists(plainFile);
    let secret: Buffer;
    if (plain === undefined) {
      secret = randomBytes(KEY_BYTES);
      if (protector === undefined) await writeFileAtomic(plainFile, `${secret.toString('base64')}\n`);
    } else {
      const decoded = decodePlain(plain);
      if (decoded === undefined) return { kind: 'unreadable', file: plainFile, reason: 'not a 32-byte base64 key' };
      secret = decoded;
    }
    if (protector === undefined) return { kind: 'ready', key: machineKey(secret, 'file') };
    await writeFileAtomic(sealedFile, await protector.encrypt(secret));
    if (plain !== undefined) await unlink(plainFile);
    return { kind: 'ready', key: machineKey(secret, protector.name) };
  } catch (error) {
    return { kind: 'unreadable', file: sealedFile, reason: error instanceof Error ? error.message : String(error) };
  }
}
