// A central directory source on 127.0.0.1 for the sync tests: a real HTTP server whose answer the
// test sets (a document with an ETag, a broken one, or none at all), and which records what the
// kiosk sent, so a test can tell a 304 from a download by the request itself.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type SourceReply =
  | { readonly kind: 'document'; readonly body: string; readonly etag?: string }
  | { readonly kind: 'status'; readonly status: number }
  /** Takes the request and never answers, like a source behind a stalled proxy. */
  | { readonly kind: 'silent' };

export interface CentralSourceServer {
  readonly url: string;
  reply(next: SourceReply): void;
  /** The `If-None-Match` of each request so far, in order (null when none was sent). */
  readonly requests: (string | null)[];
  close(): Promise<void>;
}

export async function startCentralSource(): Promise<CentralSourceServer> {
  let current: SourceReply = { kind: 'status', status: 503 };
  const requests: (string | null)[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const sent = req.headers['if-none-match'];
    requests.push(typeof sent === 'string' ? sent : null);
    const reply = current;
    switch (reply.kind) {
      case 'silent':
        return;
      case 'status':
        res.writeHead(reply.status).end();
        return;
      case 'document':
        // A conditional request for the document's own ETag gets the 304 a real server sends.
        if (reply.etag !== undefined && sent === reply.etag) {
          res.writeHead(304, { ETag: reply.etag }).end();
          return;
        }
        res
          .writeHead(200, {
            'Content-Type': 'application/json; charset=utf-8',
            ...(reply.etag === undefined ? {} : { ETag: reply.etag }),
          })
          .end(reply.body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}/directorio/par.json?key=secret`,
    reply: (next) => {
      current = next;
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
