import type { KoboCredential } from '../../contract/index.js';
import { boundedRequest, RequestTimeout, type BoundedAnswer } from '../net/bounded-request.js';

import { authHeaders, submissionUrl } from './openrosa-client.js';

/** A form list or an XForm larger than this is refused rather than judged from a truncated copy. */
const MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface FormListTarget {
  /** The server's base address (kobo.json `serverUrl`). */
  readonly serverUrl: string;
  readonly credential: KoboCredential;
  /** Each request's deadline (kobo.json `timeoutMs`). */
  readonly timeoutMs: number;
}

/** One `<xform>` of an OpenRosa form list. */
export interface FormListEntry {
  readonly formId: string;
  readonly name: string | undefined;
  readonly version: string | undefined;
  readonly hash: string | undefined;
  readonly downloadUrl: string | undefined;
}

export type DeployedForm =
  | { readonly ok: true; readonly entry: FormListEntry; readonly xml: string }
  | { readonly ok: false; readonly problem: string };

/**
 * The OpenRosa form list for the credential: `/collector/{token}/formList` for a KoboToolbox data
 * collector token, `/formList` for an account — beside the submission endpoint the outbox uses.
 */
export function formListUrl(serverUrl: string, credential: KoboCredential): URL {
  // Unfiltered (no `formID=`): when the form is missing, the forms the server does list tell a
  // misspelt formId from a form that is not deployed or not shared with the credential.
  return new URL('formList', submissionUrl(serverUrl, credential));
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_all, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? '';
  });
}

/**
 * Whether the text is well-formed enough to read with patterns: one root, every element closed in
 * order. No XML parser is a dependency; this catches a truncated or garbled answer, which a pattern
 * alone would read as "no such column".
 */
export function wellFormedXml(xml: string): boolean {
  const body = xml
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '');
  const stack: string[] = [];
  let roots = 0;
  let last = 0;
  for (const match of body.matchAll(
    /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g,
  )) {
    // `>` may stand in text; a `<` that opens no tag may not.
    if (body.slice(last, match.index).includes('<')) return false;
    last = match.index + match[0].length;
    const [, closing, name = '', , selfClosing] = match;
    if (closing === '/') {
      if (stack.pop() !== name) return false;
    } else {
      if (stack.length === 0) roots += 1;
      if (selfClosing !== '/') stack.push(name);
    }
  }
  return stack.length === 0 && roots === 1 && !body.slice(last).includes('<');
}

function childText(block: string, tag: string): string | undefined {
  const text = new RegExp(`<(?:[\\w.-]+:)?${tag}\\b[^>]*>([\\s\\S]*?)</(?:[\\w.-]+:)?${tag}>`).exec(block)?.[1];
  return text === undefined ? undefined : unescapeXml(text.trim());
}

/** The `<xform>` entries of an OpenRosa `<xforms>` list; undefined when the text is not one. */
export function parseFormList(xml: string): FormListEntry[] | undefined {
  if (!wellFormedXml(xml) || !/<(?:[\w.-]+:)?xforms\b/.test(xml)) return undefined;
  const entries: FormListEntry[] = [];
  for (const [block] of xml.matchAll(/<(?:[\w.-]+:)?xform\b[^>]*>[\s\S]*?<\/(?:[\w.-]+:)?xform>/g)) {
    const formId = childText(block, 'formID');
    if (formId === undefined) continue;
    entries.push({
      formId,
      name: childText(block, 'name'),
      version: childText(block, 'version'),
      hash: childText(block, 'hash'),
      downloadUrl: childText(block, 'downloadUrl'),
    });
  }
  return entries;
}

type Fetched = { readonly ok: true; readonly body: string } | { readonly ok: false; readonly problem: string };

