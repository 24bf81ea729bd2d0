import type { Language, PrintJobState } from '../../contract/index.js';
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

/** Jobs older than this are deleted at start: the table is a recent-jobs list, not an archive. */
export const JOB_RETENTION_DAYS = 30;

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

  async recent(limit: number): Promise<PrintJob[]> {
    const rows = await this.db.all<Row>('SELECT * FROM print_job ORDER BY id DESC LIMIT ?', [limit]);
    return rows.map(toJob);
  }

  /**
   * At start: a job still queued or sending belonged to a run that stopped (crash, power cut). It
   * may or may not have printed, so it is marked `interrupted` — kept, never silently dropped,
   * and available to reprint. Old jobs are removed in the same step.
   */
  async recoverAfterRestart(): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - JOB_RETENTION_DAYS * 86_400_000).toISOString();
    return this.db.transaction(async (tx) => {
      const result = await tx.run(
        `UPDATE print_job SET state = 'interrupted', reason = 'the kiosk stopped during the job', updated_at = ?
         WHERE state IN ('queued', 'sending')`,
        [this.now()],
      );
      await tx.run(`DELETE FROM print_job WHERE created_at < ? AND state <> 'queued' AND state <> 'sending'`, [cutoff]);
      return result.changes;
    });
  }
}
