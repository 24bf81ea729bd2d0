import type { ChecklistAnswer, OperatorRole } from '../../contract/index.js';
import type { SqlExecutor } from '../db/index.js';

/** Stores a check's answers, replacing earlier answers to the same items of the same check. */
export async function writeAnswers(
  tx: SqlExecutor,
  checkId: number,
  answers: readonly ChecklistAnswer[],
  at: Date,
  role: OperatorRole,
): Promise<void> {
  for (const answer of answers) {
    await tx.run(
      `INSERT INTO checklist_answer (check_id, item, answer, note, recorded_at, role) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (check_id, item) DO UPDATE SET answer = excluded.answer, note = excluded.note,
         recorded_at = excluded.recorded_at, role = excluded.role`,
      [checkId, answer.item, answer.answer, answer.note ?? null, at.toISOString(), role],
    );
  }
}

export async function readAnswers(db: SqlExecutor, checkId: number): Promise<ChecklistAnswer[]> {
  const rows = await db.all<{ item: string; answer: ChecklistAnswer['answer']; note: string | null }>(
    'SELECT item, answer, note FROM checklist_answer WHERE check_id = ? ORDER BY id',
    [checkId],
  );
  return rows.map((row) => ({ item: row.item, answer: row.answer, ...(row.note === null ? {} : { note: row.note }) }));
}

export async function checkExists(db: SqlExecutor, checkId: number): Promise<boolean> {
  return (await db.get<{ id: number }>('SELECT id FROM equipment_check WHERE id = ?', [checkId])) !== undefined;
}
