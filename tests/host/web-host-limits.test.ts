// Connection hygiene of the web host over real TCP on 127.0.0.1: a cap on event streams, and
// slow-header sockets closed within the stated headers timeout.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { MAX_EVENT_STREAMS, startWebHost, type WebHost } from '../../main/host/web-host.js';
import { startKiosk, type KioskFixture } from '../support/kiosk-fixture.js';

const HEADERS_TIMEOUT_MS = 400;

let kiosk: KioskFixture;
let host: WebHost;

beforeAll(async () => {
  kiosk = await startKiosk({ hostKind: 'web' });
  const rendererDir = await mkdtemp(join(tmpdir(), 'kiosk-renderer-'));
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>kiosk</title>');
  host = await startWebHost({
    services: kiosk.services,
    port: 0,
    rendererDir,
    logger: kiosk.logger,
    headersTimeoutMs: HEADERS_TIMEOUT_MS,
  });
});

afterAll(async () => {
  await host.close();
  await kiosk.dispose();
});

function open(): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(host.port, '127.0.0.1', () => {
      resolve(socket);
    });
    socket.once('error', reject);
  });
}

/** Sends a GET /api/events and resolves with the status line once it arrives. */
async function eventStream(): Promise<{ socket: Socket; status: number }> {
  const socket = await open();
  socket.write(`GET /api/events HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n\r\n`);
  const status = await new Promise<number>((resolve, reject) => {
    let text = '';
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
      const match = /^HTTP\/1\.1 (\d{3})/.exec(text);
      if (match?.[1] !== undefined) resolve(Number(match[1]));
    });
    socket.once('error', reject);
    socket.once('close', () => {
      reject(new Error(`closed before a status line: ${text}`));
    });
  });
  return { socket, status };
}

function closed(socket: Socket): Promise<void> {
  return new Promise((resolve) => {
    if (socket.destroyed) resolve();
    else
      socket.once('close', () => {
        resolve();
      });
  });
}

describe('event streams', () => {
  it(`accepts ${MAX_EVENT_STREAMS} at once, answers 503 to more, and takes one again when one closes`, async () => {
    const streams = await Promise.all(Array.from({ length: MAX_EVENT_STREAMS }, () => eventStream()));
    expect(streams.map((s) => s.status)).toEqual(Array.from({ length: MAX_EVENT_STREAMS }, () => 200));

    const extra = await Promise.all([eventStream(), eventStream()]);
    expect(extra.map((s) => s.status)).toEqual([503, 503]);
    for (const s of extra) s.socket.destroy();

    const [first, ...rest] = streams;
    if (first === undefined) throw new Error('no stream opened');
    first.socket.destroy();
    await closed(first.socket);
    // The host sees the close a moment later (no event tells a client when): a bounded retry.
    let again = await eventStream();
    for (let tries = 0; again.status === 503 && tries < 100; tries += 1) {
      again.socket.destroy();
      await new Promise((resolve) => setTimeout(resolve, 20));
      again = await eventStream();
    }
    expect(again.status).toBe(200);
    for (const s of [...rest, again]) s.socket.destroy();
  });
});

describe('slow headers', () => {
  it('answers 408 and closes a socket whose headers never end, within the headers timeout', async () => {
    const socket = await open();
    let answer = '';
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString('latin1');
    });
    // A request line and one header, then silence: the headers never end.
    socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n`);
    // Without a sweep faster than Node's default 30 s the socket would still be open long after this.
    const deadline = new Promise<'open'>((resolve) =>
      setTimeout(() => {
        resolve('open');
      }, HEADERS_TIMEOUT_MS * 5),
    );
    const outcome = await Promise.race([closed(socket).then(() => 'closed' as const), deadline]);
    socket.destroy();
    expect(outcome).toBe('closed');
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  });
});
