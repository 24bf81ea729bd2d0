// Shared pieces of the benchmarks: start the web host as a child process (as `npm start` does)
// and print figures as JSON lines that scripts/bench.js collects into one table.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface Figure {
  readonly figure: string;
  readonly value: number;
  readonly unit: string;
  /** For ratios: what the value is measured against, in the same run. */
  readonly against?: string;
  readonly note?: string;
}

export function report(figure: Figure): void {
  console.log(`BENCH ${JSON.stringify(figure)}`);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export interface HostProcess {
  readonly url: string;
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `kioskctl serve --port 0` and resolves with its URL once it prints it. */
export async function startHostProcess(extraArgs: readonly string[] = []): Promise<HostProcess> {
  const data = await mkdtemp(join(tmpdir(), 'kiosk-bench-'));
  const child = spawn(
    process.execPath,
    [join(ROOT, 'bin', 'kioskctl.js'), 'serve', '--port', '0', '--data', data, ...extraArgs],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let errText = '';
    const timer = setTimeout(() => {
      reject(new Error(`web host did not start within 20 s: ${errText}`));
    }, 20_000);
    let found = false;
    // Keep reading after the URL (a full pipe would stall the host) but stop keeping the text:
    // a soak run of hours would otherwise hold all of the host's output here.
    child.stdout.on('data', (chunk: Buffer) => {
      if (found) return;
      out += chunk.toString();
      const match = /RedSafe kiosk web host: (\S+)/.exec(out);
      if (match?.[1] !== undefined) {
        found = true;
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      errText = (errText + chunk.toString()).slice(-4000);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${String(code)}: ${errText}`));
    });
  });
  return {
    url,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => {
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
