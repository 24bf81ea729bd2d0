import { isAppUrl } from './app-origin.js';

/** The parts of Electron's `WebFrameMain` the policy needs; tests pass forged ones. */
export interface FrameLike {
  readonly url: string;
  readonly parent: unknown;
}

export type SenderVerdict = { trusted: true } | { trusted: false; reason: 'no-frame' | 'sub-frame' | 'foreign-origin' };

/**
 * An IPC call is served only when it comes from our own page in the top frame. A sub-frame (an
 * embedded page, even of our origin) or any other origin is refused, as is a frame that is gone
 * (Electron gives `null` when the frame navigated or was destroyed before the call arrived).
 */
export function checkSender(frame: FrameLike | null | undefined): SenderVerdict {
  if (frame === null || frame === undefined) return { trusted: false, reason: 'no-frame' };
  if (frame.parent !== null) return { trusted: false, reason: 'sub-frame' };
  if (!isAppUrl(frame.url)) return { trusted: false, reason: 'foreign-origin' };
  return { trusted: true };
}
