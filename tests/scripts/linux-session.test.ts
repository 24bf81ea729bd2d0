import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  CHROMIUM_POLICY,
  HOST_SERVICE,
  PAM_SERVICE,
  SESSION_SCRIPT,
  SESSION_SERVICE,
  sessionFiles,
} from '../../scripts/lib/linux-session.js';

const root = join(import.meta.dirname, '..', '..');
const policyText = readFileSync(join(root, 'build', 'linux', 'chromium-policy.json'), 'utf8');

type Options = Parameters<typeof sessionFiles>[0];
function file(options: Options, path: string): string {
  const found = sessionFiles(options).find((entry) => entry.path === path);
  if (found === undefined) throw new Error(`no ${path}`);
  return found.content;
}

/** Elements of an XML file, parsed by Python's XML parser (a real parser: a malformed file fails). */
function xmlOutline(text: string): { tag: string; children: number }[] {
  const script = [
    'import sys, json, xml.etree.ElementTree as ET',
    'root = ET.fromstring(sys.stdin.read())',
    'strip = lambda t: t.split("}")[-1]',
    'print(json.dumps([{"tag": strip(e.tag), "children": len(list(e)), "id": e.get("id")} for e in root.iter()]))',
  ].join('\n');
  return JSON.parse(execFileSync('python3', ['-c', script], { input: text, encoding: 'utf8' })) as {
    tag: string;
    children: number;
  }[];
}

describe('the cage session', () => {
  const electron = { mode: 'electron', compositor: 'cage' } as const;
  const browser = { mode: 'browser', compositor: 'cage', chromiumPolicy: policyText } as const;

  it('is a system service on tty1 that logs the kiosk account in through PAM and restarts it', () => {
    const unit = file(electron, `/etc/systemd/system/${SESSION_SERVICE}`);
    expect(unit).toMatch(/^User=kiosk$/m);
    expect(unit).toMatch(new RegExp(`^PAMName=${PAM_SERVICE}$`, 'm'));
    expect(unit).toMatch(/^TTYPath=\/dev\/tty1$/m);
    expect(unit).toMatch(/^Conflicts=getty@tty1\.service$/m);
    expect(unit).toMatch(/^Restart=always$/m);
    expect(unit).toMatch(/^WantedBy=graphical\.target$/m);
    expect(sessionFiles(electron).map((entry) => entry.path)).toContain(`/etc/pam.d/${PAM_SERVICE}`);
    expect(file(electron, `/etc/pam.d/${PAM_SERVICE}`)).toMatch(/^session\s+required\s+pam_systemd\.so$/m);
  });

  it('runs cage with the session script and without VT switching', () => {
    const exec = /^ExecStart=(.*)$/m.exec(file(electron, `/etc/systemd/system/${SESSION_SERVICE}`))?.[1];
    expect(exec).toBe(`/usr/bin/cage -d -- ${SESSION_SCRIPT}`);
    expect(exec).not.toMatch(/\s-s\b/);
  });

  it('in Electron mode runs the installed app with the site configuration', () => {
    const script = file(electron, SESSION_SCRIPT);
    expect(script).toContain('export KIOSK_CONFIG_DIR=/etc/redsafe-par-kiosk');
    expect(script.trimEnd().split('\n').at(-1)).toBe("exec '/opt/RedSafe PAR Kiosk/redsafe-par-kiosk'");
  });

  it('in browser mode starts the web host as a service and Chromium in kiosk mode on the origin the policy allows', () => {
    const host = file(browser, `/etc/systemd/system/${HOST_SERVICE}`);
    expect(host).toMatch(/^ExecStart=\/usr\/bin\/node \S+\/bin\/kioskctl\.js serve --port 8127 /m);
    expect(host).toMatch(/^Restart=always$/m);
    expect(file(browser, `/etc/systemd/system/${SESSION_SERVICE}`)).toMatch(new RegExp(`^Wants=${HOST_SERVICE}$`, 'm'));
    const script = file(browser, SESSION_SCRIPT);
    const app = /--app=(\S+)/.exec(script)?.[1];
    const allowed = (JSON.parse(policyText) as { URLAllowlist: string[] }).URLAllowlist;
    expect(allowed).toContain(new URL(app ?? '').origin);
    expect(script).toContain('--kiosk');
    expect(script).not.toContain('--no-sandbox');
    expect(file(browser, CHROMIUM_POLICY)).toBe(policyText);
  });

  it.each([electron, browser])('writes a session script bash accepts (%o)', (options) => {
    execFileSync('bash', ['-n'], { input: file(options, SESSION_SCRIPT) });
  });

  it('refuses an account name that is not one', () => {
    expect(() => sessionFiles({ ...electron, user: 'kiosk; rm -rf /' })).toThrow(/account name/);
  });
});

