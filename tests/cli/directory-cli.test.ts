// `kioskctl directory export|import`: on a copy of the sample configuration and a real kiosk
// database. An NGO's edited workbook comes back through the same checked, kept, audited save;
// a workbook with a bad row changes nothing.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

import { runKioskctl } from '../../main/cli/kioskctl.js';
import { fixedClock } from '../../main/services/clock.js';
import { openKioskDatabase } from '../../main/services/db/index.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { readJson, sampleConfigCopy, tempDir } from '../services/temp-dirs.js';
import { captureCli } from '../support/cli-capture.js';

async function kiosk() {
  const configDir = await sampleConfigCopy();
  const dataDir = await tempDir('kiosk-directory-cli-');
  const database = await openKioskDatabase({ dataDir, clock: fixedClock(new Date()), logger: createMemoryLogger() });
  await database.close();
  return { configDir, dataDir, work: await tempDir('kiosk-directory-files-') };
}

async function auditRows(dataDir: string) {
  const database = await openKioskDatabase({ dataDir, clock: fixedClock(new Date()), logger: createMemoryLogger() });
  try {
    return await database
      .connection()
      ?.all<{ kind: string; actor: string; role: string | null; detail: string }>(
        "SELECT kind, actor, role, detail FROM audit_event WHERE kind LIKE 'directory%'",
      );
  } finally {
    await database.close();
  }
}

/** Changes one cell of a sheet, found by its column name and the row's id, as a person would in Excel. */
async function editCell(file: string, sheetName: string, id: string, column: string, value: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(sheetName);
  if (sheet === undefined) throw new Error(`no sheet ${sheetName}`);
  const header = sheet.getRow(1).values as unknown[];
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row) => {
    if (row.getCell(header.indexOf('id')).value === id) rows.push(row);
  });
  const [row] = rows;
  if (row === undefined) throw new Error(`no row ${id}`);
  row.getCell(header.indexOf(column)).value = value;
  await workbook.xlsx.writeFile(file);
}

