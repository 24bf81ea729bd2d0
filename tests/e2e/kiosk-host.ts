import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SAMPLE_CONFIG_DIR = join(REPO_ROOT, 'kiosk-config');

/** The one line `kioskctl serve` prints on stdout once it listens. */
const READY_LINE = /^RedSafe kiosk web host: (\S+)\s*$/m;
const STDERR_KEPT = 4_000;

export interface KioskHost {
  /** Base URL ending with `/`, e.g. `http://127.0.0.1:41234/`. */
  readonly url: string;
  readonly dataDir: string;
  stop(): Promise<void>;
}

export interface KioskHostOptions {
  readonly configDir: string;
  readonly startTimeoutMs?: number;
  /** Puts files in the fresh data folder before the host starts (a damaged database, …). */
  readonly prepareDataDir?: (dataDir: string) => Promise<void>;
  /**
   * A data folder the caller owns, to start the kiosk again on what an earlier run left; it is
   * kept when the host stops. Without it each host has a fresh folder, removed at stop.
   */
  readonly dataDir?: string;
}

/**
 * Starts the web host as a child process on a free port with a fresh data folder, exactly as an
 * administrator would (`node bin/kioskctl.js serve`), and waits for its ready line.
 */
export async function startKioskHost({
  configDir,
  startTimeoutMs = 20_000,
  prepareDataDir,
  dataDir: ownedDataDir,
}: KioskHostOptions): Promise<KioskHost> {
  const dataDir = ownedDataDir ?? (await newDataDir());
  await prepareDataDir?.(dataDir);
  const child = spawn(
    process.execPath,
    [join(REPO_ROOT, 'bin', 'kioskctl.js'), 'serve', '--port', '0', '--config', configDir, '--data', dataDir],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-STDERR_KEPT);
  });
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(killer);
    }
    if (ownedDataDir === undefined) await rm(dataDir, { recursive: true, force: true });
  };

  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`kioskctl serve printed no ready line within ${startTimeoutMs} ms.`));
      }, startTimeoutMs);
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
        const match = READY_LINE.exec(stdout);
        if (match?.[1] !== undefined) {
          clearTimeout(timer);
          resolve(match[1].endsWith('/') ? match[1] : `${match[1]}/`);
        }
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(
          new Error(`kioskctl serve exited (code ${String(code)}, signal ${String(signal)}) before it was ready.`),
        );
      });
    });
    return { url, dataDir, stop };
  } catch (error) {
    await stop();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot start the kiosk web host: ${reason}\n--- its stderr ---\n${stderr || '(empty)'}`, {
      cause: error,
    });
  }
}

/** An empty data folder, as on a kiosk's first start. */
export function newDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'redsafe-e2e-data-'));
}
