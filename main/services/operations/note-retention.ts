import type { SqlExecutor } from '../db/index.js';

/**
 * Clears the free-text notes of checklist answers recorded more than `days` ago. The answer
 * (pass, fail, not applicable) stays for the reports; the text, which staff might one day fill
 * with something about a person despite the warning, does not. Returns how many were cleared.
 */
export async function purgeOldNotes(db: SqlExecutor, now: Date, days: number): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  const result = await db.run('UPDATE checklist_answer SET note = NULL WHERE note IS NOT NULL AND recorded_at < ?', [
    cutoff,
  ]);
  return result.changes;
}
