// Chromium driven over --remote-debugging-pipe, with no protocol client on the page between the
// moments the benchmark asks something: Playwright enables the Network domain on every page it
// drives, and that record of every request stays in the renderer. Here the page is attached only
// for a Runtime.evaluate and detached again; no domain is ever enabled.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

import { chromiumArgs, chromiumExecutable } from '../tests/support/browser.js';

interface Message {
  readonly id?: number;
  readonly method?: string;
  readonly params?: Record<string, unknown>;
  readonly result?: Record<string, unknown>;
  readonly error?: { readonly message: string };
  readonly sessionId?: string;
}

/** A protocol session on the page, open only for the duration of one `attached` call. */
export interface PageSession {
  send(method: string, params?: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** Calls `listener` with the params of every `method` event of this session until it detaches. */
  on(method: string, listener: (params: Record<string, unknown>) => void): void;
}

export interface PipeBrowser {
  /** Attaches to the page, runs `work` with that session and detaches (for diagnostics only). */
  attached<T>(work: (session: PageSession) => Promise<T>): Promise<T>;
  /** Evaluates `expression` in the page (awaiting a promise) and detaches; returns its JSON value. */
  evaluate(expression: string): Promise<unknown>;
  /** Resolves when the page's title becomes `title`, seen from the browser (the page is not attached). */
  titleBecomes(title: string, timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}

const TIMEOUT_MS = 30_000;

export async function launchPipeBrowser(url: string, extraArgs: readonly string[]): Promise<PipeBrowser> {
  const executable = chromiumExecutable();
  if (executable === undefined) throw new Error('no Chromium found (set CHROMIUM_PATH)');
  const profile = await mkdtemp(join(tmpdir(), 'kiosk-bench-chromium-'));
  const child: ChildProcess = spawn(
    executable,
    [
      ...chromiumArgs(),
      '--headless=new',
      '--remote-debugging-pipe',
      `--user-data-dir=${profile}`,
      '--window-size=1920,1080',
      ...extraArgs,
      url,
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  let nextId = 1;
  const waiting = new Map<number, (message: Message) => void>();
  const listeners = new Set<(message: Message) => void>();
  let pending = '';
  fromBrowser.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    let end = pending.indexOf('\0');
    while (end >= 0) {
      const message = JSON.parse(pending.slice(0, end)) as Message;
      pending = pending.slice(end + 1);
      end = pending.indexOf('\0');
      if (message.id !== undefined) waiting.get(message.id)?.(message);
      else for (const listener of listeners) listener(message);
    }
  });

  function send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Message> {
    const id = nextId++;
    return new Promise<Message>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(new Error(`${method}: no answer within ${String(TIMEOUT_MS)} ms`));
      }, TIMEOUT_MS);
      waiting.set(id, (message) => {
        clearTimeout(timer);
        waiting.delete(id);
        if (message.error !== undefined) reject(new Error(`${method}: ${message.error.message}`));
        else resolve(message);
      });
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId === undefined ? {} : { sessionId }) })}\0`);
    });
  }

  const titles = new Map<string, string>();
  listeners.add((message) => {
    const info = message.params?.targetInfo as { targetId: string; type: string; title: string } | undefined;
    if (info?.type === 'page') titles.set(info.targetId, info.title);
  });
  await send('Target.setDiscoverTargets', { discover: true });

  async function pageTarget(): Promise<string> {
    const started = Date.now();
    for (;;) {
      const { result } = await send('Target.getTargets');
      const pages = (result?.targetInfos as { targetId: string; type: string; url: string }[]).filter(
        (t) => t.type === 'page' && t.url.startsWith(url),
      );
      if (pages[0] !== undefined) return pages[0].targetId;
      if (Date.now() - started > TIMEOUT_MS) throw new Error(`no page for ${url}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const targetId = await pageTarget();

  return {
    async attached(work) {
      const { result } = await send('Target.attachToTarget', { targetId, flatten: true });
      const sessionId = result?.sessionId as string;
      const mine = new Set<(message: Message) => void>();
      try {
        return await work({
          send: async (method, params) => (await send(method, params, sessionId)).result ?? {},
          on: (method, listener) => {
            const forward = (message: Message): void => {
              if (message.sessionId === sessionId && message.method === method) listener(message.params ?? {});
            };
            mine.add(forward);
            listeners.add(forward);
          },
        });
      } finally {
        for (const forward of mine) listeners.delete(forward);
        await send('Target.detachFromTarget', { sessionId });
      }
    },
    async evaluate(expression) {
      const { result } = await send('Target.attachToTarget', { targetId, flatten: true });
      const sessionId = result?.sessionId as string;
      try {
        const answer = await send(
          'Runtime.evaluate',
          { expression, awaitPromise: true, returnByValue: true },
          sessionId,
        );
        const details = answer.result?.exceptionDetails as { exception?: { description?: string } } | undefined;
        if (details !== undefined) throw new Error(details.exception?.description ?? 'evaluation failed');
        return (answer.result?.result as { value?: unknown } | undefined)?.value;
      } finally {
        await send('Target.detachFromTarget', { sessionId });
      }
    },
    titleBecomes(title, timeoutMs) {
      return new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => {
          listeners.delete(check);
          resolve(false);
        }, timeoutMs);
        const check = (): void => {
          if (titles.get(targetId) !== title) return;
          clearTimeout(timer);
          listeners.delete(check);
          resolve(true);
        };
        listeners.add(check);
        check();
        // A title change is not always announced by an event: ask the browser (not the page) too.
        const poll = async (): Promise<void> => {
          while (listeners.has(check)) {
            const { result } = await send('Target.getTargets');
            for (const info of result?.targetInfos as { targetId: string; type: string; title: string }[]) {
              if (info.type === 'page') titles.set(info.targetId, info.title);
            }
            check();
            await new Promise((wake) => setTimeout(wake, 500));
          }
        };
        poll().catch(() => undefined);
      });
    },
    async close() {
      await send('Browser.close').catch(() => undefined);
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
      await rm(profile, { recursive: true, force: true });
    },
  };
}
