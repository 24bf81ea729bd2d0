import { useDatabase, type KioskDatabase } from '../db/index.js';
import type { Logger } from '../logger.js';

import { sealStoredCredential } from './kobo-credential.js';

/** At start: a credential an earlier version stored in the clear is encrypted in place. */
export async function sealKoboCredential(database: KioskDatabase, logger: Logger, key: Buffer): Promise<void> {
  const sealed = await useDatabase(database, logger, 'kobo_credential_seal', (db) => sealStoredCredential(db, key));
  if (sealed.ok && sealed.value) logger.info('kobo_credential_encrypted', {});
}
