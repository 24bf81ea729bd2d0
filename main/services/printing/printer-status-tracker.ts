import type { PrinterProblem, PrinterStatus } from '../../contract/index.js';
import type { Clock } from '../clock.js';
import type { PrintersConfig } from '../config/index.js';
import type { EventBus } from '../event-bus.js';
import type { Logger } from '../logger.js';

import type { PrinterRuntime, RuntimeAttempt } from './printer-runtime.js';
import { stateFromProblems } from './status/status-bytes.js';

export interface StatusTrackerOptions {
  readonly events: EventBus;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly current: () => { printers: PrintersConfig; runtime: PrinterRuntime } | undefined;
}

/**
 * The printer's last known status, and the one line of work at a time that talks to it: jobs,
 * status reads and recovery share a printer, and a status read slipped between a job's bytes
 * would land inside a command. Every change is published as a `printerStatus` event.
 */
export class PrinterStatusTracker {
  private last: PrinterStatus;
  private tail: Promise<unknown> = Promise.resolve();
  private busy = 0;
  private closed = false;

  constructor(private readonly options: StatusTrackerOptions) {
    this.last = this.compose([], null);
  }

  private compose(problems: readonly PrinterProblem[], checkedAt: string | null): PrinterStatus {
    const active = this.options.current();
    if (active === undefined) {
      return { printer: null, transport: 'none', state: 'not_ready', problems: ['not_configured'], checkedAt };
    }
    const unique = [...new Set(problems)];
    // Never read yet: unknown, not "ready" for want of bad news.
    const neverRead = checkedAt === null && active.runtime.talksBack;
    return {
      printer: active.runtime.config.id,
      transport: active.runtime.config.transport.kind,
      state: neverRead ? 'unknown' : stateFromProblems(unique),
      problems: unique,
      checkedAt,
    };
  }

  /** Records a status and emits `printerStatus` when anything but the time changed. */
  set({ problems }: { problems: readonly PrinterProblem[] }): PrinterStatus {
    const next = this.compose(problems, this.options.clock.now().toISOString());
    const changed =
      next.state !== this.last.state ||
      next.printer !== this.last.printer ||
      next.transport !== this.last.transport ||
      next.problems.join() !== this.last.problems.join();
    this.last = next;
    if (changed) {
      this.options.logger.info('printer_status', { state: next.state, problems: next.problems.join(',') });
      this.options.events.emit({ type: 'printerStatus', status: { ...next, problems: [...next.problems] } });
    }
    return next;
  }

  afterJob(attempt: RuntimeAttempt): void {
    this.set({ problems: attempt.problems });
  }

  /** Runs `work` when the printer is free; work queued behind a job waits for it. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    this.busy += 1;
    const result = this.tail.then(work);
    this.tail = result
      .catch(() => undefined)
      .finally(() => {
        this.busy -= 1;
      });
    return result;
  }

  async read(refresh: boolean): Promise<PrinterStatus> {
    const active = this.options.current();
    if (active === undefined) return this.set({ problems: ['not_configured'] });
    const { runtime, printers } = active;
    if (!runtime.talksBack) return this.set({ problems: await runtime.readStatus(0) });
    // A status read waits for no job: during one, the job's own answer is the freshest news.
    if (!refresh || this.busy > 0 || this.closed) {
      return this.last.printer === runtime.config.id ? this.last : this.compose(this.last.problems, null);
    }
    const problems = await this.exclusive(() => runtime.readStatus(printers.statusTimeoutMs));
    return this.set({ problems });
  }

  async recover(): Promise<PrinterStatus> {
    const active = this.options.current();
    if (active === undefined) return this.set({ problems: ['not_configured'] });
    const problems = await this.exclusive(() => active.runtime.recover(active.printers.statusTimeoutMs));
    return this.set({ problems });
  }

  /** Reads an idle printer's status every `intervalMs`; returns the function that stops it. */
  startPolling(intervalMs: number): () => void {
    if (intervalMs <= 0) return () => undefined;
    const timer = setInterval(() => {
      if (this.busy === 0 && !this.closed) void this.read(true).catch(() => undefined);
    }, intervalMs);
    timer.unref();
    return () => {
      clearInterval(timer);
    };
  }

  /** No new status reads; resolves once the work already queued has ended. */
  async close(): Promise<void> {
    this.closed = true;
    await this.tail;
  }
}
