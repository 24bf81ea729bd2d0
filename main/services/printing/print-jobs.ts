import { isoDay, type Language, type PrintJobState } from '../../contract/index.js';
import type { Clock } from '../clock.js';
import type { Database } from '../db/index.js';

export interface PrintJob {
  readonly id: number;
  readonly printer: string;
  readonly serviceId: string;
  readonly language: Language;
  readonly referralCode: string;
  readonly state: PrintJobState;
  readonly reason: string | null;
  readonly reprintOf: number | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

interface Row {
  id: number;
  printer: string;
  service_id: string;
  language: Language;
  referral_code: string;
  state: PrintJobState;
  reason: string | null;
  reprint_of: number | null;
  created_at: string;
  updated_at: string;
}

const toJob = (row: Row): PrintJob => ({
  id: row.id,
  printer: row.printer,
  serviceId: row.service_id,
  language: row.language,
  referralCode: row.referral_code,
  state: row.state,
  reason: row.reason,
  reprintOf: row.reprint_of,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** Jobs older than this are deleted: the table is a recent-jobs list, not an archive. */
export const JOB_RETENTION_DAYS = 30;

/** How long a job keeps its exact time by default (printers.json `reprintWindowMinutes`). */
export const DEFAULT_REPRINT_WINDOW_MINUTES = 120;

/**
 * How long a job's exact time is kept, and the site's timezone for the day kept after that. A
 * slip's code, service and minute together would be a trail of one visitor's visit (product rule
 * 2): past the reprint window only the day is left.
 */
export interface JobTimePolicy {
  readonly windowMs: number;
  readonly timeZone: string;
}

const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The exact time inside the window, the site's day after it (or already stored as a day). */
function timeShown(at: string, cutoff: Date, timeZone: string): string {
  if (DAY_ONLY.test(at)) return at;
  const date = new Date(at);
  return date.getTime() < cutoff.getTime() ? isoDay(date, timeZone) : at;
}

/**
 * The print job table: queued → sending → printed | failed(reason), and `interrupted` for a job
 * the kiosk was in the middle of when it stopped.
 */
export class PrintJobStore {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  private now(): string {
    return this.clock.now().toISOString();
  }

  async create(job: {
    printer: string;
    serviceId: string;
    language: Language;
    referralCode: string;
    reprintOf?: number;
  }): Promise<number> {
    const now = this.now();
    const result = await this.db.run(
      `INSERT INTO print_job (printer, service_id, language, referral_code, state, reprint_of, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'queued', ?, ?, ?)`,
      [job.printer, job.serviceId, job.language, job.referralCode, job.reprintOf ?? null, now, now],
    );
    return result.lastID;
  }

  async setState(id: number, state: PrintJobState, reason: string | null = null): Promise<void> {
    await this.db.run('UPDATE print_job SET state = ?, reason = ?, updated_at = ? WHERE id = ?', [
      state,
      reason === null ? null : reason.slice(0, 200),
      this.now(),
      id,
    ]);
  }

  async get(id: number): Promise<PrintJob | undefined> {
    const row = await this.db.get<Row>('SELECT * FROM print_job WHERE id = ?', [id]);
    return row === undefined ? undefined : toJob(row);
  }

  /** Newest first; times past the window show as the day even before the purge has run. */
  async recent(limit: number, policy: JobTimePolicy): Promise<PrintJob[]> {
    const rows = await this.db.all<Row>('SELECT * FROM print_job ORDER BY id DESC LIMIT ?', [limit]);
    const cutoff = this.windowStart(policy);
    return rows.map((row) => {
      const job = toJob(row);
      // Both times go as soon as the job's own time leaves the window: an update time alone would
      // still tell when the visitor stood at the kiosk.
      const shown = timeShown(job.createdAt, cutoff, policy.timeZone);
      return shown === job.createdAt ? job : { ...job, createdAt: shown, updatedAt: shown };
    });
  }

  private windowStart(policy: JobTimePolicy): Date {
    return new Date(this.clock.now().getTime() - policy.windowMs);
  }

  /**
   * Keeps the day only of every finished job older than the window, and deletes jobs older than
   * the retention. Runs at start and then on a timer, so a kiosk that runs for weeks forgets too.
   * Returns how many jobs lost their time.
   */
  async purge(policy: JobTimePolicy): Promise<number> {
    const cutoff = this.windowStart(policy);
    const oldest = new Date(this.clock.now().getTime() - JOB_RETENTION_DAYS * 86_400_000).toISOString();
    return this.db.transaction(async (tx) => {
      const rows = await tx.all<{ id: number; created_at: string }>(
        `SELECT id, created_at FROM print_job
         WHERE length(created_at) > 10 AND created_at < ? AND state NOT IN ('queued', 'sending')`,
        [cutoff.toISOString()],
      );
      for (const row of rows) {
        const day = timeShown(row.created_at, cutoff, policy.timeZone);
        await tx.run('UPDATE print_job SET created_at = ?, updated_at = ? WHERE id = ?', [day, day, row.id]);
      }
      await tx.run(`DELETE FROM print_job WHERE created_at < ? AND state NOT IN ('queued', 'sending')`, [oldest]);
      return rows.length;
    });
  }

  /**
   * At start: a job still queued or sending belonged to a run that stopped (crash, power cut). It
   * may or may not have printed, so it is marked `interrupted` — kept, never silently dropped,
   * and available to reprint. Old times and jobs are then purged (`purge`).
   */
  async recoverAfterRestart(policy: JobTimePolicy): Promise<number> {
    const result = await this.db.run(
      `UPDATE print_job SET state = 'interrupted', reason = 'the kiosk stopped during the job', updated_at = ?
       WHERE state IN ('queued', 'sending')`,
      [this.now()],
    );
    await this.purge(policy);
    return result.changes;
  }
}