describe('the openbox fallback', () => {
  const options = { mode: 'browser', compositor: 'openbox', home: '/home/kiosk' } as const;
  const rc = xmlOutline(file(options, '/home/kiosk/.config/openbox/rc.xml'));
  const menu = xmlOutline(file(options, '/home/kiosk/.config/openbox/menu.xml'));

  it('has no key bindings and no mouse bindings (so no root menu on a right click)', () => {
    expect(rc.find((element) => element.tag === 'keyboard')).toEqual({ tag: 'keyboard', children: 0, id: null });
    expect(rc.filter((element) => element.tag === 'keybind' || element.tag === 'mousebind')).toEqual([]);
    expect(rc.find((element) => element.tag === 'mouse')?.children).toBe(1);
  });

  it('has one desktop and empty menus', () => {
    const desktops = file(options, '/home/kiosk/.config/openbox/rc.xml');
    expect(/<number>(\d+)<\/number>/.exec(desktops)?.[1]).toBe('1');
    expect(menu.filter((element) => element.tag === 'menu').map((element) => element.children)).toEqual([0, 0]);
    expect(menu.filter((element) => element.tag === 'item')).toEqual([]);
  });

  it('logs the kiosk account into openbox with LightDM, and keeps the browser running', () => {
    const lightdm = file(options, '/etc/lightdm/lightdm.conf.d/50-redsafe-par-kiosk.conf');
    expect(lightdm).toMatch(/^autologin-user=kiosk$/m);
    expect(lightdm).toMatch(/^autologin-session=openbox$/m);
    expect(lightdm).toMatch(/^allow-guest=false$/m);
    const autostart = file(options, '/home/kiosk/.config/openbox/autostart');
    expect(autostart).toContain(`while true; do ${SESSION_SCRIPT}; sleep 3; done`);
    execFileSync('bash', ['-n'], { input: autostart });
  });
});

describe('the files the .deb installs', () => {
  const debDir = join(root, 'build', 'linux', 'session');
  const listed = (dir: string): string[] =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((path) => statSync(join(dir, path)).isFile())
      .sort();

  it.each(['cage', 'openbox'] as const)(
    'build/linux/session/%s is what the generator writes (run `node scripts/linux-session.js --deb-files`)',
    (compositor) => {
      const expected = sessionFiles({ mode: 'electron', compositor, home: '~' }).map((entry) => ({
        path: entry.path.replace(/^~\//, 'home/').replace(/^\//, ''),
        mode: entry.mode,
        content: entry.content,
      }));
      const dir = join(debDir, compositor);
      expect(listed(dir)).toEqual(expected.map((entry) => entry.path).sort());
      for (const entry of expected) {
        const path = join(dir, entry.path);
        expect(readFileSync(path, 'utf8'), relative(root, path)).toBe(entry.content);
        // git keeps only the executable bit.
        expect((statSync(path).mode & 0o100) !== 0, relative(root, path)).toBe((entry.mode & 0o100) !== 0);
      }
    },
  );

  it('after-install.sh installs them and the Chromium policy, and enables the cage session', () => {
    const script = readFileSync(join(root, 'build', 'linux', 'after-install.sh'), 'utf8');
    expect(script).toContain('cp -r "$SESSION_DIR/cage/etc/." /etc/');
    expect(script).toContain(`systemctl enable ${SESSION_SERVICE}`);
    expect(script).toContain(`/etc/chromium/policies/managed/redsafe-par-kiosk.json`);
    expect(script).toContain('"$SESSION_DIR/openbox/home/.config/openbox/."');
    execFileSync('bash', ['-n', join(root, 'build', 'linux', 'after-install.sh')]);
  });
});
