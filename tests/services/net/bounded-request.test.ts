import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterEach, describe, expect, it } from 'vitest';

import { boundedRequest, RequestTimeout } from '../../../main/services/net/bounded-request.js';

const servers: Server[] = [];
const timers: NodeJS.Timeout[] = [];

async function serve(handler: (res: ServerResponse) => void): Promise<URL> {
  const server = createServer((_req, res) => {
    handler(res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return new URL(`http://127.0.0.1:${String((server.address() as AddressInfo).port)}/`);
}

afterEach(async () => {
  for (const timer of timers.splice(0)) clearInterval(timer);
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => {
            resolve();
          });
        }),
    ),
  );
});

const GET = { method: 'GET', headers: {}, timeoutMs: 1000, maxBodyBytes: 16 } as const;

describe('bounded HTTP request', () => {
  it('returns status, headers and the body', async () => {
    const url = await serve((res) => {
      res.writeHead(201, { 'X-Thing': 'yes' }).end('created');
    });
    const answer = await boundedRequest(url, GET);
    expect(answer).toMatchObject({ status: 201, body: 'created' });
    expect(answer.headers['x-thing']).toBe('yes');
  });

  it('keeps only the first bytes of a large body, yet reads it to the end', async () => {
    const url = await serve((res) => {
      res.end('x'.repeat(1_000_000));
    });
    const answer = await boundedRequest(url, GET);
    expect(answer.body).toBe('x'.repeat(16));
  });

  it('gives up on a server that drips its answer a byte at a time, which an idle timeout would not', async () => {
    const url = await serve((res) => {
      res.writeHead(200);
      // A byte every 50 ms: the socket is never idle for the 1,000 ms the request allows.
      timers.push(
        setInterval(() => {
          res.write('.');
        }, 50),
      );
    });
    await expect(boundedRequest(url, GET)).rejects.toBeInstanceOf(RequestTimeout);
  });

  it('gives up on a server that never answers', async () => {
    const url = await serve(() => undefined);
    await expect(boundedRequest(url, { ...GET, timeoutMs: 300 })).rejects.toThrow(/within 300 ms/);
  });

  it('rejects, without a timeout, when nothing listens', async () => {
    const url = await serve((res) => res.end());
    await new Promise<void>((resolve) =>
      servers.pop()?.close(() => {
        resolve();
      }),
    );
    const error: unknown = await boundedRequest(url, GET).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(RequestTimeout);
  });
});
