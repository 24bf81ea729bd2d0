import { koboCredentialSchema, type KoboCredential } from '../../contract/index.js';
import type { SqlExecutor } from '../db/index.js';

/**
 * The KoboToolbox credential lives in `kiosk_meta`, never in the outbox, a log or an answer. It is
 * kept readable because the kiosk must send it; the database file is the kiosk's own, on its disk.
 */
const CREDENTIAL_KEY = 'kobo_credential';
const SET_AT_KEY = 'kobo_credential_set_at';

export interface StoredCredential {
  readonly credential: KoboCredential;
  readonly setAt: string;
}

export async function readCredential(db: SqlExecutor): Promise<StoredCredential | undefined> {
  const rows = await db.all<{ key: string; value: string }>('SELECT key, value FROM kiosk_meta WHERE key IN (?, ?)', [
    CREDENTIAL_KEY,
    SET_AT_KEY,
  ]);
  const value = rows.find((row) => row.key === CREDENTIAL_KEY)?.value;
  const setAt = rows.find((row) => row.key === SET_AT_KEY)?.value;
  if (value === undefined || setAt === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  const checked = koboCredentialSchema.safeParse(parsed);
  return checked.success ? { credential: checked.data, setAt } : undefined;
}

export async function writeCredential(tx: SqlExecutor, credential: KoboCredential, now: Date): Promise<void> {
  const upsert = `INSERT INTO kiosk_meta (key, value) VALUES (?, ?)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value`;
  await tx.run(upsert, [CREDENTIAL_KEY, JSON.stringify(credential)]);
  await tx.run(upsert, [SET_AT_KEY, now.toISOString()]);
}

const DOTS = '••••';

/** The most the screens ever see: the token's last four characters, or the account's name. */
export function maskCredential(credential: KoboCredential): string {
  return credential.kind === 'collector-token'
    ? `${DOTS}${credential.token.slice(-4)}`
    : `${credential.username} · ${DOTS}`;
}
