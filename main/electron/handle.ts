import { err, isMethodName, type Result } from '../contract/index.js';
import type { Dispatcher } from '../services/dispatch.js';
import type { Logger } from '../services/logger.js';

import { checkSender, type FrameLike } from './sender-policy.js';

/** The part of Electron's `IpcMainInvokeEvent` the wrapper reads. */
export interface InvokeEventLike {
  readonly senderFrame: FrameLike | null;
}

/**
 * The only IPC handler of the app. In order: the method is one of the contract's, the sender is our
 * own top frame, then the dispatcher parses the payload and calls the service. There is no bare
 * `ipcMain.handle` anywhere else, so no call can skip a check.
 */
export function createInvokeHandler(
  dispatch: Dispatcher,
  logger: Logger,
): (event: InvokeEventLike, method: unknown, payload: unknown) => Promise<Result<unknown>> {
  return async (event, method, payload) => {
    if (!isMethodName(method)) {
      return err('UNKNOWN_METHOD', typeof method === 'string' ? method.slice(0, 64) : undefined);
    }
    let frame: FrameLike | null;
    try {
      // Reading senderFrame can throw when the frame was destroyed mid-call.
      frame = event.senderFrame;
    } catch {
      frame = null;
    }
    const verdict = checkSender(frame);
    if (!verdict.trusted) {
      logger.warn('ipc_sender_refused', { method, reason: verdict.reason });
      return err('FORBIDDEN_SENDER');
    }
    return dispatch(method, payload);
  };
}

/**
 * The heartbeat channel's listener (`ipcMain.on`, no answer): a beat counts only from our own top
 * frame, so no other page can keep a hung kiosk looking alive. Refusals are not logged one by
 * one: a foreign page could send thousands.
 */
export function createHeartbeatHandler(onBeat: () => void): (event: InvokeEventLike) => boolean {
  return (event) => {
    let frame: FrameLike | null;
    try {
      frame = event.senderFrame;
    } catch {
      frame = null;
    }
    if (!checkSender(frame).trusted) return false;
    onBeat();
    return true;
  };
}
