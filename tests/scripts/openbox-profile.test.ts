import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { afterEach, describe, expect, it } from 'vitest';

import { sessionFiles } from '../../scripts/lib/linux-session.js';

// The openbox fallback profile in a real openbox, on a virtual X screen (Xvfb), with keys and
// clicks sent through X (xdotool). Each escape the security review found in stock openbox is tried
// against openbox's own default configuration first, so the test shows it would notice each one.
// Debian packages: openbox, xvfb, xdotool, x11-utils (.ci/run installs them).

const children: ChildProcess[] = [];
const folders: string[] = [];

afterEach(async () => {
  for (const child of children.splice(0).reverse()) {
    child.kill('SIGTERM');
    if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
  }
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

/** Starts Xvfb on a free display and returns the display's name. */
async function startX(): Promise<string> {
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '800x600x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  children.push(xvfb);
  const number = await new Promise<string>((resolve, reject) => {
    xvfb.on('error', reject);
    xvfb.stdout.once('data', (chunk: Buffer) => {
      resolve(chunk.toString().trim());
    });
  });
  return `:${number}`;
}

interface Desk {
  prop(name: string): string;
  key(chord: string): void;
  visibleWindows(): number;
  rightClick(): void;
  /** A window of an application, focused: stands for the kiosk's window. */
  client(): Promise<ChildProcess>;
}

/** Openbox reads $XDG_CONFIG_HOME/openbox/, else /etc/xdg/openbox/ (its stock files). */
async function openboxWith(configHome: string): Promise<Desk> {
  const display = await startX();
  const env = { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: configHome };
  const x = (command: string, args: string[]): string => execFileSync(command, args, { env, encoding: 'utf8' });
  const openbox = spawn('openbox', [], { env, stdio: 'ignore' });
  children.push(openbox);
  // Openbox announces itself on the root window once it manages the screen.
  for (let tries = 0; !x('xprop', ['-root', '_NET_SUPPORTING_WM_CHECK']).includes('window id'); tries += 1) {
    if (tries > 100) throw new Error('openbox did not start');
    await sleep(50);
  }
  const desk: Desk = {
    prop: (name) => x('xprop', ['-root', name]).split('=')[1]?.trim() ?? '',
    key: (chord) => {
      x('xdotool', ['key', chord]);
    },
    visibleWindows: () => {
      try {
        return x('xdotool', ['search', '--onlyvisible', '--name', '.*']).trim().split('\n').length;
      } catch {
        return 0; // xdotool exits 1 when it finds nothing
      }
    },
    rightClick: () => {
      x('xdotool', ['mousemove', '400', '300', 'click', '3']);
    },
    client: async () => {
      const window = spawn('xmessage', ['-name', 'kiosk-window', 'kiosk'], { env, stdio: 'ignore' });
      children.push(window);
      const shown = (): string => {
        try {
          return x('xdotool', ['search', '--onlyvisible', '--classname', 'kiosk-window']).trim().split('\n')[0] ?? '';
        } catch {
          return '';
        }
      };
      let id = shown();
      for (let tries = 0; id === ''; tries += 1) {
        if (tries > 100) throw new Error('the client window did not appear');
        await sleep(50);
        id = shown();
      }
      // Mapped is not yet focused: a key sent before openbox gives the window focus goes nowhere,
      // and "Alt+F4 did nothing" would then prove nothing about either profile.
      const focused = (): boolean => {
        try {
          return x('xdotool', ['getactivewindow']).trim() === id;
        } catch {
          return false; // no active window yet
        }
      };
      // Asked for, as a session's kiosk window is: a profile's focus rules are not under test here.
      x('xdotool', ['windowactivate', id]);
      for (let tries = 0; !focused(); tries += 1) {
        if (tries > 100) throw new Error('the client window was not focused');
        await sleep(50);
      }
      return window;
    },
  };
  return desk;
}

/** The kiosk account's ~/.config as the session files fill it; the folder to use as XDG_CONFIG_HOME. */
async function kioskProfile(): Promise<string> {
  const home = await mkdtemp(join(tmpdir(), 'redsafe-openbox-'));
  folders.push(home);
  await mkdir(join(home, '.config', 'openbox'), { recursive: true });
  for (const entry of sessionFiles({ mode: 'browser', compositor: 'openbox', home })) {
    if (entry.path.startsWith(`${home}/`) && entry.path.endsWith('.xml')) await writeFile(entry.path, entry.content);
  }
  return join(home, '.config');
}

/** An empty configuration folder: openbox falls back to its stock files in /etc/xdg/openbox. */
async function stockProfile(): Promise<string> {
  const home = await mkdtemp(join(tmpdir(), 'redsafe-openbox-stock-'));
  folders.push(home);
  return home;
}

/**
 * Whether `happened` turns true within 5 s. A loaded machine (the whole suite runs beside this
 * file) may take seconds to show a change; the kiosk profile's "nothing happened" is only said
 * after the whole wait.
 */
async function within5s(happened: () => boolean): Promise<boolean> {
  const started = Date.now();
  while (Date.now() - started < 5_000) {
    if (happened()) return true;
    await sleep(50);
  }
  return happened();
}

/** What a visitor can do with openbox's own configuration, then with the kiosk's. */
async function escapes(configHome: string): Promise<Record<string, string | boolean>> {
  const desk = await openboxWith(configHome);
  const window = await desk.client();
  // Pressed twice if need be: on a loaded machine the first chord has been seen to go missing
  // (a visitor would press again too). For the kiosk profile, two presses only make "nothing
  // happened" stronger.
  const closed = (): boolean => window.exitCode !== null || window.signalCode !== null;
  desk.key('alt+F4');
  let closedByAltF4 = await within5s(closed);
  if (!closedByAltF4) {
    desk.key('alt+F4');
    closedByAltF4 = await within5s(closed);
  }
  const desktops = desk.prop('_NET_NUMBER_OF_DESKTOPS');
  desk.key('super+d');
  const showDesktop = await within5s(() => desk.prop('_NET_SHOWING_DESKTOP') === '1');
  desk.key('ctrl+alt+Right');
  const otherDesktop = await within5s(() => desk.prop('_NET_CURRENT_DESKTOP') !== '0');
  const before = desk.visibleWindows();
  desk.rightClick();
  const rootMenu = await within5s(() => desk.visibleWindows() > before);
  return { closedByAltF4, desktops, showDesktop, otherDesktop, rootMenu };
}

describe('the openbox fallback profile in openbox', () => {
  it('stock openbox lets a visitor out: the probes below see it', async () => {
    const seen = await escapes(await stockProfile());
    // The whole answer in the message: a summary line then says which probe differed.
    expect(seen, JSON.stringify(seen)).toEqual({
      closedByAltF4: true,
      desktops: '4',
      showDesktop: true,
      otherDesktop: true,
      rootMenu: true,
    });
  }, 90_000);

  it('the kiosk profile: Alt+F4, Win+D and Ctrl+Alt+Right do nothing, one desktop, no root menu on a right click', async () => {
    const seen = await escapes(await kioskProfile());
    expect(seen, JSON.stringify(seen)).toEqual({
      closedByAltF4: false,
      desktops: '1',
      showDesktop: false,
      otherDesktop: false,
      rootMenu: false,
    });
  }, 90_000);
});
