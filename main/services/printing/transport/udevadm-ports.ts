import { spawn } from 'node:child_process';

/** Serial device names, as serialport recognises them in udev's database. */
const SERIAL_NAME = /^(?:tty(?:S|WCH|ACM|USB|AMA|MFD|O|XRUSB)\d*|rfcomm\d*)$/;
/** udev's database is a few hundred KB on a busy machine; more than this is not a real answer. */
const MAX_OUTPUT_BYTES = 8 * 1024 * 1024;

export interface UdevPort {
  readonly path: string;
  readonly description: string;
}

/** Serial ports in `udevadm info -e` output: one block per device, `N:` its name, `E:` its properties. */
export function parseUdevadmExport(text: string): UdevPort[] {
  const ports: UdevPort[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    let name: string | undefined;
    const props = new Map<string, string>();
    for (const line of block.split('\n')) {
      if (line.startsWith('N: ')) name = line.slice(3).trim();
      else if (line.startsWith('E: ')) {
        const equals = line.indexOf('=');
        if (equals > 3) props.set(line.slice(3, equals), line.slice(equals + 1).trim());
      }
    }
    if (name === undefined || !SERIAL_NAME.test(name)) continue;
    const vendor = (props.get('ID_VENDOR_ENC') ?? props.get('ID_USB_VENDOR_ENC'))?.replace(
      /\\x([0-9a-fA-F]{2})/g,
      (_, hex: string) => String.fromCharCode(parseInt(hex, 16)),
    );
    const serial = props.get('ID_SERIAL_SHORT') ?? props.get('ID_USB_SERIAL_SHORT');
    ports.push({
      path: props.get('DEVNAME') ?? `/dev/${name}`,
      description: [vendor, serial].filter((part) => part !== undefined && part !== '').join(' '),
    });
  }
  return ports;
}

/**
 * Runs `udevadm info -e` and lists the serial ports it knows. Rejects when udevadm cannot start,
 * exits with an error, or has not finished within `timeoutMs`. A hung udevadm is killed with its
 * whole process group and released, so it can never keep the kiosk's process from exiting.
 */
export function udevadmPorts(env: NodeJS.ProcessEnv, timeoutMs: number): Promise<UdevPort[]> {
  return new Promise((resolve, reject) => {
    // Its own process group, so a timeout also ends anything it started (a wrapper script's child).
    const child = spawn('udevadm', ['info', '-e'], { env, stdio: ['ignore', 'pipe', 'ignore'], detached: true });
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    const abandon = (reason: string): void => {
      finish(() => {
        if (child.pid !== undefined && child.exitCode === null) {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            child.kill('SIGKILL');
          }
        }
        child.stdout.destroy();
        child.unref();
        reject(new Error(reason));
      });
    };
    const timer = setTimeout(() => {
      abandon(`udevadm did not answer within ${timeoutMs} ms`);
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_OUTPUT_BYTES) abandon('udevadm wrote more than expected');
      else chunks.push(chunk);
    });
    child.on('error', (error) => {
      finish(() => {
        reject(error);
      });
    });
    child.on('close', (code, signal) => {
      finish(() => {
        if (code === 0) resolve(parseUdevadmExport(Buffer.concat(chunks).toString('utf8')));
        else reject(new Error(`udevadm failed (${signal ?? `exit code ${String(code)}`})`));
      });
    });
  });
}
