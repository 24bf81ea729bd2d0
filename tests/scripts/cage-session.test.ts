import { spawn } from 'node:child_process';
import { chmod, chown, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { SESSION_SCRIPT, sessionFiles } from '../../scripts/lib/linux-session.js';

// cage itself, headless (wlroots' headless backend, software rendering), around the session's
// programs. cage refuses to run as root, so as root the test runs it as `nobody`, as the kiosk
// account would run it. It needs the Debian packages cage and xwayland (.ci/run installs them).

const NOBODY = { uid: 65534, gid: 65534 };
const asRoot = process.getuid?.() === 0;
const folders: string[] = [];

afterEach(async () => {
  // Chromium's helper processes may still be flushing its profile for a moment after cage exits:
  // retry on ENOTEMPTY/EBUSY rather than fail the test on its own clean-up.
  for (const folder of folders.splice(0)) {
    await rm(folder, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});

/** A folder the session's account owns (XDG_RUNTIME_DIR must be private to it). */
async function ownedFolder(prefix: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  folders.push(folder);
  if (asRoot) await chown(folder, NOBODY.uid, NOBODY.gid);
  await chmod(folder, 0o700);
  return folder;
}

interface CageRun {
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>;
  stop(): void;
}

async function runCage(client: string): Promise<CageRun> {
  const runtime = await ownedFolder('redsafe-cage-run-');
  const home = await ownedFolder('redsafe-cage-home-');
  const child = spawn('cage', ['-d', '--', client], {
    ...(asRoot ? NOBODY : {}),
    env: {
      PATH: '/usr/bin:/bin',
      HOME: home,
      XDG_RUNTIME_DIR: runtime,
      WLR_BACKENDS: 'headless',
      WLR_RENDERER: 'pixman',
      WLR_LIBINPUT_NO_DEVICES: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>(
    (resolve, reject) => {
      child.on('error', reject);
      child.on('exit', (code, signal) => {
        resolve({ code, signal, output });
      });
    },
  );
  return {
    exit,
    stop: () => {
      child.kill('SIGTERM');
    },
  };
}

async function script(name: string, content: string): Promise<string> {
  const folder = await ownedFolder('redsafe-cage-client-');
  const path = join(folder, name);
  await writeFile(path, content);
  await chmod(path, 0o755);
  if (asRoot) await chown(path, NOBODY.uid, NOBODY.gid);
  return path;
}

describe('cage, headless', () => {
  it('runs one client on its own Wayland display and exits cleanly when the client does', async () => {
    const marker = await ownedFolder('redsafe-cage-marker-');
    const client = await script(
      'client',
      `#!/bin/sh\n[ -n "$WAYLAND_DISPLAY" ] && echo "$WAYLAND_DISPLAY" > ${marker}/display\nexit 0\n`,
    );
    const { exit } = await runCage(client);
    const result = await exit;
    expect(result, result.output).toMatchObject({ code: 0, signal: null });
    expect((await readFile(join(marker, 'display'), 'utf8')).trim()).toMatch(/^wayland-\d+$/);
  });

  it('runs browser mode’s session script: Chromium in kiosk mode asks the web host for the kiosk page', async () => {
    const requests: { url: string; agent: string }[] = [];
    const host = createServer((request, response) => {
      requests.push({ url: request.url ?? '', agent: request.headers['user-agent'] ?? '' });
      response.setHeader('content-type', 'text/html');
      response.end('<!doctype html><title>kiosk</title><p>kiosk</p>');
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    const port = (host.address() as AddressInfo).port;
    const session = sessionFiles({ mode: 'browser', compositor: 'cage', port }).find(
      (entry) => entry.path === SESSION_SCRIPT,
    );
    const cage = await runCage(await script('kiosk-session', session?.content ?? ''));
    try {
      await expect
        .poll(() => requests.map((request) => request.url), { timeout: 30_000, interval: 250 })
        .toContain('/');
      expect(requests.find((request) => request.url === '/')?.agent).toMatch(/Chrome\//);
    } finally {
      cage.stop();
      await cage.exit;
      await new Promise((resolve) => host.close(resolve));
    }
  }, 45_000);
});