/** What a status means when reading; the address is never printed (a collector token is in its path). */
function statusProblem(answer: BoundedAnswer, what: string, origin: string): string | undefined {
  const { status } = answer;
  if (status === 401 || status === 403) {
    return `${origin} refused the stored credential (HTTP ${String(status)}) for the ${what}: enter it again on the KoboToolbox screen.`;
  }
  if (status === 404) {
    return `${origin} has no ${what} here (HTTP 404): is kobo.json serverUrl the OpenRosa address (kc.…), and the credential the right one?`;
  }
  if (status !== 200) return `${origin} answered HTTP ${String(status)} for the ${what}.`;
  const type = answer.headers['content-type'] ?? '';
  if (/text\/html/i.test(type) || /^\s*<(!doctype html|html)/i.test(answer.body)) {
    return `${origin} answered a web page instead of the ${what} (a captive portal or proxy?).`;
  }
  if (Buffer.byteLength(answer.body, 'utf8') >= MAX_BODY_BYTES) {
    return `The ${what} is larger than ${String(MAX_BODY_BYTES / 1024 / 1024)} MB: not read.`;
  }
  return undefined;
}

async function fetchXml(url: URL, what: string, target: FormListTarget): Promise<Fetched> {
  const origin = url.origin;
  let answer: BoundedAnswer;
  try {
    answer = await boundedRequest(url, {
      method: 'GET',
      headers: {
        'X-OpenRosa-Version': '1.0',
        Accept: 'text/xml, application/xml',
        Date: new Date().toUTCString(),
        'User-Agent': 'RedSafe-PAR-kiosk',
        ...authHeaders(target.credential),
      },
      timeoutMs: target.timeoutMs,
      maxBodyBytes: MAX_BODY_BYTES,
    });
  } catch (error) {
    if (error instanceof RequestTimeout) {
      return {
        ok: false,
        problem: `${origin} did not answer with the ${what} within ${String(target.timeoutMs / 1000)} s (timeout).`,
      };
    }
    const code = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    return { ok: false, problem: `${origin} cannot be reached for the ${what} (${code}).` };
  }
  const problem = statusProblem(answer, what, origin);
  return problem === undefined ? { ok: true, body: answer.body } : { ok: false, problem };
}

/**
 * The deployed form, as the server lists it: GET the OpenRosa form list, find `formId` in it, GET
 * its `downloadUrl`. The credential is only sent to the origin kobo.json names: a `downloadUrl`
 * elsewhere is refused rather than followed. Every request has the deadline; every failure comes
 * back as one sentence, never with the credential in it.
 */
export async function fetchDeployedForm(target: FormListTarget, formId: string): Promise<DeployedForm> {
  const listUrl = formListUrl(target.serverUrl, target.credential);
  const list = await fetchXml(listUrl, 'form list', target);
  if (!list.ok) return list;
  const entries = parseFormList(list.body);
  if (entries === undefined) {
    return {
      ok: false,
      problem: `${listUrl.origin} answered something that is not an OpenRosa form list (unparsable XML).`,
    };
  }
  const entry = entries.find((e) => e.formId === formId);
  if (entry === undefined) {
    const listed = entries.map((e) => e.formId);
    const shown =
      listed.length === 0
        ? 'it lists no form'
        : `it lists ${listed.slice(0, 5).join(', ')}${listed.length > 5 ? ', …' : ''}`;
    return {
      ok: false,
      problem: `Form "${formId}" is not in the server's form list (${shown}): is it deployed, and shared with this credential?`,
    };
  }
  let downloadUrl: URL;
  try {
    downloadUrl = new URL(entry.downloadUrl ?? '');
  } catch {
    return { ok: false, problem: `The form list gives form "${formId}" no usable downloadUrl.` };
  }
  if (downloadUrl.origin !== listUrl.origin) {
    return {
      ok: false,
      problem: `The form list sends the download of "${formId}" to ${downloadUrl.origin}, not ${listUrl.origin}: not followed (the credential goes only where kobo.json points).`,
    };
  }
  const form = await fetchXml(downloadUrl, 'form definition', target);
  if (!form.ok) return form;
  if (!wellFormedXml(form.body) || !/<(?:[\w.-]+:)?model\b/.test(form.body)) {
    return {
      ok: false,
      problem: `The form definition of "${formId}" is not an XForm (unparsable XML, or no <model>).`,
    };
  }
  return { ok: true, entry, xml: form.body };
}
