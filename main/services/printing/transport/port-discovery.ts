import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { delimiter, join } from 'node:path';

import { udevadmPorts } from './udevadm-ports.js';

export interface FoundPort {
  readonly path: string;
  readonly kind: 'serial' | 'usb-lp';
  /** Where the name came from: udev (Linux), serialport's listing (elsewhere), or a scan of /dev. */
  readonly source: 'udevadm' | 'serialport' | 'dev-scan';
  readonly description?: string;
}

function onPath(command: string, env: NodeJS.ProcessEnv): boolean {
  return (env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '')
    .some((dir) => existsSync(join(dir, command)));
}

async function list(dir: string, match: RegExp, kind: FoundPort['kind']): Promise<FoundPort[]> {
  try {
    const names = await readdir(dir);
    return names
      .filter((name) => match.test(name))
      .sort()
      .map((name) => ({ path: join(dir, name), kind, source: 'dev-scan' as const }));
  } catch {
    return [];
  }
}

/** The device names a Linux kiosk may have a printer on, without asking udev. */
export async function scanDevices(root = '/dev'): Promise<FoundPort[]> {
  const groups = await Promise.all([
    list(join(root, 'serial', 'by-id'), /./, 'serial'),
    list(root, /^ttyUSB\d+$/, 'serial'),
    list(root, /^ttyACM\d+$/, 'serial'),
    list(root, /^ttyS\d+$/, 'serial'),
    list(join(root, 'usb'), /^lp\d+$/, 'usb-lp'),
  ]);
  return groups.flat();
}

export interface DiscoverOptions {
  readonly env?: NodeJS.ProcessEnv;
  /** How long udevadm (Linux) or serialport's listing (elsewhere) may take before giving up. */
  readonly timeoutMs?: number;
  /** The device folder scanned on Linux; tests give a folder of their own. */
  readonly devRoot?: string;
}

/**
 * Ports for the operator's printer set-up. On Linux the kiosk asks `udevadm` itself rather than
 * through serialport's `list()`: that one crashed the process when udevadm was missing, answered
 * "no port" when it failed, and could not be stopped when it hung. Here udevadm is bounded in
 * time and killed if it hangs, and any failure falls back to scanning /dev. Nothing in the
 * kiosk's start or in printing depends on this: printers are named in printers.json.
 */
export async function discoverPorts(options: DiscoverOptions = {}): Promise<FoundPort[]> {
  const env = options.env ?? process.env;
  const timeoutMs = options.timeoutMs ?? 3000;
  const devRoot = options.devRoot ?? '/dev';
  if (process.platform === 'linux') {
    if (!onPath('udevadm', env)) return scanDevices(devRoot);
    try {
      const ports = await udevadmPorts(env, timeoutMs);
      const found = ports.map((port): FoundPort => ({
        path: port.path,
        kind: 'serial',
        source: 'udevadm',
        description: port.description,
      }));
      return [...found, ...(await list(join(devRoot, 'usb'), /^lp\d+$/, 'usb-lp'))];
    } catch {
      return scanDevices(devRoot);
    }
  }
  try {
    const { SerialPort } = await import('serialport');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ports = await Promise.race([
      SerialPort.list(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          reject(new Error('listing ports timed out'));
        }, timeoutMs);
      }),
    ]).finally(() => {
      clearTimeout(timer);
    });
    return ports.map((port) => ({
      path: port.path,
      kind: 'serial',
      source: 'serialport',
      description: [port.manufacturer, port.serialNumber].filter((p) => p !== undefined).join(' '),
    }));
  } catch {
    return [];
  }
}
