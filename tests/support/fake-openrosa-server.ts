// A KoboToolbox stand-in on 127.0.0.1 that follows the OpenRosa Form Submission API: HEAD answers
// 204 with the OpenRosa headers, POST takes multipart/form-data with exactly one part
// `xml_submission_file`, 201 on a new instance, 202 on one it already holds, 401 without the
// credential. Modes reproduce what the field does to a kiosk: a server that refuses the size, a
// captive portal answering 200 with its own page, a dropped connection, a failing or hanging server.
// It also follows the OpenRosa Form List API: GET `formList` (the account's, or
// `/collector/{token}/formList`) answers an `<xforms xmlns="http://openrosa.org/xforms/xformsList">`
// list of the forms it holds (formID, name, version, hash `md5:…`, downloadUrl), honouring the
// optional `formID` filter, and GET on a downloadUrl answers the XForm itself.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type FakeMode = 'accept' | 'too-large' | 'captive-portal' | 'drop' | 'server-error' | 'hang';

export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly status: number | 'dropped' | 'hung';
  readonly openRosaVersion: string | undefined;
  readonly date: string | undefined;
  /** Names of the multipart parts (POST only). */
  readonly parts: readonly string[];
  readonly instanceId: string | undefined;
}

export interface FakeOpenRosaServer {
  /** Base address, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  readonly url: string;
  mode: FakeMode;
  readonly requests: ReceivedRequest[];
  /** Instances stored, in arrival order, each once. */
  readonly stored: { readonly instanceId: string; readonly xml: string }[];
  /** The deployed forms the form list offers; tests change them between runs. */
  readonly forms: DeployedFakeForm[];
  close(): Promise<void>;
}

export interface DeployedFakeForm {
  readonly formId: string;
  readonly name: string;
  readonly version: string;
  /** The XForm served at the form's downloadUrl. */
  readonly xml: string;
}

export interface FakeOpenRosaOptions {
  /** Deployed forms, listed by `formList`. */
  readonly forms?: readonly DeployedFakeForm[];
  /** The data collector token `/collector/{token}/submission` accepts. */
  readonly collectorToken?: string;
  /** The account `/submission` accepts with basic auth. */
  readonly account?: { readonly username: string; readonly password: string };
  readonly acceptContentLength?: number;
}

const OPENROSA_HEADERS = { 'X-OpenRosa-Version': '1.0' };
const SUCCESS_XML =
  '<OpenRosaResponse xmlns="http://openrosa.org/http/response"><message nature="submit_success">Successful submission.</message></OpenRosaResponse>';
const PORTAL_PAGE =
  '<!DOCTYPE html><html><head><title>Wi-Fi</title></head><body><h1>Accept the terms to browse</h1></body></html>';

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

