import type { IncomingMessage } from 'node:http';

export type BodyRead =
  { kind: 'ok'; value: unknown } | { kind: 'too_large' } | { kind: 'invalid_json' } | { kind: 'aborted' };

/**
 * Reads a JSON body with a size cap and a deadline: a slow or endless upload cannot hold a socket
 * or fill memory. An empty body counts as `{}` (methods without arguments).
 */
export function readJsonBody(request: IncomingMessage, maxBytes: number, timeoutMs: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (result: BodyRead): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const timer = setTimeout(() => {
      finish({ kind: 'aborted' });
      request.destroy();
    }, timeoutMs);
    const declared = Number(request.headers['content-length'] ?? '0');
    if (Number.isFinite(declared) && declared > maxBytes) {
      finish({ kind: 'too_large' });
      request.resume();
      return;
    }
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        finish({ kind: 'too_large' });
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') {
        finish({ kind: 'ok', value: {} });
        return;
      }
      try {
        finish({ kind: 'ok', value: JSON.parse(text) as unknown });
      } catch {
        finish({ kind: 'invalid_json' });
      }
    });
    request.on('error', () => {
      finish({ kind: 'aborted' });
    });
    request.on('close', () => {
      finish({ kind: 'aborted' });
    });
  });
}
