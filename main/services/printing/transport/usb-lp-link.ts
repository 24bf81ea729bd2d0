import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

import { ByteInbox, LinkError, withLinkTimeout, type LinkOpener } from './link.js';

const POLL_MS = 20;

function errno(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/**
 * A Linux USB printer-class device (`/dev/usb/lp0`), opened read+write so status replies come
 * back. Non-blocking on purpose: a blocking read on usblp waits in the kernel with no timeout and
 * would hold one of libuv's few pool threads for as long as the printer stays silent. Reads are
 * polled instead, and only while the link is open.
 */
export function usbLpLinkOpener(path: string): LinkOpener {
  return async ({ timeoutMs }) => {
    const inbox = new ByteInbox();
    let handle: FileHandle;
    try {
      handle = await withLinkTimeout(
        open(path, constants.O_RDWR | constants.O_NONBLOCK | constants.O_NOCTTY),
        timeoutMs,
        `opening ${path}`,
      );
    } catch (error) {
      if (error instanceof LinkError) throw error;
      const code = errno(error);
      throw new LinkError(code === 'EBUSY' ? 'busy' : 'unreachable', `${path}: ${code || String(error)}`);
    }
    let open_ = true;
    let handleClosed = false;
    const buffer = Buffer.alloc(64);
    const poll = async (): Promise<void> => {
      while (open_) {
        try {
          const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
          if (bytesRead > 0) inbox.push(buffer.subarray(0, bytesRead));
        } catch (error) {
          if (errno(error) !== 'EAGAIN') {
            open_ = false;
            inbox.fail(new LinkError('disconnected', `${path}: ${errno(error) || String(error)}`));
            return;
          }
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    };
    void poll();

    return {
      inbox,
      write: async (bytes) => {
        let offset = 0;
        while (offset < bytes.length) {
          if (!open_) throw new LinkError('disconnected', `${path} is closed`);
          try {
            const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, null);
            offset += bytesWritten;
          } catch (error) {
            // The printer's buffer is full: wait and offer the rest again. The job deadline bounds this.
            if (errno(error) !== 'EAGAIN') throw new LinkError('disconnected', `${path}: ${errno(error)}`);
            await new Promise((resolve) => setTimeout(resolve, POLL_MS));
          }
        }
      },
      close: async () => {
        open_ = false;
        if (handleClosed) return;
        handleClosed = true;
        await handle.close().catch(() => undefined);
      },
    };
  };
}
