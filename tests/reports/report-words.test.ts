// The reviewed report words, read back from the files a supervisor opens, in each language: the
// PDF through pdftotext (the first of the month as 1ye / 1er) and the XLSX metadata sheet.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { LANGUAGES, type Language } from '../../main/contract/index.js';
import { okValue } from '../support/result.js';

import { pdfToText } from './pdf-text.js';
import { reportFixture, type ReportFixture } from './report-fixture.js';

let fixture: ReportFixture;
const PERIOD = { from: '2026-11-01', to: '2026-11-07' };

beforeAll(async () => {
  fixture = await reportFixture({ from: PERIOD.from, days: 7, entriesPerDay: 3, seed: 7 });
});
afterAll(async () => {
  await fixture.close();
});

const PDF_WORDS: Readonly<Record<Language, { words: string[]; never: RegExp }>> = {
  ht: { words: ['Rapò aktivite', 'dimanch 1ye novanm 2026 rive samdi 7 novanm 2026', ' · fèt '], never: /fèt le / },
  fr: { words: ["Rapport d'activité", 'dimanche 1er novembre 2026'], never: /\b1 novembre\b/ },
  es: { words: ['domingo 1 de noviembre de 2026'], never: /\b1er\b|\b1ye\b/ },
  en: { words: ['Sunday 1 November 2026'], never: /\b1er\b|\b1ye\b/ },
};

async function metadata(language: Language): Promise<{ sheets: string[]; rows: string[] }> {
  const built = okValue(
    await fixture.service.build({ ...PERIOD, language, format: 'xlsx', rule: fixture.service.ruleNow() }),
  );
  const book = new ExcelJS.Workbook();
  const bytes = built.bytes;
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const last = book.worksheets.at(-1);
  const rows: string[] = [];
  last?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(String).join(' | ')));
  return { sheets: book.worksheets.map((sheet) => sheet.name), rows };
}

describe('report words in each language', () => {
  it.each(LANGUAGES)('%s: the PDF reads back with the reviewed words and its dates', async (language) => {
    const pdf = okValue(
      await fixture.service.build({ ...PERIOD, language, format: 'pdf', rule: fixture.service.ruleNow() }),
    );
    const text = (await pdfToText(pdf.bytes)).replace(/[ \t]+/g, ' ');
    for (const words of PDF_WORDS[language].words) expect(text, words).toContain(words);
    expect(text).not.toMatch(PDF_WORDS[language].never);
    expect(text).not.toMatch(/\{\{?\w+\}\}?/);
  });

  it('ht: the workbook names the point, the time zone and the equipment check with the fixed terms', async () => {
    const { sheets, rows } = await metadata('ht');
    expect(sheets).toContain('Tès ekipman');
    expect(sheets).not.toContain('Verifikasyon materyèl');
    expect(rows.some((row) => row.startsWith('Pwen akèy | '))).toBe(true);
    expect(rows.some((row) => row.startsWith('Lè lokal | America/Mexico_City'))).toBe(true);
    expect(rows.some((row) => row.startsWith('Dat li fèt | '))).toBe(true);
  });

  it('fr and es: the workbook calls the kiosk a borne and a kiosco', async () => {
    expect((await metadata('fr')).rows.some((row) => row.startsWith('Version de la borne | 9.9.9-test'))).toBe(true);
    expect((await metadata('es')).rows.some((row) => row.startsWith('Versión del kiosco | 9.9.9-test'))).toBe(true);
  });
});
