import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { CliIo } from '../../main/cli/cli-io.js';
import { runKioskctl } from '../../main/cli/kioskctl.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { firstNonAsciiLine, saveAsWindows1252, UNCLOSED_BRACKETS } from '../services/config/hostile-files.js';
import { readJson, sampleConfigCopy, writeJson } from '../services/temp-dirs.js';

async function validate(dir: string): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), env: {}, logger: createMemoryLogger() };
  const code = await runKioskctl(['config', 'validate', dir], io);
  return { code, out, err };
}

describe('kioskctl config validate refuses what the kiosk must not obey', () => {
  it('a file saved as Windows-1252: file, line and "save the file as UTF-8", exit 1', async () => {
    const dir = await sampleConfigCopy();
    const line = await firstNonAsciiLine(dir, 'directory.json');
    await saveAsWindows1252(dir, 'directory.json');
    const result = await validate(dir);
    expect(result.code).toBe(1);
    expect(result.out).toEqual([
      expect.stringMatching(
        new RegExp(
          `^directory\\.json: \\(whole file\\): not UTF-8 text: byte 0x[0-9A-F]{2} at line ${line} .*save the file as UTF-8$`,
        ),
      ),
    ]);
    expect(result.err).toEqual([`1 problem found in ${dir}.`]);
  });

  it('5,000 unclosed brackets: the file is named, exit 1', async () => {
    const dir = await sampleConfigCopy();
    await writeFile(join(dir, 'operations.json'), UNCLOSED_BRACKETS);
    const result = await validate(dir);
    expect(result.code).toBe(1);
    expect(result.out).toEqual(['operations.json: (whole file): nested deeper than 64 levels at line 2, column 78']);
  });

  it('a serial path out of /dev and a preview file out of the data folder, exit 1', async () => {
    const dir = await sampleConfigCopy();
    await writeJson(join(dir, 'printers.json'), {
      printer: 'slips',
      printers: [
        { id: 'slips', transport: { kind: 'serial', path: '/dev/../etc/shadow' } },
        { id: 'demo', transport: { kind: 'preview', file: '/etc/cron.d/slip' } },
      ],
    });
    const result = await validate(dir);
    expect(result.code).toBe(1);
    expect(result.out).toEqual([
      'printers.json: printers[0].transport.path: expected a device under /dev/ (like /dev/ttyUSB0) or a Windows port like COM3',
      'printers.json: printers[1].transport.file: must be a path inside the data folder, not an absolute path',
    ]);
  });

  it('activityRoles in reports.json that name no activity type of operations.json, exit 1', async () => {
    const dir = await sampleConfigCopy();
    const reports = await readJson(join(dir, 'reports.json'));
    reports.activityRoles = {
      informed: 'informed-redsafe',
      accounts: 'acount-created',
      talks: ['talk-group', 'talk-scool'],
      referrals: 'referral',
    };
    await writeJson(join(dir, 'reports.json'), reports);
    const result = await validate(dir);
    expect(result.code).toBe(1);
    expect(result.out).toEqual([
      'reports.json: activityRoles.accounts: unknown activity type "acount-created" (not in operations.json activityTypes)',
      'reports.json: activityRoles.talks[1]: unknown activity type "talk-scool" (not in operations.json activityTypes)',
    ]);
  });
});
