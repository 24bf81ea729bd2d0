import type { Database, KioskDatabase } from '../../../main/services/db/index.js';

/** The open connection of a kiosk database, or a test failure saying it is not open. */
export function connected(kiosk: KioskDatabase): Database {
  const db = kiosk.connection();
  if (db === undefined) throw new Error(`expected an open database, got ${JSON.stringify(kiosk.status())}`);
  return db;
}
