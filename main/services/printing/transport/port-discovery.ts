import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { delimiter, join } from 'node:path';

export interface FoundPort {
  readonly path: string;
  readonly kind: 'serial' | 'usb-lp';
  /** Where the name came from: serialport's listing, or a scan of /dev. */
  readonly source: 'serialport' | 'dev-scan';
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

/**
 * Ports for the operator's printer set-up. On Linux, serialport's `list()` runs `udevadm`, and on
 * a machine without it the failed spawn has crashed the whole process; so `list()` is called only
 * when `udevadm` is on the PATH, is bounded in time, and any failure falls back to scanning /dev.
 * Nothing in the kiosk's start or in printing depends on this: printers are named in printers.json.
 */
export async function discoverPorts(env: NodeJS.ProcessEnv = process.env, timeoutMs = 3000): Promise<FoundPort[]> {
  const linux = process.platform === 'linux';
  if (!linux || onPath('udevadm', env)) {
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
      const found: FoundPort[] = ports.map((port) => ({
        path: port.path,
        kind: 'serial',
        source: 'serialport',
        description: [port.manufacturer, port.serialNumber].filter((p) => p !== undefined).join(' '),
      }));
      return linux ? [...found, ...(await list('/dev/usb', /^lp\d+$/, 'usb-lp'))] : found;
    } catch {
      if (!linux) return [];
    }
  }
  return scanDevices();
}
