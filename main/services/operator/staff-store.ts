import type { MachineKeyResult } from '../secrets/machine-key.js';
import { isPeppered, pepperHash } from './pin-hash.js';
import { emptyStaffFile, readStaffFile, writeStaffFile, type StaffFileData } from './staff-file.js';

/**
 * The staff file as the running kiosk sees it. It is re-read whenever it changed on disk, so that an
 * administrator's `kioskctl staff …` takes effect without a restart, and changes are made one at a
 * time on the freshest copy.
 */
export type StaffState =
  | { readonly kind: 'ok'; readonly data: StaffFileData; readonly pepper: Buffer }
  /** Staff mode needs an administrator; `reason` goes to the log and `kioskctl`, never to the screen. */
  | {
      readonly kind: 'unavailable';
      readonly why: 'damaged' | 'key_mismatch' | 'key_unavailable';
      readonly reason: string;
    };

export interface StaffStore {
  read(): Promise<StaffState>;
  /**
   * Applies `change` to the freshest data and writes the result (unless it answers `write: false`).
   * Runs after every earlier change has finished.
   */
  update<T>(
    change: (data: StaffFileData, pepper: Buffer) => Promise<StaffChange<T>> | StaffChange<T>,
  ): Promise<StaffUpdate<T>>;
}

export interface StaffChange<T> {
  readonly data?: StaffFileData;
  readonly value: T;
}

export type StaffUpdate<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly state: StaffState };

/**
 * Brings a file read from disk in line with this kiosk's key: adopts the key if the file names
 * none yet, and peppers hashes that `kioskctl` wrote without it. A file made with another key is
 * refused rather than used: every PIN would fail, and silently.
 */
export function adoptKey(data: StaffFileData, fingerprint: string, pepper: Buffer): StaffFileData | 'key_mismatch' {
  if (data.keyFingerprint !== null && data.keyFingerprint !== fingerprint) return 'key_mismatch';
  const accounts = data.accounts.map((account) => {
    if (account.pinHash === null || isPeppered(account.pinHash)) return account;
    return { ...account, pinHash: pepperHash(account.pinHash, pepper) ?? null };
  });
  return { ...data, keyFingerprint: fingerprint, accounts };
}

function changed(a: StaffFileData, b: StaffFileData): boolean {
  return JSON.stringify(a) !== JSON.stringify(b);
}

export function createStaffStore(dataDir: string, key: MachineKeyResult): StaffStore {
  const pepper = key.kind === 'ready' ? key.key.derive('pin-pepper') : undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const load = async (): Promise<StaffState> => {
    if (key.kind !== 'ready' || pepper === undefined) {
      return {
        kind: 'unavailable',
        why: 'key_unavailable',
        reason: key.kind === 'ready' ? '' : `${key.kind}: ${key.file}`,
      };
    }
    const read = await readStaffFile(dataDir);
    if (read.kind === 'damaged') return { kind: 'unavailable', why: 'damaged', reason: read.reason };
    const raw = read.kind === 'missing' ? emptyStaffFile(key.key.fingerprint) : read.data;
    const adopted = adoptKey(raw, key.key.fingerprint, pepper);
    if (adopted === 'key_mismatch') {
      return { kind: 'unavailable', why: 'key_mismatch', reason: 'staff.json was made with another machine key' };
    }
    if (read.kind === 'ok' && changed(raw, adopted)) await writeStaffFile(dataDir, adopted);
    return { kind: 'ok', data: adopted, pepper };
  };

  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    read: () => serial(load),
    update: (change) =>
      serial(async () => {
        const state = await load();
        if (state.kind !== 'ok') return { ok: false as const, state };
        const result = await change(state.data, state.pepper);
        if (result.data !== undefined && changed(state.data, result.data)) await writeStaffFile(dataDir, result.data);
        return { ok: true as const, value: result.value };
      }),
  };
}
