import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import * as fsPromises from 'node:fs/promises';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ReportOptions } from '../../main/contract/index.js';
import type { ReportFs } from '../../main/services/reports/atomic-write.js';
import { writeFileAtomically } from '../../main/services/reports/atomic-write.js';
import { okValue } from '../support/result.js';
import { tempDir } from '../services/temp-dirs.js';

import { reportFixture, type ReportFixture } from './report-fixture.js';

let fixture: ReportFixture;
beforeAll(async () => {
  fixture = await reportFixture({ from: '2026-11-01', days: 10, entriesPerDay: 20 });
});
afterAll(() => fixture.close());

const options = (overrides: Partial<ReportOptions> = {}): ReportOptions => ({
  from: '2026-11-01',
  to: '2026-11-10',
  format: 'xlsx',
  language: 'es',
  rule: fixture.service.ruleNow(),
  ...overrides,
});

describe('report periods', () => {
  it.each([
    ['from after to', '2026-11-10', '2026-11-01', /after/],
    ['not a date', '2026-02-30', '2026-03-01', /not a date/],
    ['not a date at all', 'yesterday', '2026-03-01', /not a date/],
    ['longer than a year', '2025-01-01', '2026-03-01', /at most 366 days/],
  ])('refuses %s with INVALID_PERIOD', async (_name, from, to, detail) => {
    for (const result of [
      await fixture.service.preview(from, to),
      await fixture.service.build(options({ from, to })),
    ]) {
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PERIOD' } });
      if (!result.ok) expect(result.error.detail).toMatch(detail);
    }
  });

  it('accepts a single day', async () => {
    expect(okValue(await fixture.service.preview('2026-11-03', '2026-11-03')).days).toBe(1);
  });
});

describe('writing the file', () => {
  it('writes atomically, never over an earlier report, and leaves no temporary file', async () => {
    const dir = await tempDir('kiosk-export-');
    const first = okValue(await fixture.service.exportTo(dir, options()));
    const second = okValue(await fixture.service.exportTo(dir, options()));
    expect(first.fileName).toBe('redsafe-par-centro-ejemplo-2026-11-01_2026-11-10-es.xlsx');
    expect(second.fileName).toBe('redsafe-par-centro-ejemplo-2026-11-01_2026-11-10-es-2.xlsx');
    expect((await readdir(dir)).sort()).toEqual([first.fileName, second.fileName].sort());
    expect((await readFile(first.path)).byteLength).toBe(first.bytes);
  });

  it('answers NOT_WRITABLE for a missing folder and for a file given as the folder', async () => {
    const dir = await tempDir('kiosk-export-');
    expect(await fixture.service.exportTo(join(dir, 'no-such-drive'), options())).toMatchObject({
      ok: false,
      error: { code: 'NOT_WRITABLE' },
    });
    await writeFile(join(dir, 'a-file'), 'x');
    expect(await fixture.service.exportTo(join(dir, 'a-file'), options())).toMatchObject({
      ok: false,
      error: { code: 'NOT_WRITABLE' },
    });
  });

  it('answers NOT_WRITABLE on a read-only drive and leaves nothing there', async () => {
    const dir = await tempDir('kiosk-export-');
    const readOnly: ReportFs = {
      ...fsPromises,
      open: () => Promise.reject(Object.assign(new Error('read-only file system'), { code: 'EROFS' })),
    };
    expect(await writeFileAtomically(dir, 'r.pdf', new Uint8Array(10), readOnly)).toMatchObject({
      ok: false,
      error: { code: 'NOT_WRITABLE' },
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('answers STORAGE_FULL on a full disk and leaves no partial file', async () => {
    const dir = join(await tempDir('kiosk-full-'), 'drive');
    await mkdir(dir);
    const mounted = tryMountSmallTmpfs(dir);
    // Bigger than the 64 KiB drive: the write runs out of space half-way.
    const bytes = new Uint8Array(256 * 1024).fill(7);
    let result;
    if (mounted === true) {
      try {
        result = await writeFileAtomically(dir, 'report.xlsx', bytes);
        expect(await readdir(dir)).toEqual([]);
      } finally {
        execFileSync('umount', [dir]);
      }
    } else {
      console.log(`tmpfs not mountable here (${mounted}); using a disk that fails with ENOSPC`);
      let written = 0;
      const full: ReportFs = {
        ...fsPromises,
        open: async (path, flags) => {
          const handle = await fsPromises.open(path, flags);
          return Object.assign(handle, {
            writeFile: async (data: Uint8Array) => {
              await fsPromises.writeFile(handle, data.slice(0, 1024));
              written += 1024;
              throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
            },
          });
        },
      };
      result = await writeFileAtomically(dir, 'report.xlsx', bytes, full);
      expect(written).toBe(1024);
      expect(await readdir(dir)).toEqual([]);
    }
    expect(result).toMatchObject({ ok: false, error: { code: 'STORAGE_FULL' } });
  });
});

/** A 64 KiB tmpfs (as root); the reason as text when it cannot be mounted. */
function tryMountSmallTmpfs(dir: string): true | string {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'pipe' });
    return true;
  } catch (error) {
    return error instanceof Error ? (error.message.split('\n')[0] ?? 'mount failed') : String(error);
  }
}
