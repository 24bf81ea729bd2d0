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

async function askOnce(link: PrinterLink, timeoutMs: number, signal?: AbortSignal): Promise<StatusBytes | undefined> {
  link.inbox.clear();
  await link.write(
    Uint8Array.from([...realTimeStatus(1), ...realTimeStatus(2), ...realTimeStatus(3), ...realTimeStatus(4)]),
  );
  const deadline = Date.now() + timeoutMs;
  const replies: number[] = [];
  while (replies.length < 4) {
    const byte = await link.inbox.next(isStatusReply, deadline - Date.now(), signal);
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
