import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

import { describe, expect, it } from 'vitest';

import { fixedClock } from '../../main/services/clock.js';
import { loadConfigFile, printersFile as printersSpec } from '../../main/services/config/index.js';
import { normaliseSerialPath, previewFileProblem } from '../../main/services/config/printer-paths.js';
import { createKioskServices } from '../../main/services/kiosk-services.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { previewFilePath } from '../../main/services/printing/printer-runtime.js';
import { nextEvent, sampleConfigCopy, tempDir, writeJson } from '../services/temp-dirs.js';

import { printersFile } from './printing-support.js';

describe('serial paths', () => {
  it.each([
    ['/dev/ttyUSB0', '/dev/ttyUSB0'],
    ['/dev/serial/by-id/usb-EPSON_TM-T20III-if00', '/dev/serial/by-id/usb-EPSON_TM-T20III-if00'],
    ['/dev/serial/../ttyS0', '/dev/ttyS0'],
    ['/dev//ttyACM0', '/dev/ttyACM0'],
    ['COM3', 'COM3'],
    ['com12', 'COM12'],
    ['\\\\.\\COM7', 'COM7'],
  ])('accepts %j as %j', (path, normal) => {
    expect(normaliseSerialPath(path)).toBe(normal);
  });

  it.each([
    '/dev/../etc/shadow',
    '/dev/',
    '/dev',
    '/etc/passwd',
    'ttyUSB0',
    'dev/ttyUSB0',
    'COM0',
    'COM3x',
    '/dev/tty\0',
  ])('refuses %j', (path) => {
    expect(normaliseSerialPath(path)).toBeUndefined();
  });
});

describe('preview files', () => {
  it.each(['slip.bin', 'previews/last-slip.bin', 'a/./b.bin'])('accepts %j', (file) => {
    expect(previewFileProblem(file)).toBeUndefined();
  });

  it.each([
    '/tmp/slip.bin',
    '../slip.bin',
    'previews/../../slip.bin',
    'C:\\Users\\x.bin',
    '\\\\server\\share\\x',
    '..\\x',
  ])('refuses %j', (file) => {
    expect(previewFileProblem(file)).toMatch(/data folder/);
  });

  it('resolves under the data folder only, whatever the configuration let through', () => {
    expect(previewFilePath('/srv/kiosk-data', 'previews/slip.bin')).toBe('/srv/kiosk-data/previews/slip.bin');
    expect(previewFilePath('/srv/kiosk-data', '../escape.bin')).toBeUndefined();
    expect(previewFilePath('/srv/kiosk-data', '/etc/cron.d/x')).toBeUndefined();
    expect(previewFilePath('/srv/kiosk-data', '.')).toBeUndefined();
  });
});

describe('printers.json', () => {
  async function issuesFor(transport: Record<string, unknown>): Promise<unknown> {
    const dir = await sampleConfigCopy();
    await writeJson(join(dir, 'printers.json'), printersFile({ transport }));
    const outcome = await loadConfigFile(dir, printersSpec);
    return outcome.ok ? outcome.value.printers[0]?.transport : outcome.issues;
  }

  it('refuses a serial path that climbs out of /dev and a preview file outside the data folder', async () => {
    expect(await issuesFor({ kind: 'serial', path: '/dev/../etc/shadow' })).toEqual([
      {
        file: 'printers.json',
        path: 'printers[0].transport.path',
        code: 'invalid_value',
        message: 'expected a device under /dev/ (like /dev/ttyUSB0) or a Windows port like COM3',
      },
    ]);
    expect(await issuesFor({ kind: 'preview', file: '../../home/kiosk/.profile' })).toEqual([
      {
        file: 'printers.json',
        path: 'printers[0].transport.file',
        code: 'invalid_value',
        message: 'must stay inside the data folder: ".." is not allowed',
      },
    ]);
  });

  it('keeps the serial path normalised', async () => {
    expect(await issuesFor({ kind: 'serial', path: '/dev/serial/../ttyUSB1' })).toMatchObject({ path: '/dev/ttyUSB1' });
  });

  it('a running kiosk keeps its last good printer when printers.json turns to an escaping file, and writes nothing', async () => {
    const configDir = await sampleConfigCopy();
    await writeJson(
      join(configDir, 'printers.json'),
      printersFile({ transport: { kind: 'preview', file: 'slip.bin' } }),
    );
    const dataDir = await tempDir('kiosk-print-data-');
    const services = await createKioskServices({
      configDir,
      dataDir,
      appVersion: '0.0.0-test',
      hostKind: 'web',
      clock: fixedClock(new Date('2026-11-21T16:00:00Z')),
      logger: createMemoryLogger(),
      watchConfig: true,
      printing: { statusPollMs: 0 },
    });
    const outside = await tempDir('kiosk-outside-');
    const escaping = relative(dataDir, join(outside, 'escaped.bin'));
    expect(escaping.startsWith('..')).toBe(true);
    const degraded = nextEvent(services.events, 'configChanged', (e) => e.status.state === 'degraded');
    await writeJson(join(configDir, 'printers.json'), printersFile({ transport: { kind: 'preview', file: escaping } }));
    expect((await degraded).status.issues).toMatchObject([
      { file: 'printers.json', path: 'printers[0].transport.file', code: 'invalid_value' },
    ]);
    const printed = await services.dispatch('printReferral', { serviceId: 'comar-asilo', language: 'es' });
    expect(printed.ok && (printed.value as { outcome: string }).outcome).toBe('previewed');
    expect(await readdir(outside)).toEqual([]);
    expect(await readdir(dataDir)).toContain('slip.bin');
    await services.close();
  });
});