describe('kioskctl directory', () => {
  it('exports a workbook, takes it back edited, keeps the old file and audits the import', async () => {
    const { configDir, dataDir, work } = await kiosk();
    const file = join(work, 'directorio.xlsx');
    const before = await readJson(join(configDir, 'directory.json'));
    const c = captureCli();
    expect(
      await runKioskctl(['directory', 'export', '--format', 'xlsx', '--out', file, '--config', configDir], c.io),
    ).toBe(0);
    expect(c.out[0]).toMatch(/^Wrote \d+ services to .*directorio\.xlsx \(xlsx, \d+ bytes\)\.$/);

    await editCell(file, 'phone', 'comar-asilo--phone-1', 'number', '55 1234 0000');
    await editCell(file, 'service', 'comar-asilo', 'x_redsafe_hours_note_ht', 'Vini bonè anpil.');
    const i = captureCli();
    const code = await runKioskctl(
      ['directory', 'import', '--format', 'xlsx', file, '--config', configDir, '--data', dataDir],
      i.io,
    );
    expect(i.err).toEqual([]);
    expect(code).toBe(0);
    const after = await readJson(join(configDir, 'directory.json'));
    const services = (d: Record<string, unknown>) =>
      d.services as { id: string; phones: unknown; hoursNote: unknown }[];
    const comar = services(after).find((entry) => entry.id === 'comar-asilo');
    expect(comar?.phones).toEqual([{ number: '55 1234 0000' }]);
    expect(comar?.hoursNote).toMatchObject({ ht: 'Vini bonè anpil.' });
    // Everything else is as it was, and the top of the file (reverify age, $schema) is kept.
    expect(services(after).filter((entry) => entry.id !== 'comar-asilo')).toEqual(
      services(before).filter((entry) => entry.id !== 'comar-asilo'),
    );
    expect({ ...after, services: [] }).toEqual({ ...before, services: [] });
    expect(await readdir(join(configDir, 'directory-history'))).toEqual([expect.stringMatching(/--directory\.json$/)]);
    expect(await auditRows(dataDir)).toEqual([
      {
        kind: 'directory_edited',
        actor: 'kioskctl',
        role: null,
        detail: expect.stringMatching(/^import\(xlsx,\d+\)$/) as unknown,
      },
    ]);
  });

  it.each([['directorio.json'], ['directorio.zip']])('round-trips through HSDS (%s) without a change', async (name) => {
    const { configDir, dataDir, work } = await kiosk();
    const file = join(work, name);
    const before = await readJson(join(configDir, 'directory.json'));
    expect(
      await runKioskctl(
        ['directory', 'export', '--format', 'hsds', '--out', file, '--config', configDir],
        captureCli().io,
      ),
    ).toBe(0);
    const c = captureCli();
    expect(
      await runKioskctl(
        ['directory', 'import', '--format', 'hsds', file, '--config', configDir, '--data', dataDir],
        c.io,
      ),
    ).toBe(0);
    expect(await readJson(join(configDir, 'directory.json'))).toEqual(before);
  });

  it('lists every row it cannot take and changes nothing', async () => {
    const { configDir, dataDir, work } = await kiosk();
    const file = join(work, 'malo.xlsx');
    const original = await readFile(join(configDir, 'directory.json'), 'utf8');
    await runKioskctl(
      ['directory', 'export', '--format', 'xlsx', '--out', file, '--config', configDir],
      captureCli().io,
    );
    await editCell(file, 'service', 'comar-asilo', 'status', 'cerrado');
    await editCell(file, 'phone', 'comar-asilo--phone-1', 'number', 'llamar');
    await editCell(file, 'schedule', 'comar-asilo--schedule-1', 'closes_at', '08:00');
    const c = captureCli();
    const code = await runKioskctl(
      ['directory', 'import', '--format', 'xlsx', file, '--config', configDir, '--data', dataDir],
      c.io,
    );
    expect(code).toBe(1);
    expect(c.err).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^service row \d+: status: unknown status "cerrado"$/),
        expect.stringMatching(/^phone row \d+: phones\.0\.number: Invalid string/),
        '2 problem(s): nothing was changed.',
      ]),
    );
    expect(await readFile(join(configDir, 'directory.json'), 'utf8')).toBe(original);
    await expect(readdir(join(configDir, 'directory-history'))).rejects.toThrow();
    expect(await auditRows(dataDir)).toEqual([]);

    // Once the rows are right, the whole-file check still refuses hours that close before they open.
    await editCell(file, 'service', 'comar-asilo', 'status', 'active');
    await editCell(file, 'phone', 'comar-asilo--phone-1', 'number', '55 5209 8800');
    const again = captureCli();
    expect(
      await runKioskctl(
        ['directory', 'import', '--format', 'xlsx', file, '--config', configDir, '--data', dataDir],
        again.io,
      ),
    ).toBe(1);
    expect(again.err[0]).toMatch(/^service row \d+: openingHours\.monday/);
    expect(await readFile(join(configDir, 'directory.json'), 'utf8')).toBe(original);
  });

  it('refuses a file that is no directory, a wrong format, and an import without a kiosk database', async () => {
    const { configDir, dataDir, work } = await kiosk();
    const original = await readFile(join(configDir, 'directory.json'), 'utf8');
    const junk = join(work, 'junk.zip');
    await writeFile(junk, 'not a zip');
    const c = captureCli();
    expect(
      await runKioskctl(
        ['directory', 'import', '--format', 'hsds', junk, '--config', configDir, '--data', dataDir],
        c.io,
      ),
    ).toBe(1);
    expect(c.err).toEqual([`${junk}: not a zip file. Nothing was changed.`]);
    const usage = captureCli();
    expect(await runKioskctl(['directory', 'export', '--format', 'csv', '--out', junk], usage.io)).toBe(2);
    const noDb = captureCli();
    expect(
      await runKioskctl(
        ['directory', 'import', '--format', 'hsds', junk, '--config', configDir, '--data', await tempDir('empty-')],
        noDb.io,
      ),
    ).toBe(1);
    expect(noDb.err[0]).toMatch(/No usable kiosk database/);
    expect(await readFile(join(configDir, 'directory.json'), 'utf8')).toBe(original);
  });
});
