import { koboCredentialSchema, type KoboCredential } from '../../contract/index.js';
import type { SqlExecutor } from '../db/index.js';
import { isSealedSecret, openSecret, sealSecret } from '../secrets/secret-box.js';

/**
 * The KoboToolbox credential lives in `kiosk_meta`, never in the outbox, a log or an answer. It is
 * encrypted with a key derived from the machine key (AES-256-GCM), which is not in the database: a
 * copied `kiosk.sqlite` does not give away the organisation's KoboToolbox account. Without the key
 * (`key` undefined) nothing is read or written.
 */
const CREDENTIAL_KEY = 'kobo_credential';
const SET_AT_KEY = 'kobo_credential_set_at';

export interface StoredCredential {
  readonly credential: KoboCredential;
  readonly setAt: string;
}

export async function readCredential(db: SqlExecutor, key: Buffer | undefined): Promise<StoredCredential | undefined> {
  const rows = await db.all<{ key: string; value: string }>('SELECT key, value FROM kiosk_meta WHERE key IN (?, ?)', [
    CREDENTIAL_KEY,
    SET_AT_KEY,
  ]);
  const value = rows.find((row) => row.key === CREDENTIAL_KEY)?.value;
  const setAt = rows.find((row) => row.key === SET_AT_KEY)?.value;
  if (value === undefined || setAt === undefined) return undefined;
  // A credential stored before encryption is read once more, and sealed by `sealStoredCredential`.
  const text = isSealedSecret(value) ? (key === undefined ? undefined : openSecret(value, key)) : value;
  if (text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const checked = koboCredentialSchema.safeParse(parsed);
  return checked.success ? { credential: checked.data, setAt } : undefined;
}

const UPSERT = `INSERT INTO kiosk_meta (key, value) VALUES (?, ?)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value`;

export async function writeCredential(
  tx: SqlExecutor,
  credential: KoboCredential,
  now: Date,
  key: Buffer,
): Promise<void> {
  await tx.run(UPSERT, [CREDENTIAL_KEY, sealSecret(JSON.stringify(credential), key)]);
  await tx.run(UPSERT, [SET_AT_KEY, now.toISOString()]);
}

/** Encrypts a credential stored in the clear by an earlier version; answers whether there was one. */
export async function sealStoredCredential(db: SqlExecutor, key: Buffer): Promise<boolean> {
  const row = await db.get<{ value: string }>('SELECT value FROM kiosk_meta WHERE key = ?', [CREDENTIAL_KEY]);
  if (row === undefined || isSealedSecret(row.value)) return false;
  // secure_delete overwrites the freed page, so the clear text does not linger in the file.
  await db.exec('PRAGMA secure_delete = ON');
  await db.run(UPSERT, [CREDENTIAL_KEY, sealSecret(row.value, key)]);
  return true;
}

const DOTS = '••••';

/** The most the screens ever see: the token's last four characters, or the account's name. */
export function maskCredential(credential: KoboCredential): string {
  return credential.kind === 'collector-token'
    ? `${DOTS}${credential.token.slice(-4)}`
    : `${credential.username} · ${DOTS}`;
}