export async function startFakeOpenRosaServer(options: FakeOpenRosaOptions = {}): Promise<FakeOpenRosaServer> {
  const acceptContentLength = options.acceptContentLength ?? 10_000_000;
  const requests: ReceivedRequest[] = [];
  const stored: { instanceId: string; xml: string }[] = [];
  const sockets = new Set<Socket>();
  const forms: DeployedFakeForm[] = [...(options.forms ?? [])];

  const authorised = (req: IncomingMessage, path: string): boolean => {
    const collector = /^\/collector\/([^/]+)\/(?:submission|formList|forms\/[^/]+\/form\.xml)$/.exec(path);
    if (collector !== null) {
      return options.collectorToken !== undefined && decodeURIComponent(collector[1] ?? '') === options.collectorToken;
    }
    if (options.account === undefined) return false;
    const expected = Buffer.from(`${options.account.username}:${options.account.password}`).toString('base64');
    return req.headers.authorization === `Basic ${expected}`;
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://fake').pathname;
    const base = {
      method: req.method ?? '',
      path,
      openRosaVersion: req.headers['x-openrosa-version'] as string | undefined,
      date: req.headers.date,
    };
    const answer = (
      status: number,
      headers: Record<string, string>,
      body = '',
      extra: Partial<ReceivedRequest> = {},
    ) => {
      requests.push({ ...base, parts: [], instanceId: undefined, ...extra, status });
      res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : body);
    };

    if (state.mode === 'captive-portal') {
      await readBody(req);
      answer(200, { 'Content-Type': 'text/html; charset=utf-8' }, PORTAL_PAGE);
      return;
    }
    const formRoute = /^(\/collector\/[^/]+)?\/(formList|forms\/([^/]+)\/form\.xml)$/.exec(path);
    if (formRoute !== null) {
      await serveForms(req, formRoute[1] ?? '', formRoute[3], answer);
      return;
    }
    if (!/^(\/collector\/[^/]+)?\/submission$/.test(path)) {
      answer(404, { 'Content-Type': 'text/plain' }, 'not found');
      return;
    }
    if (!authorised(req, path)) {
      await readBody(req);
      answer(401, { ...OPENROSA_HEADERS, 'WWW-Authenticate': 'Basic realm="kobo"' }, 'Unauthorized');
      return;
    }
    if (req.method === 'HEAD') {
      answer(204, {
        ...OPENROSA_HEADERS,
        'X-OpenRosa-Accept-Content-Length': String(acceptContentLength),
        Location: `${state.url}${path}`,
        Date: new Date().toUTCString(),
      });
      return;
    }
    if (req.method !== 'POST') {
      answer(405, { Allow: 'HEAD, POST' });
      return;
    }
    const body = await readBody(req);
    switch (state.mode) {
      case 'drop':
        requests.push({ ...base, parts: [], instanceId: undefined, status: 'dropped' });
        req.socket.destroy();
        return;
      case 'hang':
        requests.push({ ...base, parts: [], instanceId: undefined, status: 'hung' });
        return;
      case 'server-error':
        answer(500, { 'Content-Type': 'text/plain' }, 'Internal Server Error');
        return;
      case 'too-large':
        answer(413, { ...OPENROSA_HEADERS, 'Content-Type': 'text/plain' }, 'Request Entity Too Large');
        return;
      case 'accept':
        break;
    }
    if (base.openRosaVersion !== '1.0') {
      answer(400, OPENROSA_HEADERS, 'X-OpenRosa-Version 1.0 required');
      return;
    }
    // The multipart body is parsed by a real parser (the WHATWG one in Node's fetch).
    let form: FormData;
    try {
      form = await new Response(new Uint8Array(body), {
        headers: { 'Content-Type': req.headers['content-type'] ?? '' },
      }).formData();
    } catch {
      answer(400, OPENROSA_HEADERS, 'not multipart/form-data');
      return;
    }
    const parts: string[] = [];
    form.forEach((_value, name) => {
      parts.push(name);
    });
    const file = form.get('xml_submission_file');
    if (parts.length !== 1 || !(file instanceof File) || !file.name.endsWith('.xml') || !/^text\/xml/.test(file.type)) {
      answer(400, OPENROSA_HEADERS, 'expected exactly one part, xml_submission_file', { parts });
      return;
    }
    if (body.length > acceptContentLength) {
      answer(413, OPENROSA_HEADERS, 'too large', { parts });
      return;
    }
    const xml = await file.text();
    const instanceId = /<meta>[\s\S]*?<instanceID>([^<]+)<\/instanceID>/.exec(xml)?.[1];
    if (instanceId === undefined || !/^<\?xml[^>]*>\s*<([A-Za-z_][\w.-]*) id="[^"]+"/.test(xml)) {
      answer(400, OPENROSA_HEADERS, 'not an XForms instance', { parts });
      return;
    }
    const duplicate = stored.some((entry) => entry.instanceId === instanceId);
    if (!duplicate) stored.push({ instanceId, xml });
    answer(duplicate ? 202 : 201, { ...OPENROSA_HEADERS, 'Content-Type': 'text/xml; charset=utf-8' }, SUCCESS_XML, {
      parts,
      instanceId,
    });
  }

  /** The Form List API: the list, or one form's XForm (`formId` set). */
  async function serveForms(
    req: IncomingMessage,
    prefix: string,
    formId: string | undefined,
    answer: (status: number, headers: Record<string, string>, body?: string) => void,
  ): Promise<void> {
    await readBody(req);
    const path = new URL(req.url ?? '/', 'http://fake').pathname;
    if (state.mode === 'hang') {
      requests.push({
        method: req.method ?? '',
        path,
        status: 'hung',
        openRosaVersion: undefined,
        date: undefined,
        parts: [],
        instanceId: undefined,
      });
      return;
    }
    if (state.mode === 'drop') {
      req.socket.destroy();
      return;
    }
    if (!authorised(req, path)) {
      answer(401, { ...OPENROSA_HEADERS, 'WWW-Authenticate': 'Basic realm="kobo"' }, 'Unauthorized');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      answer(405, { Allow: 'GET, HEAD' });
      return;
    }
    if (state.mode === 'server-error') {
      answer(500, { 'Content-Type': 'text/plain' }, 'Internal Server Error');
      return;
    }
    const xmlHeaders = { ...OPENROSA_HEADERS, 'Content-Type': 'text/xml; charset=utf-8' };
    if (formId !== undefined) {
      const form = forms.find((f) => f.formId === decodeURIComponent(formId));
      if (form === undefined) answer(404, { 'Content-Type': 'text/plain' }, 'not found');
      else answer(200, xmlHeaders, form.xml);
      return;
    }
    const filter = new URL(req.url ?? '/', 'http://fake').searchParams.get('formID');
    const entries = forms
      .filter((f) => filter === null || f.formId === filter)
      .map(
        (f) =>
          '<xform>' +
          `<formID>${escape(f.formId)}</formID><name>${escape(f.name)}</name><version>${escape(f.version)}</version>` +
          `<hash>md5:${createHash('md5').update(f.xml).digest('hex')}</hash>` +
          `<descriptionText></descriptionText>` +
          `<downloadUrl>${escape(`${state.url}${prefix}/forms/${encodeURIComponent(f.formId)}/form.xml`)}</downloadUrl>` +
          '</xform>',
      );
    answer(
      200,
      xmlHeaders,
      `<?xml version="1.0" encoding="UTF-8"?>\n<xforms xmlns="http://openrosa.org/xforms/xformsList">${entries.join('')}</xforms>\n`,
    );
  }

  const state: { mode: FakeMode; url: string } = { mode: 'accept', url: '' };
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;

  return {
    get url() {
      return state.url;
    },
    get mode() {
      return state.mode;
    },
    set mode(mode: FakeMode) {
      state.mode = mode;
    },
    requests,
    stored,
    forms,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
    },
  };
}
