import type { ActivityCount, ActivityEntry, ActivityInput } from '../../contract/index.js';
import type { SqlExecutor } from '../db/index.js';

interface EntryRow {
  id: number;
  day: string;
  type: string;
  category: string | null;
  language: string;
  recorded_on: string;
}

export async function insertEntry(tx: SqlExecutor, entry: ActivityInput, recordedOn: string): Promise<number> {
  const row = await tx.get<{ id: number }>(
    'INSERT INTO activity_entry (day, type, category, language, recorded_on) VALUES (?, ?, ?, ?, ?) RETURNING id',
    [entry.day, entry.type, entry.category ?? null, entry.language, recordedOn],
  );
  if (row === undefined) throw new Error('activity entry not inserted');
  await writeCounts(tx, row.id, entry.counts);
  return row.id;
}

export async function replaceEntry(tx: SqlExecutor, id: number, entry: ActivityInput): Promise<void> {
  await tx.run('UPDATE activity_entry SET day = ?, type = ?, category = ?, language = ? WHERE id = ?', [
    entry.day,
    entry.type,
    entry.category ?? null,
    entry.language,
    id,
  ]);
  await tx.run('DELETE FROM activity_count WHERE entry_id = ?', [id]);
  await writeCounts(tx, id, entry.counts);
}

async function writeCounts(tx: SqlExecutor, id: number, counts: readonly ActivityCount[]): Promise<void> {
  // Zero cells are not stored: a missing cell and a zero mean the same in every report.
  for (const cell of counts) {
    if (cell.count === 0) continue;
    await tx.run('INSERT INTO activity_count (entry_id, sex, age, count) VALUES (?, ?, ?, ?)', [
      id,
      cell.sex,
      cell.age,
      cell.count,
    ]);
  }
}

export async function recordedOn(db: SqlExecutor, id: number): Promise<string | undefined> {
  return (await db.get<{ recorded_on: string }>('SELECT recorded_on FROM activity_entry WHERE id = ?', [id]))
    ?.recorded_on;
}

export async function deleteEntry(tx: SqlExecutor, id: number): Promise<void> {
  await tx.run('DELETE FROM activity_entry WHERE id = ?', [id]);
}

/** Entries whose activity day is within [from, to], with their counts, oldest first. */
export async function readEntries(db: SqlExecutor, from: string, to: string, today: string): Promise<ActivityEntry[]> {
  const rows = await db.all<EntryRow>(
    'SELECT id, day, type, category, language, recorded_on FROM activity_entry WHERE day BETWEEN ? AND ? ORDER BY day, id',
    [from, to],
  );
  const counts = await db.all<ActivityCount & { entry_id: number }>(
    `SELECT c.entry_id, c.sex, c.age, c.count FROM activity_count c
     JOIN activity_entry e ON e.id = c.entry_id WHERE e.day BETWEEN ? AND ? ORDER BY c.entry_id, c.sex, c.age`,
    [from, to],
  );
  const byEntry = new Map<number, ActivityCount[]>();
  for (const { entry_id: entryId, sex, age, count } of counts) {
    const list = byEntry.get(entryId) ?? [];
    list.push({ sex, age, count });
    byEntry.set(entryId, list);
  }
  return rows.map((row) => ({
    id: row.id,
    day: row.day,
    type: row.type,
    ...(row.category === null ? {} : { category: row.category as NonNullable<ActivityEntry['category']> }),
    language: row.language as ActivityEntry['language'],
    counts: byEntry.get(row.id) ?? [],
    recordedOn: row.recorded_on,
    editable: row.recorded_on === today,
  }));
}
