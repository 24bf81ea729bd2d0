import { spawn } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { CliIo } from '../../main/cli/cli-io.js';
import { runKioskctl } from '../../main/cli/kioskctl.js';
import { loadMachineKey } from '../../main/services/secrets/machine-key.js';
import { verifyPin } from '../../main/services/operator/pin-hash.js';
import { readStaffFile } from '../../main/services/operator/staff-file.js';
import { readSetupCode } from '../../main/services/operator/setup-code.js';
import { REPO_ROOT, tempDir } from '../services/temp-dirs.js';

/** A CliIo that records lines and answers PIN prompts from a list. */
function io(answers: readonly string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const queue = [...answers];
  const value: CliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env: {},
    readSecret: () => Promise.resolve(queue.shift() ?? ''),
  };
  return { io: value, out, err };
}

async function accounts(dataDir: string) {
  const read = await readStaffFile(dataDir);
  if (read.kind !== 'ok') throw new Error(`staff file ${read.kind}`);
  return read.data;
}

async function pepper(dataDir: string): Promise<Buffer> {
  const key = await loadMachineKey(dataDir);
  if (key.kind !== 'ready') throw new Error(key.kind);
  return key.key.derive('pin-pepper');
}

describe('kioskctl staff', () => {
  it('adds the first supervisor with a PIN typed twice, peppered and owner-only', async () => {
    const data = await tempDir();
    const run = io(['582047', '582047']);
    expect(
      await runKioskctl(['staff', 'add', '--role', 'supervisor', '--name', 'Ana R.', '--data', data], run.io),
    ).toBe(0);
    expect(run.out.join('\n')).toContain('Added supervisor "Ana R."');
    const file = await accounts(data);
    expect(file.accounts).toHaveLength(1);
    const [ana] = file.accounts;
    expect(ana).toMatchObject({ name: 'Ana R.', role: 'supervisor', disabled: false });
    expect(ana?.pinHash).not.toContain('582047');
    expect(await verifyPin('582047', ana?.pinHash ?? '', await pepper(data))).toBe(true);
    expect(file.pendingAudit).toEqual([expect.objectContaining({ kind: 'staff_added', detail: 'supervisor Ana R.' })]);
    expect((await stat(join(data, 'staff.json'))).mode & 0o777).toBe(0o600);
    expect((await stat(data)).mode & 0o777).toBe(0o700);
  });

  it('changes nothing when the two PINs differ, the PIN is weak, or the name is taken', async () => {
    const data = await tempDir();
    const differ = io(['582047', '582048']);
    expect(await runKioskctl(['staff', 'add', '--role', 'operator', '--name', 'Luis', '--data', data], differ.io)).toBe(
      1,
    );
    expect(differ.err.join('\n')).toContain('The two PINs differ');
    const weak = io(['123456', '123456']);
    expect(await runKioskctl(['staff', 'add', '--role', 'operator', '--name', 'Luis', '--data', data], weak.io)).toBe(
      1,
    );
    expect(weak.err.join('\n')).toContain('too easy to guess');
    expect((await readStaffFile(data)).kind).toBe('missing');

    expect(
      await runKioskctl(
        ['staff', 'add', '--role', 'operator', '--name', 'Luis', '--data', data],
        io(['582047', '582047']).io,
      ),
    ).toBe(0);
    const again = io(['693018', '693018']);
    expect(
      await runKioskctl(['staff', 'add', '--role', 'supervisor', '--name', 'LUIS', '--data', data], again.io),
    ).toBe(1);
    expect(again.err.join('\n')).toContain('exists already');
    expect((await accounts(data)).accounts).toHaveLength(1);
  });

  it('refuses wrong usage with exit 2', async () => {
    const data = await tempDir();
    const noRole = io(['582047', '582047']);
    expect(await runKioskctl(['staff', 'add', '--name', 'Luis', '--data', data], noRole.io)).toBe(2);
    const badName = io();
    expect(
      await runKioskctl(['staff', 'add', '--role', 'operator', '--name', '<b>x</b>', '--data', data], badName.io),
    ).toBe(2);
    expect(await runKioskctl(['staff', 'frobnicate', '--data', data], io().io)).toBe(2);
  });

  it('resets a forgotten supervisor PIN: enabled, unlocked, new PIN, audited', async () => {
    const data = await tempDir();
    await runKioskctl(
      ['staff', 'add', '--role', 'supervisor', '--name', 'Ana', '--data', data],
      io(['582047', '582047']).io,
    );
    const before = await accounts(data);
    const ana = before.accounts[0];
    if (ana === undefined) throw new Error('no account');
    // Locked and disabled, as a worst case.
    const locked = {
      ...ana,
      disabled: true,
      lockout: { failures: 0, level: 3, lockedUntil: '2999-01-01T00:00:00.000Z' },
    };
    await writeFile(join(data, 'staff.json'), JSON.stringify({ ...before, accounts: [locked] }));

    const run = io(['604917', '604917']);
    expect(await runKioskctl(['staff', 'reset', '--name', 'ana', '--data', data], run.io)).toBe(0);
    const after = (await accounts(data)).accounts[0];
    expect(after).toMatchObject({ id: ana.id, disabled: false, lockout: { failures: 0, level: 0, lockedUntil: null } });
    expect(after?.pinChangedAt).not.toBe(ana.pinChangedAt);
    expect(await verifyPin('604917', after?.pinHash ?? '', await pepper(data))).toBe(true);
    expect(await verifyPin('582047', after?.pinHash ?? '', await pepper(data))).toBe(false);
    expect((await accounts(data)).pendingAudit.map((e) => e.kind)).toEqual([
      'staff_added',
      'staff_reset_by_administrator',
    ]);
  });

  it('refuses a staff file made with another machine key unless told to start afresh', async () => {
    const data = await tempDir();
    await runKioskctl(
      ['staff', 'add', '--role', 'supervisor', '--name', 'Ana', '--data', data],
      io(['582047', '582047']).io,
    );
    await runKioskctl(
      ['staff', 'add', '--role', 'operator', '--name', 'Luis', '--data', data],
      io(['693018', '693018']).io,
    );
    const other = await tempDir();
    await writeFile(join(other, 'staff.json'), await readFile(join(data, 'staff.json')));

    const refused = io(['604917', '604917']);
    expect(await runKioskctl(['staff', 'reset', '--name', 'Ana', '--data', other], refused.io)).toBe(1);
    expect(refused.err.join('\n')).toContain('another machine key');

    expect(
      await runKioskctl(
        ['staff', 'reset', '--name', 'Ana', '--force-new', '--data', other],
        io(['604917', '604917']).io,
      ),
    ).toBe(0);
    const file = await accounts(other);
    expect(file.accounts.map((a) => [a.name, a.pinHash === null])).toEqual([
      ['Ana', false],
      ['Luis', true],
    ]);
  });

  it('writes a one-time setup code only while there is no account', async () => {
    const data = await tempDir();
    const run = io();
    expect(await runKioskctl(['staff', 'setup-code', '--data', data], run.io)).toBe(0);
    const code = await readSetupCode(data);
    expect(code).toMatch(/^\d{12}$/);
    expect(run.out.join('\n').replace(/ /g, '')).toContain(code ?? 'none');
    expect((await stat(join(data, 'staff-setup-code.txt'))).mode & 0o777).toBe(0o600);

    await runKioskctl(
      ['staff', 'add', '--role', 'supervisor', '--name', 'Ana', '--data', data],
      io(['582047', '582047']).io,
    );
    const refused = io();
    expect(await runKioskctl(['staff', 'setup-code', '--data', data], refused.io)).toBe(1);
    expect(refused.err.join('\n')).toContain('setup is closed');
  });
});

