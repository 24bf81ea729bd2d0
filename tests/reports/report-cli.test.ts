import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { CliIo } from '../../main/cli/cli-io.js';
import { runKioskctl } from '../../main/cli/kioskctl.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { tempDir } from '../services/temp-dirs.js';

import { pdfToText } from './pdf-text.js';
import { reportFixture, type ReportFixture } from './report-fixture.js';

let fixture: ReportFixture;
beforeAll(async () => {
  fixture = await reportFixture({ from: '2026-10-01', days: 14, entriesPerDay: 20 });
  // The command opens the database itself, as it would beside a running kiosk.
  await fixture.database.close();
});
afterAll(() => fixture.close());

async function kioskctl(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), env: {}, logger: createMemoryLogger() };
  const code = await runKioskctl(['report', ...args, '--config', fixture.configDir, '--data', fixture.dataDir], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('kioskctl report', () => {
  it('writes an XLSX to the given file, exit 0', async () => {
    const file = join(await tempDir('kiosk-cli-'), 'october.xlsx');
    const run = await kioskctl(['--from', '2026-10-01', '--to', '2026-10-14', '--format', 'xlsx', '--out', file]);
    // The site's rule (the sample's reports.json: 5), said on stderr.
    expect(run).toMatchObject({ code: 0, err: 'Small counts: counts below 5 shown as <5 (site rule).' });
    expect(run.out).toContain(`Wrote ${file}`);
    expect((await readFile(file)).subarray(0, 2).toString()).toBe('PK');
  });

  it('saves under the usual name when --out is a folder; csv with HXL, ";" and suppression', async () => {
    const dir = await tempDir('kiosk-cli-');
    const run = await kioskctl([
      '--from=2026-10-01',
      '--to=2026-10-07',
      '--format=csv',
      `--out=${dir}`,
      '--lang=ht',
      '--suppress=5',
      '--hxl',
      '--separator=;',
    ]);
    expect(run.code).toBe(0);
    const [name] = await readdir(dir);
    expect(name).toBe('redsafe-par-centro-ejemplo-2026-10-01_2026-10-07-ht.csv.zip');
    const files = unzipSync(await readFile(join(dir, name ?? '')));
    // ignoreBOM keeps the BOM in the text, so the test sees it is there.
    const summary = new TextDecoder('utf-8', { ignoreBOM: true }).decode(files['01-summary.csv']);
    expect(summary.split('\r\n')[0]).toBe(
      '\uFEFFAktivite;Kòd aktivite;Sèks;0–4;5–11;12–17;18–59;60+;Laj pa konnen;Total',
    );
    expect(summary.split('\r\n')[1]).toMatch(/^#activity \+name;#activity \+code;/);
    expect(new TextDecoder().decode(files['14-metadata.csv'])).toContain('"Kantite ant 1 ak 4 parèt ""<5""');
  });

  it('writes a PDF in Kreyòl with every letter intact', async () => {
    const file = join(await tempDir('kiosk-cli-'), 'r.pdf');
    expect(
      (await kioskctl(['--from', '2026-10-01', '--to', '2026-10-14', '--format', 'pdf', '--out', file, '--lang', 'ht']))
        .code,
    ).toBe(0);
    const text = await pdfToText(await readFile(file));
    expect(text).toContain('Rapò aktivite');
    expect(text).toContain('jedi 1ye oktòb 2026 rive mèkredi 14 oktòb 2026');
    expect(text).toContain('Paj 2 sou 2');
  });

  it.each([
    [
      ['--from', '2026-10-07', '--to', '2026-10-01', '--format', 'pdf', '--out', '/tmp/x.pdf'],
      2,
      /INVALID_PERIOD: the start 2026-10-07 is after the end/,
    ],
    [
      ['--from', '2026-10-01', '--to', '2026-10-07', '--format', 'docx', '--out', '/tmp/x'],
      2,
      /--format must be one of xlsx, csv, pdf/,
    ],
    [['--from', '1 Oct', '--to', '2026-10-07', '--format', 'pdf', '--out', '/tmp/x'], 2, /--from must be a date/],
    [['--from', '2026-10-01', '--to', '2026-10-07', '--format', 'pdf'], 2, /--out is required/],
    [
      ['--from', '2026-10-01', '--to', '2026-10-07', '--format', 'pdf', '--out', '/tmp/x', '--suppress', '1'],
      2,
      /--suppress must be/,
    ],
    [
      ['--from', '2026-10-01', '--to', '2026-10-07', '--format', 'pdf', '--out', '/tmp/x', '--lang', 'de'],
      2,
      /--lang must be one of es, en, fr, ht/,
    ],
    [
      ['--from', '2026-10-01', '--to', '2026-10-07', '--format', 'pdf', '--out', '/no/such/dir/r.pdf'],
      1,
      /NOT_WRITABLE/,
    ],
    [['--frm', '2026-10-01'], 2, /Unknown option '--frm'/],
  ])('%j exits %i', async (args, code, message) => {
    const run = await kioskctl(args);
    expect(run.code).toBe(code);
    expect(run.err).toMatch(message);
  });

  it('writes the csv zip under a .zip name when --out says .csv, and says so', async () => {
    const dir = await tempDir('kiosk-cli-');
    const run = await kioskctl([
      '--from',
      '2026-10-01',
      '--to',
      '2026-10-07',
      '--format',
      'csv',
      '--out',
      join(dir, 'x.csv'),
    ]);
    expect(run).toMatchObject({ code: 0, err: 'Small counts: counts below 5 shown as <5 (site rule).' });
    expect(run.out).toContain(`Wrote ${join(dir, 'x.csv.zip')}`);
    expect(await readdir(dir)).toEqual(['x.csv.zip']);
    expect(Object.keys(unzipSync(await readFile(join(dir, 'x.csv.zip'))))).toContain('01-summary.csv');
    // A name that already ends in .zip is kept.
    const zipped = await kioskctl([
      '--from',
      '2026-10-01',
      '--to',
      '2026-10-07',
      '--format',
      'csv',
      '--out',
      join(dir, 'y.zip'),
    ]);
    expect(zipped.out).toContain(`Wrote ${join(dir, 'y.zip')}`);
  });

  it('is listed in the help, with the small-count rule and the flag that lowers it', async () => {
    const out: string[] = [];
    await runKioskctl(['--help'], { out: (l) => out.push(l), err: () => undefined, env: {} });
    expect(out.join('\n')).toContain('report --from YYYY-MM-DD --to YYYY-MM-DD --format xlsx|csv|pdf --out PATH');
    expect(out.join('\n')).toContain('(x.csv is written as x.csv.zip)');
    expect(out.join('\n')).toContain('[--suppress N|exact]');
    expect(out.join('\n')).toMatch(/Small counts follow the site's rule \(reports.json\s+suppressBelow/);
    expect(out.join('\n')).toMatch(
      /--suppress exact shows exact counts; a\s+rule below the site's is written to the audit log/,
    );
  });

  it('applies the site rule by default, and a lowered one only when asked, said on stderr and audited', async () => {
    const dir = await tempDir('kiosk-cli-');
    const common = ['--from', '2026-10-01', '--to', '2026-10-07', '--format', 'csv', '--lang', 'en'];
    const metadata = async (file: string): Promise<string> =>
      new TextDecoder().decode(unzipSync(await readFile(file))['14-metadata.csv']);
    expect((await kioskctl([...common, '--out', join(dir, 'site.zip')])).code).toBe(0);
    expect(await metadata(join(dir, 'site.zip'))).toContain('Counts from 1 to 4 are shown as ""<5""');

    const exact = await kioskctl([...common, '--out', join(dir, 'exact.zip'), '--suppress', 'exact']);
    expect(exact.code).toBe(0);
    expect(exact.err).toBe(
      [
        'Small counts: exact counts (lowered; site rule: counts below 5 shown as <5).',
        'The small-count rule was lowered for this export; the audit log records it.',
      ].join('\n'),
    );
    expect(await metadata(join(dir, 'exact.zip'))).toContain('Exact counts (no suppression)');

    // The command's exports are in the kiosk's audit log, under "kioskctl".
    const { openKioskDatabase } = await import('../../main/services/db/index.js');
    const { systemClock } = await import('../../main/services/clock.js');
    const database = await openKioskDatabase({
      dataDir: fixture.dataDir,
      clock: systemClock,
      logger: createMemoryLogger(),
    });
    try {
      const rows = await database
        .connection()
        ?.all<{ actor: string; role: string | null; detail: string }>(
          "SELECT actor, role, detail FROM audit_event WHERE kind = 'export' AND detail LIKE '%lowered%'",
        );
      expect(rows).toEqual([
        {
          actor: 'kioskctl',
          role: null,
          detail:
            'csv 2026-10-01..2026-10-07 en command line; exact counts (lowered; site rule: counts below 5 shown as <5)',
        },
      ]);
    } finally {
      await database.close();
    }
  });
});
