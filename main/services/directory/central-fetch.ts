import type { CentralSyncReason } from '../../contract/index.js';
import { boundedRequest, RequestTimeout } from '../net/bounded-request.js';

/** A directory of a few hundred services is well under 1 MB; 5 MB leaves room and still bounds memory. */
export const MAX_CENTRAL_BYTES = 5 * 1024 * 1024;

export type CentralAnswer =
  | { readonly kind: 'document'; readonly text: string; readonly etag: string | null }
  | { readonly kind: 'unchanged'; readonly etag: string | null }
  | { readonly kind: 'failed'; readonly reason: CentralSyncReason; readonly detail: string | null };

export interface CentralRequest {
  readonly url: string;
  /** The ETag of the copy in use, sent as `If-None-Match` so an unchanged document costs a 304. */
  readonly etag: string | null;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
}

const etagOf = (value: string | string[] | undefined): string | null =>
  typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : null;

/**
 * One GET with the shared bounded request: a single deadline over connect, headers and body (a
 * source that accepts and never answers, or drips, ends as `timeout`), and a body cap. Redirects
 * are not followed: the directory comes from the address in `directory.json`, or not at all.
 */
export async function fetchCentral(request: CentralRequest): Promise<CentralAnswer> {
  const headers: Record<string, string> = { Accept: 'application/json', 'User-Agent': 'RedSafe-PAR-kiosk' };
  if (request.etag !== null) headers['If-None-Match'] = request.etag;
  let answer;
  try {
    answer = await boundedRequest(new URL(request.url), {
      method: 'GET',
      headers,
      timeoutMs: request.timeoutMs,
      // One byte over the cap tells a document of exactly the cap from a longer one.
      maxBodyBytes: MAX_CENTRAL_BYTES + 1,
      signal: request.signal,
    });
  } catch (error) {
    return { kind: 'failed', reason: error instanceof RequestTimeout ? 'timeout' : 'unreachable', detail: null };
  }
  const etag = etagOf(answer.headers.etag);
  if (answer.status === 304) return { kind: 'unchanged', etag: etag ?? request.etag };
  if (answer.status !== 200) return { kind: 'failed', reason: 'http_status', detail: String(answer.status) };
  if (Buffer.byteLength(answer.body, 'utf8') > MAX_CENTRAL_BYTES) {
    return { kind: 'failed', reason: 'too_large', detail: null };
  }
  return { kind: 'document', text: answer.body, etag };
}
