import { SerialPort } from 'serialport';

import { ByteInbox, LinkError, withLinkTimeout, type LinkOpener } from './link.js';

export interface SerialLinkConfig {
  readonly path: string;
  readonly baudRate: number;
  readonly dataBits: 7 | 8;
  readonly stopBits: 1 | 2;
  readonly parity: 'none' | 'even' | 'odd';
  readonly flowControl: 'none' | 'rts-cts' | 'xon-xoff';
}

/** The part of a serialport stream the link uses; `SerialPortMock` has it too. */
export interface SerialPortLike {
  open(callback: (error: Error | null) => void): void;
  write(data: Buffer): boolean;
  drain(callback: (error: Error | null) => void): void;
  close(callback?: (error: Error | null) => void): void;
  readonly isOpen: boolean;
  on(event: 'data', listener: (chunk: Buffer) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'close', listener: (error?: Error | null) => void): unknown;
}

export interface SerialPortOptions {
  readonly path: string;
  readonly baudRate: number;
  readonly dataBits: 7 | 8;
  readonly stopBits: 1 | 2;
  readonly parity: 'none' | 'even' | 'odd';
  readonly rtscts: boolean;
  readonly xon: boolean;
  readonly xoff: boolean;
  readonly autoOpen: false;
}

export type SerialPortFactory = (options: SerialPortOptions) => SerialPortLike;

export const realSerialPort: SerialPortFactory = (options) => new SerialPort({ ...options });

/**
 * A serial or USB-serial printer through serialport 13. Flow control matters: without RTS/CTS (or
 * XON/XOFF) a printer whose buffer is full drops bytes in the middle of a slip.
 */
export function serialLinkOpener(config: SerialLinkConfig, factory: SerialPortFactory = realSerialPort): LinkOpener {
  return async ({ timeoutMs }) => {
    const inbox = new ByteInbox();
    const port = factory({
      path: config.path,
      baudRate: config.baudRate,
      dataBits: config.dataBits,
      stopBits: config.stopBits,
      parity: config.parity,
      rtscts: config.flowControl === 'rts-cts',
      xon: config.flowControl === 'xon-xoff',
      xoff: config.flowControl === 'xon-xoff',
      autoOpen: false,
    });
    let ended = false;
    port.on('data', (chunk) => {
      inbox.push(chunk);
    });
    port.on('error', (error) => {
      ended = true;
      inbox.fail(new LinkError('disconnected', `${config.path}: ${error.message}`));
    });
    port.on('close', () => {
      ended = true;
      inbox.fail(new LinkError('disconnected', `${config.path}: the port closed (unplugged?)`));
    });

    await withLinkTimeout(
      new Promise<void>((resolve, reject) => {
        port.open((error) => {
          if (error === null) resolve();
          else {
            const busy = /busy|lock/i.test(error.message);
            reject(new LinkError(busy ? 'busy' : 'unreachable', `${config.path}: ${error.message}`));
          }
        });
      }),
      timeoutMs,
      `opening ${config.path}`,
      () => {
        if (port.isOpen) port.close();
      },
    );

    return {
      inbox,
      write: (bytes) =>
        new Promise<void>((resolve, reject) => {
          if (ended) {
            reject(new LinkError('disconnected', `${config.path} is closed`));
            return;
          }
          port.write(Buffer.from(bytes));
          port.drain((error) => {
            if (error === null) resolve();
            else reject(new LinkError('disconnected', `${config.path}: ${error.message}`));
          });
        }),
      close: () =>
        new Promise<void>((resolve) => {
          ended = true;
          if (!port.isOpen) {
            resolve();
            return;
          }
          port.close(() => {
            resolve();
          });
        }),
    };
  };
}
