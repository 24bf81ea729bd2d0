import { readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';

import { DATABASE_FILE } from './inspect.js';

/** `kiosk.sqlite.corrupt-2026-11-22T04-10-00Z`, maybe `-2`, maybe `-wal`/`-shm`: the move time is in the name. */
const COPY = /^kiosk\.sqlite\.corrupt-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z/;

/**
 * Deletes the damaged database files moved aside at start once they are older than `days`. They
 * hold the same visitor-free data as the database, but also whatever a deleted note left in
 * them, and nobody reads them after the first weeks. The time comes from the name, not the file's
 * modification time, which is when the damaged file was last written, not when it was moved.
 * Returns the names deleted.
 */
export async function purgeCorruptCopies(dataDir: string, now: Date, days: number): Promise<string[]> {
  const cutoff = now.getTime() - days * 86_400_000;
  const names = await readdir(dataDir).catch(() => [] as string[]);
  const deleted: string[] = [];
  for (const name of names) {
    if (!name.startsWith(`${DATABASE_FILE}.corrupt-`)) continue;
    const match = COPY.exec(name);
    if (match === null) continue;
    const [, day, hh, mm, ss] = match;
    const movedAt = Date.parse(`${day ?? ''}T${hh ?? ''}:${mm ?? ''}:${ss ?? ''}Z`);
    if (Number.isNaN(movedAt) || movedAt >= cutoff) continue;
    await unlink(join(dataDir, name));
    deleted.push(name);
  }
  return deleted;
}
