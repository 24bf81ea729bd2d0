// One HTTP(S) request that can neither hang nor flood: a single deadline bounds connect, headers
// and body together (a socket idle timeout restarts with every byte, so a server that drips its
// answer would never trip it), and only the first `maxBodyBytes` of the body are kept. Used by the
// network check and the KoboToolbox client, which must both tell a real answer from a portal page.
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface BoundedRequest {
  readonly method: 'GET' | 'HEAD' | 'POST';
  readonly headers: Record<string, string>;
  readonly body?: Buffer;
  readonly timeoutMs: number;
  /** The most of the body kept; the rest is read and dropped so the connection can close. */
  readonly maxBodyBytes: number;
  readonly signal?: AbortSignal | undefined;
}

export interface BoundedAnswer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  /** At most `maxBodyBytes` of the body, as UTF-8. */
  readonly body: string;
  readonly elapsedMs: number;
}

/** The deadline passed before the whole answer came. */
export class RequestTimeout extends Error {}

/** Resolves with the answer, whatever its status; rejects on a network error, abort or deadline. */
export function boundedRequest(url: URL, options: BoundedRequest): Promise<BoundedAnswer> {
  const started = performance.now();
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, { method: options.method, headers: options.headers, signal: options.signal }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        if (size < options.maxBodyBytes) chunks.push(chunk);
        size += chunk.length;
      });
      res.on('end', () => {
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).subarray(0, options.maxBodyBytes).toString('utf8'),
          elapsedMs: performance.now() - started,
        });
      });
      res.on('error', reject);
    });
    const deadline = setTimeout(() => {
      req.destroy(new RequestTimeout(`no complete answer within ${String(options.timeoutMs)} ms`));
    }, options.timeoutMs);
    deadline.unref();
    req.on('close', () => {
      clearTimeout(deadline);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}
