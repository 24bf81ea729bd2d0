// A real pseudo-terminal pair from socat, for the serial printer's tests and benchmarks: one end is
// the kiosk's serial port, the other the emulated printer's. No test runner needed, so benchmarks
// use it too.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { join } from 'node:path';

/** Rejects after `ms` so that a wait can never hang a test. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`${what}: not within ${ms} ms`));
      }, ms);
    }),
  ]).finally(() => {
    clearTimeout(timer);
  });
}

export interface PtyPair {
  /** The kiosk's end. */
  readonly app: string;
  /** The printer's end. */
  readonly printer: string;
  /** The app end's device under /dev/pts, which printers.json accepts (the link is in a temp folder). */
  readonly appDevice: string;
  readonly socat: ChildProcess;
  close(): Promise<void>;
}

/**
 * `socat -d -d pty,raw,echo=0,link=A pty,raw,echo=0,link=B`, resolved once both links exist. The
 * links go in `dir`, an empty folder the caller owns and removes.
 */
export async function ptyPairIn(dir: string): Promise<PtyPair> {
  const app = join(dir, 'app');
  const printer = join(dir, 'printer');
  const socat = spawn('socat', ['-d', '-d', `pty,raw,echo=0,link=${app}`, `pty,raw,echo=0,link=${printer}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  await within(
    new Promise<void>((resolve, reject) => {
      let log = '';
      socat.on('error', reject);
      socat.on('exit', (code) => {
        reject(new Error(`socat exited (${String(code)}): ${log}`));
      });
      // socat says "starting data transfer loop" once both ends exist.
      socat.stderr.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        if (log.includes('starting data transfer loop') && existsSync(app) && existsSync(printer)) resolve();
      });
    }),
    5000,
    'socat pseudo-terminal pair',
  );
  socat.removeAllListeners('exit');
  return {
    app,
    printer,
    appDevice: realpathSync(app),
    socat,
    close: () =>
      new Promise<void>((resolve) => {
        if (socat.exitCode !== null || socat.signalCode !== null) {
          resolve();
          return;
        }
        socat.once('exit', () => {
          resolve();
        });
        socat.kill('SIGTERM');
      }),
  };
}
