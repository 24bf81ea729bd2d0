// Port discovery with a fake `udevadm` on the PATH that answers, fails or hangs, and a device
// folder of the test's own: real processes, real files.
import { spawn } from 'node:child_process';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { discoverPorts } from '../../main/services/printing/transport/port-discovery.js';
import { parseUdevadmExport } from '../../main/services/printing/transport/udevadm-ports.js';
import { REPO_ROOT, tempDir } from '../services/temp-dirs.js';

import { within } from './printing-support.js';

const UDEV_EXPORT = [
  'P: /devices/pci0000:00/0000:00:14.0/usb1/1-2/1-2:1.0/ttyUSB0/tty/ttyUSB0',
  'N: ttyUSB0',
  'E: DEVNAME=/dev/ttyUSB0',
  'E: ID_VENDOR_ENC=Prolific\\x20Technology',
  'E: ID_SERIAL_SHORT=A1B2',
  '',
  'P: /devices/virtual/input/input3',
  'N: input/event3',
  'E: DEVNAME=/dev/input/event3',
  '',
].join('\n');

/** A folder with a fake `udevadm` (a shell script) for the front of PATH. */
async function fakeUdevadm(script: string): Promise<NodeJS.ProcessEnv> {
  const bin = await tempDir('kiosk-fake-bin-');
  const file = join(bin, 'udevadm');
  await writeFile(file, `#!/bin/sh\n${script}\n`);
  await chmod(file, 0o755);
  return { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` };
}

/** A device folder with a USB-serial adapter, its by-id link name and a USB printer. */
async function fakeDev(): Promise<string> {
  const dev = await tempDir('kiosk-fake-dev-');
  await mkdir(join(dev, 'usb'));
  await mkdir(join(dev, 'serial', 'by-id'), { recursive: true });
  await Promise.all(
    [join(dev, 'ttyUSB3'), join(dev, 'usb', 'lp0'), join(dev, 'serial', 'by-id', 'usb-EPSON-if00')].map((file) =>
      writeFile(file, ''),
    ),
  );
  return dev;
}

describe.runIf(process.platform === 'linux')('port discovery on Linux', () => {
  it('reads serial ports from udev, with their maker and serial number', async () => {
    expect(parseUdevadmExport(UDEV_EXPORT)).toEqual([
      { path: '/dev/ttyUSB0', description: 'Prolific Technology A1B2' },
    ]);
    const env = await fakeUdevadm(`cat <<'EOF'\n${UDEV_EXPORT}EOF`);
    const devRoot = await fakeDev();
    expect(await discoverPorts({ env, devRoot })).toEqual([
      { path: '/dev/ttyUSB0', kind: 'serial', source: 'udevadm', description: 'Prolific Technology A1B2' },
      { path: join(devRoot, 'usb', 'lp0'), kind: 'usb-lp', source: 'dev-scan' },
    ]);
  });

  it('scans the device folder when udevadm exists but fails', async () => {
    const env = await fakeUdevadm(`echo 'P: /devices/partial'\necho 'Failed to open udev database' >&2\nexit 1`);
    const devRoot = await fakeDev();
    expect(await discoverPorts({ env, devRoot })).toEqual([
      { path: join(devRoot, 'serial', 'by-id', 'usb-EPSON-if00'), kind: 'serial', source: 'dev-scan' },
      { path: join(devRoot, 'ttyUSB3'), kind: 'serial', source: 'dev-scan' },
      { path: join(devRoot, 'usb', 'lp0'), kind: 'usb-lp', source: 'dev-scan' },
    ]);
  });

  it('scans the device folder when udevadm hangs, and ends the hung udevadm with what it started', async () => {
    const pids = join(await tempDir('kiosk-pids-'), 'pid');
    // The script starts a child (sleep) and records both: both must be gone after the timeout.
    const env = await fakeUdevadm(`sleep 60 &\necho "$$ $!" > '${pids}'\nwait`);
    const devRoot = await fakeDev();
    const found = await discoverPorts({ env, devRoot, timeoutMs: 300 });
    expect(found.map((port) => port.source)).toEqual(['dev-scan', 'dev-scan', 'dev-scan']);
    const [shell, sleeper] = (await readFile(pids, 'utf8')).trim().split(' ').map(Number);
    const alive = (pid: number | undefined): boolean => {
      try {
        process.kill(pid ?? 0, 0);
        return true;
      } catch {
        return false;
      }
    };
    // A killed process may linger as a zombie for a moment until its parent reaps it.
    await within(
      (async () => {
        while (alive(shell) || alive(sleeper)) await new Promise((resolve) => setTimeout(resolve, 20));
      })(),
      5000,
      'the hung udevadm and its child to end',
    );
  });

  it('never keeps the process alive: a script that discovers ports behind a hung udevadm exits by itself', async () => {
    const env = await fakeUdevadm('exec sleep 60');
    const devRoot = await fakeDev();
    const dir = await tempDir('kiosk-discover-');
    const script = join(dir, 'discover.mts');
    const module = join(REPO_ROOT, 'main', 'services', 'printing', 'transport', 'port-discovery.ts');
    await writeFile(
      script,
      `import { discoverPorts } from ${JSON.stringify(module)};\n` +
        `const found = await discoverPorts({ timeoutMs: 300, devRoot: ${JSON.stringify(devRoot)} });\n` +
        `console.log(JSON.stringify(found.map((port) => port.source)));\n`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    // Well under the fake udevadm's 60 s: the process must not wait for it.
    const code = await within(
      new Promise<number | null>((resolve) =>
        child.on('exit', (exitCode) => {
          resolve(exitCode);
        }),
      ),
      20_000,
      'the discovering process to exit',
    ).catch((error: unknown) => {
      child.kill('SIGKILL');
      throw error;
    });
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(JSON.parse(out)).toEqual(['dev-scan', 'dev-scan', 'dev-scan']);
  });
});
