import type { KoboProblem, KoboSubmission, KoboSubmissionState } from '../../contract/index.js';
import { KOBO_PROBLEMS } from '../../contract/index.js';
import type { SqlExecutor } from '../db/index.js';

/** The SQL of the outbox (`kobo_submission`, migration 0008), in one place. */

interface SubmissionRow {
  id: number;
  instance_id: string;
  form_id: string;
  period: string;
  xml: string;
  state: KoboSubmissionState;
  attempts: number;
  next_attempt_at: string | null;
  last_status: number | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

export interface OutboxRow {
  readonly id: number;
  readonly instanceId: string;
  readonly formId: string;
  readonly month: string;
  readonly xml: string;
  readonly state: KoboSubmissionState;
  readonly attempts: number;
}

const COLUMNS =
  'id, instance_id, form_id, period, xml, state, attempts, next_attempt_at, last_status, last_error, created_at, updated_at';

const isProblem = (code: string | null): code is KoboProblem =>
  code !== null && (KOBO_PROBLEMS as readonly string[]).includes(code);

function toSubmission(row: SubmissionRow): KoboSubmission {
  return {
    id: row.id,
    month: row.period,
    instanceId: row.instance_id,
    state: row.state,
    attempts: row.attempts,
    lastStatus: row.last_status,
    problem: isProblem(row.last_error) ? row.last_error : null,
    nextAttemptAt: row.next_attempt_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const toOutboxRow = (row: SubmissionRow): OutboxRow => ({
  id: row.id,
  instanceId: row.instance_id,
  formId: row.form_id,
  month: row.period,
  xml: row.xml,
  state: row.state,
  attempts: row.attempts,
});

/** Newest first, for the supervisor's screen. */
export async function listSubmissions(db: SqlExecutor, limit = 50): Promise<KoboSubmission[]> {
  const rows = await db.all<SubmissionRow>(`SELECT ${COLUMNS} FROM kobo_submission ORDER BY id DESC LIMIT ?`, [limit]);
  return rows.map(toSubmission);
}

export async function readSubmission(db: SqlExecutor, id: number): Promise<KoboSubmission | undefined> {
  const row = await db.get<SubmissionRow>(`SELECT ${COLUMNS} FROM kobo_submission WHERE id = ?`, [id]);
  return row === undefined ? undefined : toSubmission(row);
}

/** The month's submissions of one form, newest first. */
export async function submissionsOfMonth(db: SqlExecutor, formId: string, month: string): Promise<OutboxRow[]> {
  const rows = await db.all<SubmissionRow>(
    `SELECT ${COLUMNS} FROM kobo_submission WHERE form_id = ? AND period = ? ORDER BY id DESC`,
    [formId, month],
  );
  return rows.map(toOutboxRow);
}

export async function insertSubmission(
  tx: SqlExecutor,
  row: { instanceId: string; formId: string; month: string; xml: string; now: Date },
): Promise<number> {
  const at = row.now.toISOString();
  const inserted = await tx.get<{ id: number }>(
    `INSERT INTO kobo_submission (instance_id, form_id, period, xml, state, attempts, next_attempt_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'pending', 0, ?, ?, ?) RETURNING id`,
    [row.instanceId, row.formId, row.month, row.xml, at, at, at],
  );
  if (inserted === undefined) throw new Error('submission not inserted');
  return inserted.id;
}

/** An unsent instance that a newer one of the same month replaces: it must never go out after it. */
export async function deleteUnsent(tx: SqlExecutor, id: number): Promise<void> {
  await tx.run("DELETE FROM kobo_submission WHERE id = ? AND state <> 'sent'", [id]);
}

/** Pending submissions whose time has come, oldest first. */
export async function dueSubmissions(db: SqlExecutor, now: Date): Promise<OutboxRow[]> {
  const rows = await db.all<SubmissionRow>(
    `SELECT ${COLUMNS} FROM kobo_submission
     WHERE state = 'pending' AND next_attempt_at IS NOT NULL AND next_attempt_at <= ? ORDER BY id`,
    [now.toISOString()],
  );
  return rows.map(toOutboxRow);
}

/** When the loop should look again: the earliest pending attempt, if any. */
export async function nextAttemptAt(db: SqlExecutor): Promise<string | undefined> {
  const row = await db.get<{ next: string | null }>(
    "SELECT MIN(next_attempt_at) AS next FROM kobo_submission WHERE state = 'pending'",
  );
  return row?.next ?? undefined;
}

export interface AttemptOutcome {
  readonly state: KoboSubmissionState;
  readonly status: number | null;
  readonly problem: KoboProblem | null;
  readonly nextAttemptAt: Date | null;
}

/** One attempt's result, in one statement: the count, the answer and what comes next. */
export async function recordAttempt(db: SqlExecutor, id: number, outcome: AttemptOutcome, now: Date): Promise<void> {
  await db.run(
    `UPDATE kobo_submission SET state = ?, attempts = attempts + 1, last_status = ?, last_error = ?,
     next_attempt_at = ?, updated_at = ? WHERE id = ?`,
    [
      outcome.state,
      outcome.status,
      outcome.problem,
      outcome.nextAttemptAt?.toISOString() ?? null,
      now.toISOString(),
      id,
    ],
  );
}

/**
 * Every unsent submission becomes due now: the supervisor's "retry now", or a new credential for
 * those the old one could not send. `onlyProblem` limits it to submissions stopped for that reason.
 */
export async function rearm(db: SqlExecutor, now: Date, onlyProblem?: KoboProblem): Promise<number> {
  const at = now.toISOString();
  const result = await db.run(
    `UPDATE kobo_submission SET state = 'pending', next_attempt_at = ?, updated_at = ?
     WHERE state <> 'sent'${onlyProblem === undefined ? '' : ' AND last_error = ?'}`,
    onlyProblem === undefined ? [at, at] : [at, at, onlyProblem],
  );
  return result.changes;
}
