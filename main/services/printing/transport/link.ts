/**
 * A connection to a printer that can carry bytes both ways (serial, TCP, USB printer class). One
 * link serves one job or one status read and is then closed: a link left open across jobs would
 * outlive an unplugged cable or a rebooted printer without noticing.
 */
export interface PrinterLink {
  /** Resolves once the bytes have left (drained to the device or the socket). */
  write(bytes: Uint8Array): Promise<void>;
  readonly inbox: ByteInbox;
  /** Idempotent; never rejects. */
  close(): Promise<void>;
}

export type LinkFailure = 'refused' | 'unreachable' | 'timeout' | 'disconnected' | 'busy';

export class LinkError extends Error {
  constructor(
    readonly failure: LinkFailure,
    message: string,
  ) {
    super(message);
    this.name = 'LinkError';
  }
}

export interface OpenLinkOptions {
  /** Opening gives up after this long (a TCP connect, a serial open on a hung driver). */
  readonly timeoutMs: number;
}

export type LinkOpener = (options: OpenLinkOptions) => Promise<PrinterLink>;

/**
 * Bytes received from a printer, waited on with a timeout. Everything that waits here ends: with
 * a byte, with `undefined` after the timeout, or with a LinkError when the link closes.
 */
export class ByteInbox {
  private readonly bytes: number[] = [];
  private closedWith: LinkError | undefined;
  private readonly waiters = new Set<() => void>();

  push(chunk: Uint8Array): void {
    for (const byte of chunk) this.bytes.push(byte);
    this.wake();
  }

  /** The link ended: pending and later waits fail with `error`. */
  fail(error: LinkError): void {
    this.closedWith ??= error;
    this.wake();
  }

  clear(): void {
    this.bytes.length = 0;
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  /**
   * The next byte that `accept` takes; bytes it rejects are dropped (noise, a reply to an earlier
   * question). Undefined after `timeoutMs` without one.
   */
  next(accept: (byte: number) => boolean, timeoutMs: number, signal?: AbortSignal): Promise<number | undefined> {
    return new Promise((resolve, reject) => {
      // Assigned below, once `check` exists; `finish` may run before that (an already aborted signal).
      // eslint-disable-next-line prefer-const -- assigned after the closures that clear it
      let timer: ReturnType<typeof setTimeout> | undefined;
      const finish = (): void => {
        clearTimeout(timer);
        this.waiters.delete(check);
        signal?.removeEventListener('abort', onAbort);
      };
      const onAbort = (): void => {
        finish();
        reject(new LinkError('timeout', 'the print timeout ran out'));
      };
      const check = (): void => {
        while (this.bytes.length > 0) {
          const byte = this.bytes.shift() ?? 0;
          if (accept(byte)) {
            finish();
            resolve(byte);
            return;
          }
        }
        if (this.closedWith !== undefined) {
          finish();
          reject(this.closedWith);
        }
      };
      if (signal?.aborted === true) {
        onAbort();
        return;
      }
      signal?.addEventListener('abort', onAbort, { once: true });
      timer = setTimeout(
        () => {
          finish();
          resolve(undefined);
        },
        Math.max(0, timeoutMs),
      );
      this.waiters.add(check);
      check();
    });
  }
}

/** Rejects with a LinkError('timeout') if `work` takes longer than `ms`; `onTimeout` cleans up. */
export function withLinkTimeout<T>(work: Promise<T>, ms: number, what: string, onTimeout?: () => void): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => {
        onTimeout?.();
        reject(new LinkError('timeout', `${what} took over ${ms} ms`));
      },
      Math.max(0, ms),
    );
  });
  return Promise.race([work, timeout]).finally(() => {
    clearTimeout(timer);
  });
}
