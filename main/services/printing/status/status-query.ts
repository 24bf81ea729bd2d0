import type { PrinterProblem } from '../../../contract/index.js';
import { NUL, realTimeStatus } from '../escpos/commands.js';
import type { PrinterLink } from '../transport/link.js';

import { isStatusReply, problemsFromStatus, type StatusBytes } from './status-bytes.js';

export type StatusReading =
  | { readonly answered: true; readonly bytes: StatusBytes; readonly problems: PrinterProblem[] }
  | { readonly answered: false; readonly problems: PrinterProblem[] };

/**
 * A run of NULs long enough to complete the parameters of any command the printer may be stuck
 * in (a half-received `GS ( k` header, an `ESC t` without its number) without printing anything.
 */
const NUL_FLUSH = new Uint8Array(32).fill(NUL);

/**
 * How long the first status byte may take. A printer answers `DLE EOT` as it receives it, even
 * mid-job: at 9600 baud the 12-byte question and the first answer take about 14 ms on the wire,
 * so 450 ms is some thirty times what a slow but healthy printer needs. A silent or garbling printer
 * (noise never has the status pattern) is thus told within two tries and a flush, under 1.2 s,
 * whatever the site's `statusTimeoutMs`, which still bounds a whole answer once it has begun.
 */
export const FIRST_STATUS_BYTE_MS = 450;

async function askOnce(link: PrinterLink, timeoutMs: number, signal?: AbortSignal): Promise<StatusBytes | undefined> {
  link.inbox.clear();
  await link.write(
    Uint8Array.from([...realTimeStatus(1), ...realTimeStatus(2), ...realTimeStatus(3), ...realTimeStatus(4)]),
  );
  const start = Date.now();
  const deadline = start + timeoutMs;
  const firstByteDeadline = start + Math.min(timeoutMs, FIRST_STATUS_BYTE_MS);
  const replies: number[] = [];
  while (replies.length < 4) {
    const until = replies.length === 0 ? firstByteDeadline : deadline;
    const byte = await link.inbox.next(isStatusReply, until - Date.now(), signal);
    if (byte === undefined) return undefined;
    replies.push(byte);
  }
  const [printer = 0, offline = 0, error = 0, paper = 0] = replies;
  return { printer, offline, error, paper };
}

/**
 * `DLE EOT 1..4`, sent together and answered in order. Silence gets one second chance after a NUL
 * flush; still silence is `no_answer` — unknown, never ready. Only bytes with the status pattern
 * count, so noise on the line cannot pass for an answer.
 *
 * Callers only ask between jobs or after a job's last command: a `DLE EOT` that lands inside
 * another command's parameters would be taken as those parameters.
 */
export async function readStatus(link: PrinterLink, timeoutMs: number, signal?: AbortSignal): Promise<StatusReading> {
  let bytes = await askOnce(link, timeoutMs, signal);
  if (bytes === undefined) {
    await link.write(NUL_FLUSH);
    bytes = await askOnce(link, timeoutMs, signal);
  }
  if (bytes === undefined) return { answered: false, problems: ['no_answer'] };
  return { answered: true, bytes, problems: problemsFromStatus(bytes) };
}
