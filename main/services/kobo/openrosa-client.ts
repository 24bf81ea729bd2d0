import { randomBytes } from 'node:crypto';

import type { KoboCredential, KoboProblem } from '../../contract/index.js';
import { boundedRequest, RequestTimeout, type BoundedAnswer } from '../net/bounded-request.js';

/** Enough of an answer to tell an OpenRosa reply from a portal's page; never a download. */
const MAX_BODY_BYTES = 64 * 1024;

export interface OpenRosaTarget {
  /** The server's base address (kobo.json `serverUrl`). */
  readonly serverUrl: string;
  readonly credential: KoboCredential;
  readonly timeoutMs: number;
  /** The `Date` header: the kiosk's clock, so tests can fix it. */
  readonly now: Date;
  readonly signal?: AbortSignal;
}

/** What an attempt came to: accepted, or a problem and whether trying again later may help. */
export type SendResult =
  | { readonly kind: 'accepted'; readonly status: number }
  | { readonly kind: 'retry'; readonly status: number | null; readonly problem: KoboProblem }
  | { readonly kind: 'stop'; readonly status: number | null; readonly problem: KoboProblem };

type Answer = Pick<BoundedAnswer, 'status' | 'headers' | 'body'>;

/** The submission endpoint for the credential; the collector token is part of the path. */
export function submissionUrl(serverUrl: string, credential: KoboCredential): URL {
  const base = serverUrl.endsWith('/') ? serverUrl : `${serverUrl}/`;
  return credential.kind === 'collector-token'
    ? new URL(`collector/${encodeURIComponent(credential.token)}/submission`, base)
    : new URL('submission', base);
}

/** Basic auth for an account; a collector token needs none (it is in the path). */
export function authHeaders(credential: KoboCredential): Record<string, string> {
  if (credential.kind === 'collector-token') return {};
  const basic = Buffer.from(`${credential.username}:${credential.password}`, 'utf8').toString('base64');
  return { Authorization: `Basic ${basic}` };
}

/** One request with the client's deadline and body cap. */
function exchange(
  url: URL,
  options: { method: 'HEAD' | 'POST'; headers: Record<string, string>; body?: Buffer },
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<Answer> {
  return boundedRequest(url, { ...options, timeoutMs, maxBodyBytes: MAX_BODY_BYTES, signal });
}

/** A portal or proxy page: HTML where OpenRosa answers XML or nothing. */
function looksLikeHtml(answer: Answer): boolean {
  const type = answer.headers['content-type'] ?? '';
  return /text\/html/i.test(type) || /^\s*<(!doctype html|html)/i.test(answer.body);
}

/** What a status means for the outbox; shared by HEAD and POST. */
function classify(answer: Answer): SendResult | undefined {
  const { status } = answer;
  if (status === 401 || status === 403) return { kind: 'stop', status, problem: 'credential_rejected' };
  if (status === 413) return { kind: 'stop', status, problem: 'too_large' };
  if (status >= 500) return { kind: 'retry', status, problem: 'server_error' };
  // 200 is never success here: captive portals and proxies answer 200 with their own page.
  if (status === 200 || (status >= 200 && status < 300 && looksLikeHtml(answer))) {
    return { kind: 'retry', status, problem: 'captive_portal' };
  }
  if (status >= 300 && status < 400) return { kind: 'retry', status, problem: 'captive_portal' };
  if (status >= 400) return { kind: 'stop', status, problem: 'form_rejected' };
  return undefined;
}

function multipart(xml: string): { body: Buffer; contentType: string } {
  const boundary = `----redsafe-par-${randomBytes(12).toString('hex')}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\n` +
        'Content-Disposition: form-data; name="xml_submission_file"; filename="submission.xml"\r\n' +
        'Content-Type: text/xml; charset=utf-8\r\n\r\n',
      'utf8',
    ),
    Buffer.from(xml, 'utf8'),
    Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8'),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

/**
 * OpenRosa form submission: HEAD first (credential, server and size limit checked without sending
 * the data), then one POST with exactly one part, `xml_submission_file`. Only 201 and 202 count as
 * accepted. The credential never appears in what this returns.
 */
export async function submitInstance(target: OpenRosaTarget, xml: string): Promise<SendResult> {
  const url = submissionUrl(target.serverUrl, target.credential);
  const common = {
    'X-OpenRosa-Version': '1.0',
    Date: target.now.toUTCString(),
    'User-Agent': 'RedSafe-PAR-kiosk',
    ...authHeaders(target.credential),
  };
  try {
    const head = await exchange(url, { method: 'HEAD', headers: common }, target.timeoutMs, target.signal);
    const headProblem = classify(head);
    if (headProblem !== undefined) return headProblem;
    if (head.headers['x-openrosa-version'] === undefined) {
      // Something answered, but not an OpenRosa server: a proxy or a portal that lets HEAD through.
      return { kind: 'retry', status: head.status, problem: 'captive_portal' };
    }
    const { body, contentType } = multipart(xml);
    const limit = Number(head.headers['x-openrosa-accept-content-length']);
    if (Number.isFinite(limit) && limit > 0 && body.length > limit) {
      return { kind: 'stop', status: null, problem: 'too_large' };
    }
    const post = await exchange(
      // HEAD's `Location` is not followed: the credential goes only where kobo.json points, and
      // KoboToolbox names the same endpoint there anyway.
      url,
      {
        method: 'POST',
        headers: { ...common, 'Content-Type': contentType, 'Content-Length': String(body.length) },
        body,
      },
      target.timeoutMs,
      target.signal,
    );
    if (post.status === 201 || post.status === 202) {
      return looksLikeHtml(post)
        ? { kind: 'retry', status: post.status, problem: 'captive_portal' }
        : { kind: 'accepted', status: post.status };
    }
    return classify(post) ?? { kind: 'retry', status: post.status, problem: 'captive_portal' };
  } catch (error) {
    return { kind: 'retry', status: null, problem: error instanceof RequestTimeout ? 'timeout' : 'unreachable' };
  }
}
