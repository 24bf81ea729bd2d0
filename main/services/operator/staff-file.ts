import { readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

import { z } from 'zod';

import { operatorRoleSchema, staffNameSchema } from '../../contract/index.js';
import { writeFileAtomic } from '../secrets/private-files.js';

/**
 * The staff accounts live in their own small file beside the database, not in it: when a damaged
 * database is moved aside and a new one created, the accounts survive and the screen never offers
 * first-run setup again. Written atomically, mode 0600. PIN hashes in it are peppered with the
 * machine key, which is not in this file.
 */
export const STAFF_FILE = 'staff.json';
const FORMAT = 'redsafe-kiosk-staff/1';

const isoSchema = z.string().max(40);

export const lockoutSchema = z.strictObject({
  failures: z.number().int().min(0).max(1000),
  level: z.number().int().min(0).max(1000),
  lockedUntil: isoSchema.nullable(),
});
export type StoredLockout = z.infer<typeof lockoutSchema>;

export const staffAccountRecordSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]{6,32}$/),
  name: staffNameSchema,
  role: operatorRoleSchema,
  /** Null after a re-key: the account needs a new PIN from a supervisor before it can unlock. */
  pinHash: z.string().max(300).nullable(),
  /** Sessions opened before this moment are ended: a changed PIN or re-enabled account starts afresh. */
  pinChangedAt: isoSchema,
  disabled: z.boolean(),
  createdAt: isoSchema,
  lockout: lockoutSchema,
  /** Wrong PINs since the account's last unlock, told to its owner at the next one. */
  failedSinceUnlock: z.number().int().min(0).max(1_000_000),
});
export type StaffAccountRecord = z.infer<typeof staffAccountRecordSchema>;

export const staffFileSchema = z.strictObject({
  format: z.literal(FORMAT),
  /**
   * Which machine key the hashes were peppered with (its fingerprint). A file copied to another
   * kiosk, or a lost key, is recognised instead of every PIN silently failing.
   */
  keyFingerprint: z.string().max(64).nullable(),
  accounts: z.array(staffAccountRecordSchema).max(200),
  /** Wrong one-time setup codes, locked out like wrong PINs. */
  setupLockout: lockoutSchema,
  /**
   * What `kioskctl staff …` did, waiting for the kiosk to copy it to the audit log: the command
   * line never opens the database, which the running kiosk owns (and which root must not create
   * files beside).
   */
  pendingAudit: z
    .array(
      z.strictObject({
        at: isoSchema,
        kind: z.enum(['staff_added', 'staff_reset_by_administrator', 'staff_disabled']),
        role: operatorRoleSchema,
        detail: z.string().max(120),
      }),
    )
    .max(100),
});
export type StaffFileData = z.infer<typeof staffFileSchema>;

export const OPEN_LOCKOUT: StoredLockout = { failures: 0, level: 0, lockedUntil: null };

export function emptyStaffFile(keyFingerprint: string | null): StaffFileData {
  return { format: FORMAT, keyFingerprint, accounts: [], setupLockout: OPEN_LOCKOUT, pendingAudit: [] };
}

export type StaffFileRead =
  | { readonly kind: 'missing' }
  | { readonly kind: 'ok'; readonly data: StaffFileData; readonly version: string }
  | { readonly kind: 'damaged'; readonly reason: string };

export function staffFilePath(dataDir: string): string {
  return join(dataDir, STAFF_FILE);
}

/** Reads and checks the staff file; a damaged one is reported, never repaired or replaced here. */
export async function readStaffFile(dataDir: string): Promise<StaffFileRead> {
  const file = staffFilePath(dataDir);
  let text: string;
  let version: string;
  try {
    const info = await stat(file);
    version = `${info.ino}:${info.size}:${info.mtimeMs}`;
    if (info.size > 1_000_000) return { kind: 'damaged', reason: 'the file is larger than 1 MB' };
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'damaged', reason: error instanceof Error ? error.message : String(error) };
  }
  return parseStaffFile(text, version);
}

function parseStaffFile(text: string, version: string): StaffFileRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'damaged', reason: 'not valid JSON' };
  }
  const parsed = staffFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { kind: 'damaged', reason: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}` };
  }
  return { kind: 'ok', data: parsed.data, version };
}

/**
 * The same read, synchronously and only when the file changed since `known`: the session check of
 * every staff call uses it, so that an account disabled or reset by `kioskctl` loses its sessions
 * at once. The file is a few kilobytes; a stat per staff call costs microseconds.
 */
export function readStaffFileIfChanged(dataDir: string, known: string | undefined): StaffFileRead | 'unchanged' {
  const file = staffFilePath(dataDir);
  try {
    const info = statSync(file);
    const version = `${info.ino}:${info.size}:${info.mtimeMs}`;
    if (version === known) return 'unchanged';
    if (info.size > 1_000_000) return { kind: 'damaged', reason: 'the file is larger than 1 MB' };
    return parseStaffFile(readFileSync(file, 'utf8'), version);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'damaged', reason: error instanceof Error ? error.message : String(error) };
  }
}

export async function writeStaffFile(dataDir: string, data: StaffFileData): Promise<void> {
  await writeFileAtomic(staffFilePath(dataDir), `${JSON.stringify(staffFileSchema.parse(data), null, 2)}\n`);
}
