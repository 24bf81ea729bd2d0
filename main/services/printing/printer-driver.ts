import type { PrinterProblem } from '../../contract/index.js';

import { RECOVER_CLEARING_BUFFERS } from './escpos/commands.js';
import { readStatus, type StatusReading } from './status/status-query.js';
import { isBlocking, isPaperStatusReply } from './status/status-bytes.js';
import { LinkError, type LinkOpener, type PrinterLink } from './transport/link.js';

export type PrintAttempt =
  | { readonly printed: true; readonly problems: PrinterProblem[] }
  | { readonly printed: false; readonly problems: PrinterProblem[]; readonly reason: string };

export interface PrintRequest {
  readonly bytes: Uint8Array;
  /** How long the printer may take to acknowledge after the last byte left (wire + paper + margin). */
  readonly ackTimeoutMs: number;
  /** Aborted when the job's time is up: every wait ends and the link closes. */
  readonly signal: AbortSignal;
}

/** One ESC/POS printer that talks back (serial, TCP, USB): status, jobs and recovery. */
export interface EscPosDriver {
  readStatus(timeoutMs: number): Promise<StatusReading>;
  print(request: PrintRequest): Promise<PrintAttempt>;
  recover(timeoutMs: number): Promise<StatusReading>;
}

export interface EscPosDriverOptions {
  readonly open: LinkOpener;
  readonly statusTimeoutMs: number;
  readonly openTimeoutMs: number;
  /** False for printers that never answer DLE EOT: jobs are sent and counted as printed unconfirmed. */
  readonly status: boolean;
}

function linkProblem(error: unknown): PrintAttempt {
  if (error instanceof LinkError) {
    const problem: PrinterProblem = error.failure === 'timeout' ? 'no_answer' : 'disconnected';
    return { printed: false, problems: [problem], reason: `${error.failure}: ${error.message}` };
  }
  return { printed: false, problems: ['disconnected'], reason: error instanceof Error ? error.message : String(error) };
}

/** How often a waiting job checks that the line is still there. */
const PROBE_MS = 500;

/**
 * Waits for the `GS r 1` answer. A serial port whose adapter is pulled, or a pseudo-terminal whose
 * other end is gone, reports nothing to a reader: only a write fails. So while waiting, one NUL
 * byte (ignored by the printer, and sent only after the job's last complete command) goes out
 * every half second, and a failed write ends the wait as `disconnected` at once.
 */
async function awaitAcknowledgement(
  link: PrinterLink,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<number | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) return undefined;
    const byte = await link.inbox.next(isPaperStatusReply, Math.min(PROBE_MS, left), signal);
    if (byte !== undefined) return byte;
    if (deadline - Date.now() > 0) await link.write(Uint8Array.of(0));
  }
}

export function createEscPosDriver(options: EscPosDriverOptions): EscPosDriver {
  const { open, statusTimeoutMs } = options;

  async function withLink<T>(work: (link: PrinterLink) => Promise<T>, signal?: AbortSignal): Promise<T> {
    const link = await open({ timeoutMs: options.openTimeoutMs });
    const onAbort = (): void => {
      void link.close();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      return await work(link);
    } finally {
      signal?.removeEventListener('abort', onAbort);
      await link.close();
    }
  }

  const statusVia = async (work: (link: PrinterLink) => Promise<StatusReading>): Promise<StatusReading> => {
    try {
      return await withLink(work);
    } catch (error) {
      return { answered: false, problems: linkProblem(error).problems };
    }
  };

  return {
    readStatus: (timeoutMs) => statusVia((link) => readStatus(link, timeoutMs)),

    recover: (timeoutMs) =>
      statusVia(async (link) => {
        await link.write(Uint8Array.from(RECOVER_CLEARING_BUFFERS));
        return readStatus(link, timeoutMs);
      }),

    async print({ bytes, ackTimeoutMs, signal }) {
      try {
        return await withLink(async (link) => {
          if (options.status) {
            const before = await readStatus(link, statusTimeoutMs, signal);
            if (!before.answered) return { printed: false, problems: before.problems, reason: 'no status answer' };
            const blocking = before.problems.filter(isBlocking);
            if (blocking.length > 0) return { printed: false, problems: before.problems, reason: blocking.join(',') };
          }
          link.inbox.clear();
          await link.write(bytes);
          if (!options.status) return { printed: true, problems: ['status_not_available'] };
          // The job ends with GS r 1: its answer comes only once everything before it has printed.
          const ack = await awaitAcknowledgement(link, ackTimeoutMs, signal);
          if (ack !== undefined) {
            return { printed: true, problems: (ack & 0x03) !== 0 ? ['paper_near_end'] : [] };
          }
          // No acknowledgement: ask why (paper ran out mid-slip, cover opened). The job's last
          // command is complete, so a DLE EOT now cannot land inside another command.
          const after = await readStatus(link, statusTimeoutMs, signal);
          const problems = after.problems.filter((p) => p !== 'paper_near_end');
          return {
            printed: false,
            problems: problems.length > 0 ? after.problems : ['no_answer'],
            reason: 'no acknowledgement',
          };
        }, signal);
      } catch (error) {
        if (signal.aborted)
          return { printed: false, problems: ['no_answer'], reason: 'timeout: the print timeout ran out' };
        return linkProblem(error);
      }
    },
  };
}
