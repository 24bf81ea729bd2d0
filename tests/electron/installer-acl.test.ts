// The Windows installer's script (build/installer.nsh, included into the NSIS script that
// electron-builder generates) must leave the site's configuration writable only by
// Administrators, SYSTEM and, when named, the kiosk's account. NSIS cannot run here, so the test
// reads the script the way makensis would expand it: the defines substituted, the macro that sets
// the ACL found where customInstall inserts it, and each icacls command checked word by word.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { REPO_ROOT } from '../support/kiosk-fixture.js';

const script = readFileSync(join(REPO_ROOT, 'build', 'installer.nsh'), 'utf8');
const code = script
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith(';'));

const defines = new Map<string, string>();
for (const line of code) {
  const match = /^!define (\w+) "(.*)"$/.exec(line);
  if (match?.[1] !== undefined && match[2] !== undefined) defines.set(match[1], match[2]);
}
/** Substitutes ${NAME} defines, repeatedly, as makensis does. */
function expand(text: string): string {
  let out = text;
  for (let i = 0; i < 5; i += 1) out = out.replace(/\$\{(\w+)\}/g, (whole, name: string) => defines.get(name) ?? whole);
  return out;
}

function macro(name: string): string[] {
  const start = code.indexOf(`!macro ${name}`);
  const end = code.indexOf('!macroend', start);
  expect(start, `macro ${name}`).toBeGreaterThanOrEqual(0);
  return code.slice(start + 1, end).map(expand);
}

/** The command lines run through icacls, as argument lists. */
function icaclsCalls(lines: string[]): string[][] {
  return lines
    .filter((line) => line.includes('icacls.exe'))
    .map((line) => {
      const command = /^nsExec::ExecToLog '(.*)'$/.exec(line)?.[1];
      expect(command, line).toBeDefined();
      return (command ?? '').match(/"[^"]*"|\S+/g) ?? [];
    });
}

const SITE_DIR = '"$COMMONPROGRAMDATA\\RedSafe PAR Kiosk"';
const ADMINISTRATORS = '*S-1-5-32-544';
const SYSTEM = '*S-1-5-18';
const USERS = '*S-1-5-32-545';

describe('build/installer.nsh: the configuration folder ACL', () => {
  const install = macro('customInstall');
  const acl = macro('kioskLockConfigAcl');
  const calls = icaclsCalls(acl);

  it('sets the ACL at every install, after the sample configuration is copied', () => {
    const copied = install.findIndex((line) => line.startsWith('CopyFiles'));
    const locked = install.indexOf('!insertmacro kioskLockConfigAcl');
    expect(copied).toBeGreaterThanOrEqual(0);
    expect(locked).toBeGreaterThan(copied);
    // Outside the "seed once" branch, so an upgrade fixes an existing kiosk too.
    expect(install[locked - 1]).toBe('kiosk_config_done:');
  });

  it('runs the system icacls, never one found on the PATH', () => {
    expect(calls).toHaveLength(4);
    for (const call of calls) expect(call[0]).toBe('"$SYSDIR\\icacls.exe"');
  });

  it('drops entries added by hand, then inherited ones, and grants only Administrators and SYSTEM full control, Users read', () => {
    expect(calls[0]?.slice(1)).toEqual([SITE_DIR, '/reset']);
    const [icacls, folder, ...args] = calls[1] ?? [];
    expect(icacls).toBeDefined();
    expect(folder).toBe(SITE_DIR);
    expect(args).toEqual([
      '/inheritance:r',
      '/grant:r',
      `${ADMINISTRATORS}:(OI)(CI)F`,
      `${SYSTEM}:(OI)(CI)F`,
      `${USERS}:(OI)(CI)RX`,
    ]);
  });

  it('makes every file already inside take only what the folder passes down', () => {
    expect(calls[2]?.slice(1)).toEqual(['"$COMMONPROGRAMDATA\\RedSafe PAR Kiosk\\*"', '/reset', '/T', '/C']);
  });

  it("lets the kiosk's account write only when the administrator names it, and never with full control", () => {
    const grant = calls[3] ?? [];
    expect(grant.slice(1)).toEqual([SITE_DIR, '/grant', '"$3:(OI)(CI)M"']);
    const option = acl.findIndex((line) => line.includes('"/KIOSKUSER=" $3'));
    const guarded = acl.findIndex((line) => line === '${IfNot} ${Errors}');
    expect(option).toBeGreaterThanOrEqual(0);
    expect(guarded).toBe(option + 1);
  });

  it('grants no write access to everyone, users or authenticated users anywhere', () => {
    const broad = /\*?S-1-1-0|\*?S-1-5-11|\*?S-1-5-32-545|Everyone|Users/i;
    for (const call of calls) {
      for (const arg of call.filter((a) => broad.test(a))) expect(arg).toMatch(/:\(OI\)\(CI\)RX$/);
    }
  });

  it('reports a failed icacls instead of leaving the folder open silently', () => {
    // $0 holds both folder commands' codes: four zeros when all went well.
    expect(acl).toContain('StrCpy $0 "$0$5"');
    expect(acl).toContain('${If} "$0$1$4" != "0000"');
    expect(acl).toContain('SetErrorLevel 2');
  });
});