/** Runs the real command line in a child process, as an administrator would. */
function kioskctl(args: readonly string[], options: { stdin?: string; pty?: boolean } = {}) {
  const command = [
    'node',
    '--import',
    'tsx',
    '--input-type=module',
    '-e',
    `const m = await import(${JSON.stringify(join(REPO_ROOT, 'main/cli/kioskctl.ts'))}); process.exitCode = await m.main(${JSON.stringify(args)});`,
  ];
  // `script` gives the command a real terminal, as an administrator's shell does.
  const [bin, ...rest] =
    options.pty === true
      ? ['script', '-qfec', command.map((part) => `'${part.replace(/'/g, `'\\''`)}'`).join(' '), '/dev/null']
      : command;
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(bin ?? 'node', rest, { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
    if (options.stdin !== undefined) {
      if (options.pty === true) {
        // Type it the way a person does: after each prompt has appeared.
        const lines = options.stdin.split('\n').filter((l) => l !== '');
        let typed = 0;
        child.stdout.on('data', () => {
          const prompts = (output.match(/PIN/g) ?? []).length;
          while (typed < lines.length && typed < prompts) child.stdin.write(`${lines[typed++] ?? ''}\r`);
        });
      } else {
        child.stdin.end(options.stdin);
      }
    }
  });
}

describe('kioskctl staff as a process', () => {
  it('reads the PIN twice from a pipe', async () => {
    const data = await tempDir();
    const run = await kioskctl(['staff', 'add', '--role', 'supervisor', '--name', 'Ana', '--data', data], {
      stdin: '582047\n582047\n',
    });
    expect(run.output).toContain('Added supervisor "Ana"');
    expect(run.code).toBe(0);
  }, 40_000);

  it('asks for the PIN at a terminal without echoing it', async () => {
    const data = await tempDir();
    const run = await kioskctl(['staff', 'add', '--role', 'supervisor', '--name', 'Ana', '--data', data], {
      stdin: '582047\n582047\n',
      pty: true,
    });
    expect(run.output).toContain('New PIN');
    expect(run.output).toContain('The same PIN again');
    expect(run.output).toContain('Added supervisor "Ana"');
    expect(run.output).not.toContain('582047');
    expect(run.code).toBe(0);
    expect((await accounts(data)).accounts).toHaveLength(1);
  }, 40_000);
});
