import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { REPO_ROOT } from '../support/kiosk-fixture.js';

// The kiosk's disk fills up during a working day. The writer runs in a mount namespace of its own
// on a 2 MiB tmpfs (root mounts it directly; anyone else through a user namespace), so a real
// ENOSPC comes from the kernel and nothing outside the test is touched. Writes made while the disk
// is full must fail with STORAGE_FULL — a message staff understand — never crash or corrupt, and
// everything answered "ok" must be in the database afterwards.
const WRITER = join(REPO_ROOT, 'tests', 'faults', 'disk-full-writer.ts');
const DISK_SIZE = '2m';
const METHODS = ['recordUsage', 'saveActivityEntry', 'printReferral'] as const;
/** The sample printer is the on-screen preview: it keeps no job rows, so its answers are not compared. */
const STORED = ['recordUsage', 'saveActivityEntry'] as const;

interface WriterReport {
  readonly before: string[];
  readonly whileFull: string[];
  readonly after: string[];
  readonly report: { kind: string; reason?: string };
  readonly stored: Record<(typeof STORED)[number], number>;
}

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

function runOnSmallDisk(disk: string): Promise<WriterReport> {
  const asRoot = process.getuid?.() === 0;
  const namespace = asRoot ? ['--mount'] : ['--mount', '--user', '--map-root-user'];
  const script = `mount -t tmpfs -o size=${DISK_SIZE} tmpfs "$1" && exec "$2" --import tsx "$3" "$1"`;
  return new Promise((resolve, reject) => {
    const child = spawn('unshare', [...namespace, 'sh', '-c', script, 'sh', disk, process.execPath, WRITER], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let errText = '';
    const deadline = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('the disk-full writer did not finish within 90 s'));
    }, 90_000);
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (errText += chunk.toString()));
    child.on('error', (error) => {
      clearTimeout(deadline);
      reject(new Error(`cannot start "unshare" (util-linux) for the small disk: ${error.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(deadline);
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) {
        reject(new Error(`disk-full writer failed (exit ${String(code)}): ${errText.slice(-1500)}`));
        return;
      }
      resolve(JSON.parse(line) as WriterReport);
    });
  });
}

describe('a full disk', () => {
  it('refuses writes with STORAGE_FULL, keeps every committed one, and recovers when space returns', async () => {
    const disk = await mkdtemp(join(tmpdir(), 'kiosk-small-disk-'));
    dirs.push(disk);
    const { before, whileFull, after, report, stored } = await runOnSmallDisk(disk);

    expect(before.every((code) => code === 'ok')).toBe(true);
    // Every answer while full is either a write that still fitted or the clear "disk is full".
    expect(whileFull.filter((code) => code !== 'ok' && code !== 'STORAGE_FULL')).toEqual([]);
    expect(whileFull).toContain('STORAGE_FULL');
    expect(after.every((code) => code === 'ok')).toBe(true);

    expect(report.kind).toBe('healthy');
    // Each "ok" is a row that is there; each refusal left nothing half-written.
    const all = [...before, ...whileFull, ...after];
    STORED.forEach((method) => {
      const index = METHODS.indexOf(method);
      const answeredOk = all.filter((code, i) => i % METHODS.length === index && code === 'ok').length;
      expect({ method, stored: stored[method] }).toEqual({ method, stored: answeredOk });
    });
  }, 120_000);
});
