// printers.json is validated like the other configuration files: file, JSON path and reason.
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { formatIssue, loadConfigFile, printersFile } from '../../main/services/config/index.js';
import { sampleConfigCopy, writeJson } from '../services/temp-dirs.js';

async function issuesFor(value: unknown): Promise<string[]> {
  const dir = await sampleConfigCopy();
  await writeJson(join(dir, 'printers.json'), value);
  const outcome = await loadConfigFile(dir, printersFile);
  return outcome.ok ? [] : outcome.issues.map(formatIssue);
}

const serial = { id: 'slips', transport: { kind: 'serial', path: '/dev/ttyUSB0' } };

describe('printers.json', () => {
  it('fills in the documented defaults', async () => {
    const dir = await sampleConfigCopy();
    await writeJson(join(dir, 'printers.json'), { printer: 'slips', printers: [serial] });
    const outcome = await loadConfigFile(dir, printersFile);
    expect(outcome.ok && outcome.value).toEqual({
      printer: 'slips',
      printTimeoutSeconds: 15,
      statusTimeoutMs: 1500,
      reprintWindowMinutes: 120,
      slipLimit: { perSession: 3, perMinute: 6 },
      printers: [
        {
          id: 'slips',
          transport: {
            kind: 'serial',
            path: '/dev/ttyUSB0',
            baudRate: 38400,
            dataBits: 8,
            stopBits: 1,
            parity: 'none',
            flowControl: 'rts-cts',
          },
          profile: {
            paperWidthMm: 80,
            codePage: 'wpc1252',
            nativeQr: true,
            qrModuleSize: 6,
            status: true,
            paperMmPerSecond: 90,
          },
        },
      ],
    });
  });

  it.each([
    [
      { printer: 'slips', printers: [{ ...serial, transport: { ...serial.transport, baudRate: 9601 } }] },
      'printers.json: printers[0].transport.baudRate:',
    ],
    [
      { printer: 'slips', printers: [{ ...serial, transport: { kind: 'usb-lp', path: '/dev/lp0' } }] },
      'printers.json: printers[0].transport.path: expected a Linux USB printer device like /dev/usb/lp0',
    ],
    [
      { printer: 'slips', printers: [{ ...serial, transport: { kind: 'parallel' } }] },
      'printers.json: printers[0].transport.kind:',
    ],
    [
      { printer: 'slips', printers: [{ ...serial, profile: { codePage: 'gb18030' } }] },
      'printers.json: printers[0].profile.codePage: must be one of "wpc1252", "cp858"',
    ],
    [
      { printer: 'slips', printTimeoutSeconds: 90, printers: [serial] },
      'printers.json: printTimeoutSeconds: must be at most 55',
    ],
    [
      { printer: 'other', printers: [serial] },
      'printers.json: printer: names "other", which is not one of the printers listed',
    ],
    [
      { printer: 'slips', printers: [serial, serial] },
      'printers.json: printers[1].id: Printer id "slips" is used twice',
    ],
    [
      { printer: 'slips', printers: [{ ...serial, colour: true }] },
      'printers.json: printers[0].colour: unknown key "colour" (misspelt, or not part of this file)',
    ],
    [
      { printer: 'slips', printers: [{ id: 'os', transport: { kind: 'os-driver' }, profile: { paperWidthMm: 58 } }] },
      'printers.json: printers[0].profile.paperWidthMm: the OS driver slip is laid out for 80 mm paper',
    ],
  ])('%j → %s', async (value, expected) => {
    const issues = await issuesFor(value);
    expect(
      issues.some((line) => line.startsWith(expected)),
      issues.join('\n'),
    ).toBe(true);
  });
});
