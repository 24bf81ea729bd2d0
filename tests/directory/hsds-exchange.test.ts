// The directory as Open Referral HSDS 3.0 (JSON and its tabular CSV form) and as an XLSX
// workbook: a round trip keeps every field the kiosk uses; a bad row is named, never taken.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import type { ServiceEntry } from '../../main/contract/index.js';
import { directoryFileSchema } from '../../main/services/config/directory-schema.js';
import { exportDirectory, EXCHANGE_FORMATS } from '../../main/services/directory/directory-exchange.js';
import { csvZipToTables, hsdsJsonToTables, parseCsv, xlsxToTables } from '../../main/services/directory/hsds-files.js';
import { hsdsToDirectory } from '../../main/services/directory/hsds-import.js';
import { directoryToHsds, HSDS_TABLES, type HsdsTables } from '../../main/services/directory/hsds-tables.js';
import { SAMPLE_CONFIG_DIR } from '../services/temp-dirs.js';

const sample = directoryFileSchema.parse(
  JSON.parse(readFileSync(join(SAMPLE_CONFIG_DIR, 'directory.json'), 'utf8')),
).services;

function read(bytes: Uint8Array, format: (typeof EXCHANGE_FORMATS)[number]): Promise<HsdsTables> | HsdsTables {
  if (format === 'hsds-json') return hsdsJsonToTables(new TextDecoder().decode(bytes));
  if (format === 'hsds-csv') return csvZipToTables(bytes);
  return xlsxToTables(bytes);
}

function services(tables: HsdsTables): ServiceEntry[] {
  const outcome = hsdsToDirectory(tables);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems.slice(0, 5)));
  return outcome.services;
}

describe('HSDS and XLSX round trips of the sample directory', () => {
  it.each(EXCHANGE_FORMATS)('%s: every entry comes back equal, field by field', async (format) => {
    const bytes = await exportDirectory(sample, format);
    const back = services(await read(bytes, format));
    expect(back.map((entry) => entry.id)).toEqual(sample.map((entry) => entry.id));
    sample.forEach((entry, index) => {
      const returned = back[index] as unknown as Record<string, unknown>;
      for (const [field, value] of Object.entries(entry))
        expect(returned[field], `${entry.id}.${field}`).toEqual(value);
      expect(Object.keys(returned).sort(), entry.id).toEqual(Object.keys(entry).sort());
    });
  });

  it('writes the exact HSDS 3.0 names, Spanish in the HSDS fields and the other languages beside them', async () => {
    const page = JSON.parse(new TextDecoder().decode(await exportDirectory(sample, 'hsds-json'))) as {
      total_items: number;
      contents: Record<string, unknown>[];
    };
    expect(page.total_items).toBe(sample.length);
    const comar = page.contents.find((service) => service.id === 'comar-asilo') as Record<string, unknown>;
    const entry = sample.find((service) => service.id === 'comar-asilo') as ServiceEntry;
    expect(comar).toMatchObject({
      name: entry.name.es,
      x_redsafe_name_ht: entry.name.ht,
      status: 'active',
      assured_date: entry.verifiedOn,
      organization: { name: entry.organisation.name },
      phones: [{ number: '55 5209 8800', type: 'voice' }],
      schedules: expect.arrayContaining([
        expect.objectContaining({ freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '14:00' }),
      ]) as unknown,
      languages: expect.arrayContaining([expect.objectContaining({ code: 'es' })]) as unknown,
    });
    const [at] = comar.service_at_locations as { location: { transportation: string; addresses: unknown[] } }[];
    expect(at?.location.transportation).toBe(entry.address?.reference?.es);
    expect(at?.location.addresses).toEqual([
      expect.objectContaining({
        address_1: 'Versalles 49',
        postal_code: '06600',
        country: 'MX',
        address_type: 'physical',
      }),
    ]);
  });

  it('the tabular form is one CSV per HSDS table, read back exactly (quotes, commas, line breaks)', async () => {
    const files = unzipSync(await exportDirectory(sample, 'hsds-csv'));
    expect(Object.keys(files).sort()).toEqual(HSDS_TABLES.map((table) => `${table}.csv`).sort());
    expect(parseCsv('a,b\r\n"x, ""y""","line\nbreak"\r\n')).toEqual([
      ['a', 'b'],
      ['x, "y"', 'line\nbreak'],
    ]);
  });
});

describe('rows an import cannot take', () => {
  it('names every bad row with its table, row and field, and returns no entries', () => {
    const tables = directoryToHsds(sample);
    const service = tables.service.map((row, index) =>
      index === 1 ? { ...row, status: 'closed', x_redsafe_name_ht: '' } : row,
    );
    const phone = [...tables.phone, { id: 'stray', service_id: 'no-such-service', number: '55 1111 1111' }];
    const schedule = tables.schedule.map((row, index) => (index === 0 ? { ...row, byday: 'XX' } : row));
    const outcome = hsdsToDirectory({ ...tables, service, phone, schedule });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toEqual(
      expect.arrayContaining([
        { table: 'service', row: 3, field: 'status', reason: 'unknown status "closed"' },
        expect.objectContaining({ table: 'service', row: 3, field: 'name.ht' }),
        { table: 'phone', row: phone.length + 1, field: 'service_id', reason: 'no service with id "no-such-service"' },
        { table: 'schedule', row: 2, field: 'byday', reason: 'unknown day "XX"' },
      ]),
    );
  });

  it('a postal code Excel turned into a number is refused, not padded', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await exportDirectory(sample, 'xlsx')) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('address');
    if (sheet === undefined) throw new Error('no address sheet');
    const header = sheet.getRow(1).values as unknown[];
    sheet.getRow(2).getCell(header.indexOf('postal_code')).value = 6600;
    const outcome = hsdsToDirectory(await xlsxToTables(new Uint8Array(await workbook.xlsx.writeBuffer())));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems.map((p) => p.field)).toContain('address.postalCode');
  });

  it('a zip without service.csv, or text that is not JSON, is not a directory at all', () => {
    expect(() => csvZipToTables(zipSync({ 'other.csv': strToU8('id\r\n') }))).toThrow('no service.csv');
    expect(() => hsdsJsonToTables('{')).toThrow('not JSON');
    expect(strFromU8(strToU8('ok'))).toBe('ok');
  });
});

describe('coordinates', () => {
  it.each(EXCHANGE_FORMATS)(
    '%s: travel as HSDS location latitude and longitude, with or without an address',
    async (format) => {
      const [first, second] = sample as [ServiceEntry, ServiceEntry];
      const noAddress: ServiceEntry = { ...second };
      delete noAddress.address;
      const entries: ServiceEntry[] = [
        { ...first, coordinates: { latitude: 19.42901, longitude: -99.15362 } },
        { ...noAddress, coordinates: { latitude: 19.4, longitude: -99.1 } },
      ];
      const back = services(await read(await exportDirectory(entries, format), format));
      expect(back).toEqual(entries);
    },
  );

  it('a latitude that is not a number is named on its location row', () => {
    const tables = directoryToHsds([{ ...(sample[0] as ServiceEntry), coordinates: { latitude: 1, longitude: 2 } }]);
    const location = tables.location.map((row) => ({ ...row, latitude: 'norte' }));
    const outcome = hsdsToDirectory({ ...tables, location });
    expect(outcome.ok ? [] : outcome.problems).toEqual([
      { table: 'location', row: 2, field: 'latitude', reason: 'latitude and longitude must both be decimal degrees' },
      expect.objectContaining({ table: 'service', field: 'coordinates.latitude' }),
    ]);
  });
});
