import { connect, type Socket } from 'node:net';

import { ByteInbox, LinkError, withLinkTimeout, type LinkFailure, type LinkOpener } from './link.js';

export interface TcpLinkConfig {
  readonly host: string;
  readonly port: number;
  readonly connectTimeoutMs: number;
  readonly idleTimeoutMs: number;
}

function failureOf(error: unknown): LinkFailure {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ECONNREFUSED') return 'refused';
  if (['EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'].includes(code)) return 'unreachable';
  return 'disconnected';
}

/**
 * Raw TCP to port 9100, one connection per job. Both a printer that never accepts (connect
 * timeout) and one that accepts and then stops reading (idle timeout) end the link.
 */
export function tcpLinkOpener(config: TcpLinkConfig): LinkOpener {
  return async ({ timeoutMs }) => {
    const inbox = new ByteInbox();
    const socket: Socket = connect({ host: config.host, port: config.port });
    socket.setNoDelay(true);
    let ended = false;
    const end = (error: LinkError): void => {
      if (ended) return;
      ended = true;
      inbox.fail(error);
      socket.destroy();
    };
    socket.on('data', (chunk: Buffer) => {
      inbox.push(chunk);
    });
    socket.on('error', (error) => {
      end(new LinkError(failureOf(error), `tcp ${config.host}:${config.port}: ${error.message}`));
    });
    socket.on('close', () => {
      end(new LinkError('disconnected', `tcp ${config.host}:${config.port}: connection closed`));
    });
    socket.setTimeout(config.idleTimeoutMs, () => {
      end(new LinkError('timeout', `tcp ${config.host}:${config.port}: idle for ${config.idleTimeoutMs} ms`));
    });

    await withLinkTimeout(
      new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('error', (error) => {
          reject(new LinkError(failureOf(error), `tcp ${config.host}:${config.port}: ${error.message}`));
        });
        socket.once('close', () => {
          reject(new LinkError('disconnected', `tcp ${config.host}:${config.port}: closed while connecting`));
        });
      }),
      Math.min(timeoutMs, config.connectTimeoutMs),
      `connecting to ${config.host}:${config.port}`,
      () => socket.destroy(),
    );

    return {
      inbox,
      write: (bytes) =>
        new Promise<void>((resolve, reject) => {
          if (ended) {
            reject(new LinkError('disconnected', 'the connection is closed'));
            return;
          }
          socket.write(bytes, (error) => {
            if (error === undefined || error === null) resolve();
            else reject(new LinkError('disconnected', error.message));
          });
        }),
      close: () =>
        new Promise<void>((resolve) => {
          if (socket.destroyed) {
            resolve();
            return;
          }
          socket.once('close', () => {
            resolve();
          });
          ended = true;
          socket.destroy();
        }),
    };
  };
}
