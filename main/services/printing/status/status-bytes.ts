import type { PrinterProblem, PrinterState } from '../../../contract/index.js';

/**
 * Every `DLE EOT n` reply has bits 1 and 4 set and bits 0 and 7 clear. Anything else on the line
 * is not a status reply — noise, a wrong baud rate, an echo — and must never be read as "ready".
 */
export function isStatusReply(byte: number): boolean {
  return (byte & 0x93) === 0x12;
}

/**
 * `GS r 1` replies (paper sensor status) keep bits 4 and 7 clear; told apart from `DLE EOT`
 * replies by that, since we never have both outstanding at once.
 */
export function isPaperStatusReply(byte: number): boolean {
  return (byte & 0x90) === 0x00;
}

/** The four real-time status bytes, for `DLE EOT 1`, `2`, `3` and `4` in that order. */
export interface StatusBytes {
  readonly printer: number;
  readonly offline: number;
  readonly error: number;
  readonly paper: number;
}

const bit = (byte: number, n: number): boolean => (byte & (1 << n)) !== 0;

/**
 * What the four bytes say, as the contract's problems. A printer with its cover open or out of
 * paper also reports itself offline; `offline` is listed only when nothing more precise explains
 * it, so staff see the cause to fix rather than its consequence.
 */
export function problemsFromStatus(status: StatusBytes): PrinterProblem[] {
  for (const byte of [status.printer, status.offline, status.error, status.paper]) {
    if (!isStatusReply(byte)) throw new RangeError(`0x${byte.toString(16)} is not a status reply`);
  }
  const problems: PrinterProblem[] = [];
  if (bit(status.offline, 2)) problems.push('cover_open');
  if (bit(status.paper, 5) || bit(status.paper, 6) || bit(status.offline, 5)) problems.push('paper_end');
  else if (bit(status.paper, 2) || bit(status.paper, 3)) problems.push('paper_near_end');
  if (bit(status.error, 3)) problems.push('cutter_error');
  if (bit(status.error, 5)) problems.push('unrecoverable_error');
  if (bit(status.error, 6)) problems.push('auto_recoverable_error');
  const explained = problems.some((p) => p !== 'paper_near_end');
  if (bit(status.printer, 3) && !explained) problems.push('offline');
  return problems;
}

/** Problems that stop printing; `paper_near_end` alone still prints. */
const BLOCKING: ReadonlySet<PrinterProblem> = new Set([
  'not_configured',
  'disconnected',
  'offline',
  'cover_open',
  'paper_end',
  'cutter_error',
  'unrecoverable_error',
  'auto_recoverable_error',
]);
const UNKNOWN: ReadonlySet<PrinterProblem> = new Set(['no_answer', 'status_not_available']);

export function isBlocking(problem: PrinterProblem): boolean {
  return BLOCKING.has(problem);
}

/** Never "ready" without an answer: silence and a missing status are "unknown". */
export function stateFromProblems(problems: readonly PrinterProblem[]): PrinterState {
  if (problems.some((p) => BLOCKING.has(p))) return 'not_ready';
  if (problems.some((p) => UNKNOWN.has(p))) return 'unknown';
  if (problems.includes('paper_near_end')) return 'warning';
  return 'ready';
}
