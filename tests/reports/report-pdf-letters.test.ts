import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { okValue } from '../support/result.js';
import { readJson, writeJson } from '../services/temp-dirs.js';

import { pdfToText } from './pdf-text.js';
import { reportFixture, type ReportFixture } from './report-fixture.js';

// Every letter the four languages need, in the PAR's name, which the PDF prints in the chosen language.
const LETTERS = 'ñ ¿ ¡ á é í ó ú ü è ê à â ç œ î ô û ò Ñ É Ç Œ';

let fixture: ReportFixture;
beforeAll(async () => {
  fixture = await reportFixture();
  const file = join(fixture.configDir, 'site.json');
  const site = await readJson(file);
  const name = site.name as Record<string, string>;
  await writeJson(file, { ...site, name: { ...name, fr: `PAR ${LETTERS}`, ht: `PAR ${LETTERS} Kreyòl` } });
  await fixture.config.reload();
});
afterAll(() => fixture.close());

describe('the PDF font', () => {
  it.each(['fr', 'ht'] as const)(
    'keeps every letter of the four languages (%s), read back with pdftotext',
    async (language) => {
      const pdf = okValue(
        await fixture.service.build({
          from: '2026-11-01',
          to: '2026-11-07',
          format: 'pdf',
          language,
          rule: fixture.service.ruleNow(),
        }),
      );
      const text = await pdfToText(pdf.bytes);
      expect(text).toContain(LETTERS);
    },
  );

  it('prints Letter paper when reports.json asks for it', async () => {
    const file = join(fixture.configDir, 'reports.json');
    await writeJson(file, { ...(await readJson(file)), paperSize: 'LETTER' });
    await fixture.config.reload();
    const pdf = okValue(
      await fixture.service.build({
        from: '2026-11-01',
        to: '2026-11-07',
        format: 'pdf',
        language: 'es',
        rule: fixture.service.ruleNow(),
      }),
    );
    // 612 × 792 points: US Letter.
    expect(new TextDecoder('latin1').decode(pdf.bytes)).toMatch(/\/MediaBox \[0 0 612 792\]/);
  });
});
