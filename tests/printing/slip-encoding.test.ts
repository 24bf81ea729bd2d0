// The slip's bytes, read back by the emulator: the letters of each language exactly, the init
// sequence, the QR payload from the GS ( k bytes, the cut, and no raster graphics.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { LANGUAGES, type Language, type ServiceEntry } from '../../main/contract/index.js';
import type { PrinterProfile, SiteConfig } from '../../main/services/config/index.js';
import { decodeText, encodeText } from '../../main/services/printing/escpos/code-pages.js';
import { paperPng, paperText } from '../../main/services/printing/emulator/emulator-render.js';
import { EscPosEmulator } from '../../main/services/printing/emulator/escpos-emulator.js';
import { calendarNamesByLanguage } from '../../main/services/texts/calendar-texts.js';
import { referralSlip, selfTestSlip } from '../../main/services/printing/slip/referral-slip.js';
import { encodeSlip, jobBytes } from '../../main/services/printing/slip/slip-escpos.js';
import { slipText } from '../../main/services/printing/slip/slip-render.js';
import { newReferralCode } from '../../main/services/referrals/referral-code.js';
import { newReferral } from '../../main/services/referrals/referral.js';
import { SAMPLE_CONFIG_DIR } from '../services/temp-dirs.js';

import { NOW } from './printing-support.js';

const site = JSON.parse(await readFile(join(SAMPLE_CONFIG_DIR, 'site.json'), 'utf8')) as SiteConfig;
const calendar = calendarNamesByLanguage();
const CODE = newReferralCode(() => Uint8Array.from([0x3a, 0x5c, 0x11, 0x9e, 0x07]));

const profile = (change: Partial<PrinterProfile> = {}): PrinterProfile => ({
  paperWidthMm: 80,
  codePage: 'wpc1252',
  nativeQr: true,
  qrModuleSize: 6,
  status: true,
  paperMmPerSecond: 90,
  ...change,
});

/** A service whose texts carry every letter the tests must see come back exactly. */
const SERVICE: ServiceEntry = {
  id: 'prueba-letras',
  organisation: { name: 'Asociación Niñez y Señales' },
  name: {
    es: '¿Dónde? ¡Aquí! Niñez y pingüinos',
    en: 'Legal advice — “free” and ‘open’…',
    fr: "Œuvre d'accueil : cœur, élève, à côté, garçon, naïf",
    ht: 'Sèvis pou timoun: lè, pòt, kòd, fè',
  },
  description: { es: 'x', en: 'x', fr: 'x', ht: 'x' },
  category: 'children',
  status: 'active',
  openingHours: { monday: ['09:00-14:00'], tuesday: ['09:00-14:00'], saturday: ['10:00-12:00'] },
  phones: [{ number: '55 1234 5678' }],
  cost: { kind: 'free' },
  eligibility: { populations: ['everyone'] },
  whatToBring: [
    {
      es: 'Identificación, si tiene',
      en: 'ID, if you have one',
      fr: "Pièce d'identité, si possible",
      ht: 'Kat idantite, si ou genyen',
    },
  ],
  referralSlipNeeded: true,
  accessibility: [],
  languagesSpoken: ['es'],
  verifiedOn: '2026-11-01',
};

function print(language: Language, prof: PrinterProfile, columns = 48) {
  const doc = referralSlip({
    site,
    service: SERVICE,
    language,
    referral: newReferral(SERVICE.id, CODE),
    issuedAt: NOW,
    calendar,
    columns,
    codePage: prof.codePage,
  });
  const encoded = encodeSlip(doc, prof);
  const emulator = new EscPosEmulator();
  emulator.connect({ write: () => undefined, disconnect: () => undefined });
  return { doc, encoded, emulator };
}

async function run(emulator: EscPosEmulator, bytes: Uint8Array): Promise<void> {
  emulator.receive(bytes);
  await emulator.until(() => emulator.paper.some((item) => item.kind === 'cut'));
}

describe('golden slips through the emulator', () => {
  it.each(LANGUAGES.flatMap((language) => ([80, 58] as const).map((mm) => [language, mm] as const)))(
    '%s on %i mm paper',
    async (language, mm) => {
      const columns = mm === 80 ? 48 : 32;
      const { doc, encoded, emulator } = print(language, profile({ paperWidthMm: mm }), columns);
      await run(emulator, encoded.bytes);
      const printed = paperText(emulator.paper, columns);
      await expect(printed).toMatchFileSnapshot(`golden/slip-${language}-${mm}mm.txt`);
      // What the printer shows is what the preview shows (the QR and cut lines aside).
      const textLines = (text: string) =>
        text.split('\n').filter((l) => l !== '' && !l.includes('[QR') && !l.startsWith('✂'));
      expect(textLines(printed)).toEqual(textLines(slipText(doc)));
      for (const line of emulator.paper)
        if (line.kind === 'text') expect(Array.from(line.text).length).toBeLessThanOrEqual(columns);
    },
  );

  it('print each language’s letters exactly', async () => {
    const letters: Record<Language, string[]> = {
      es: ['¿Dónde?', '¡Aquí!', 'Niñez', 'pingüinos', 'sábado'],
      en: ['Legal advice - "free" and \'open\'...'],
      fr: ['Œuvre', 'cœur', 'élève', 'à côté', 'garçon', 'naïf', 'samedi'],
      ht: ['Sèvis', 'pòt', 'kòd', 'fè', 'samdi', 'novanm'],
    };
    for (const language of LANGUAGES) {
      const { encoded, emulator } = print(language, profile());
      await run(emulator, encoded.bytes);
      const printed = paperText(emulator.paper);
      for (const word of letters[language]) expect(printed, language).toContain(word);
      // The Spanish block for the receiving service is there in every language.
      expect(printed).toContain('Para el servicio que recibe');
      expect(printed).toContain(CODE);
    }
  });

  it('on CP858 spell œ as oe and keep the other letters', async () => {
    const { encoded, emulator } = print('fr', profile({ codePage: 'cp858' }));
    expect(encoded.bytes.slice(0, 7)).toEqual(Uint8Array.from([0x1b, 0x40, 0x1c, 0x2e, 0x1b, 0x74, 19]));
    await run(emulator, encoded.bytes);
    const printed = paperText(emulator.paper);
    expect(printed).toContain("Oeuvre d'accueil : coeur, élève, à côté");
    expect(encoded.unmapped).toBe(0);
    for (const line of emulator.paper)
      if (line.kind === 'text') expect(Array.from(line.text).length).toBeLessThanOrEqual(48);
  });

  it('show a wrong code page as wrong letters', async () => {
    const { encoded, emulator } = print('es', profile());
    const wrong = Uint8Array.from(encoded.bytes);
    wrong[6] = 19; // ESC t 19 (CP858) in front of Windows-1252 text
    await run(emulator, wrong);
    const printed = paperText(emulator.paper);
    expect(printed).not.toContain('Niñez');
    expect(printed).toContain(decodeText(encodeText('Niñez', 'wpc1252').bytes, 'cp858'));
  });

  it('reach a clone that starts in Chinese mode, because FS . follows ESC @', async () => {
    const { encoded } = print('ht', profile());
    const clone = new EscPosEmulator({ startsInChineseMode: true });
    await run(clone, encoded.bytes);
    expect(paperText(clone.paper)).toContain('Sèvis pou timoun');
    // Without FS . the same clone prints the accented bytes as double-byte glyphs.
    const withoutFs = Uint8Array.from([...encoded.bytes.slice(0, 2), ...encoded.bytes.slice(4)]);
    const other = new EscPosEmulator({ startsInChineseMode: true });
    await run(other, withoutFs);
    expect(paperText(other.paper)).not.toContain('Sèvis');
  });
});

describe('the bytes of a slip', () => {
  it('start with ESC @, FS ., ESC t 16 and end with a cut, then GS r 1 on the wire', async () => {
    const { encoded, emulator } = print('es', profile());
    expect([...encoded.bytes.slice(0, 7)]).toEqual([0x1b, 0x40, 0x1c, 0x2e, 0x1b, 0x74, 16]);
    const wire = jobBytes(encoded.bytes, profile());
    expect([...wire.slice(-7)]).toEqual([0x1d, 0x56, 66, 4, 0x1d, 0x72, 1]);
    await run(emulator, wire);
    expect(emulator.commands.slice(0, 3)).toEqual(['ESC @', 'FS .', 'ESC t 16']);
    expect(emulator.commands.at(-2)).toBe('GS V');
    expect(emulator.commands.at(-1)).toBe('GS r 1');
    expect(emulator.rasterBytes).toBe(0);
  });

  it('carry a native model-2 QR whose payload is the referral code only', async () => {
    const { encoded, emulator } = print('en', profile());
    expect(encoded.qr).toBe('native');
    await run(emulator, encoded.bytes);
    const qr = emulator.paper.find((item) => item.kind === 'qr');
    expect(qr).toBeDefined();
    if (qr?.kind !== 'qr') return;
    expect(qr.model).toBe(2);
    expect(Buffer.from(qr.payload).toString('latin1')).toBe(`REDSAFE-PAR;${CODE}`);
    expect(paperPng(emulator.paper).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('print the QR content as text when the printer has no native QR: never silently dropped', async () => {
    const { encoded, emulator } = print('en', profile({ nativeQr: false }));
    expect(encoded.qr).toBe('text');
    await run(emulator, encoded.bytes);
    expect(emulator.paper.some((item) => item.kind === 'qr')).toBe(false);
    expect(paperText(emulator.paper)).toContain(`REDSAFE-PAR;${CODE}`);
  });

  it('drop control characters from text so configuration cannot smuggle commands', () => {
    expect([...encodeText('a\u001b@b\u0010\u0004\u0001c', 'wpc1252').bytes]).toEqual([0x61, 0x40, 0x62, 0x63]);
    expect(encodeText('€ – “x” …', 'wpc1252')).toEqual({
      bytes: Uint8Array.from([0x80, 0x20, 0x2d, 0x20, 0x22, 0x78, 0x22, 0x20, 0x2e, 0x2e, 0x2e]),
      unmapped: 0,
    });
    expect(decodeText(encodeText('€ œ', 'cp858').bytes, 'cp858')).toBe('€ oe');
    expect(encodeText('漢', 'wpc1252').unmapped).toBe(1);
  });

  it('fit the self-test with every letter of the four languages', async () => {
    const emulator = new EscPosEmulator();
    await run(emulator, encodeSlip(selfTestSlip(48, 'wpc1252'), profile()).bytes);
    const printed = paperText(emulator.paper);
    for (const letter of 'ñáéíóúü¿¡àâçèêëîïôùûœÒÈ') expect(printed).toContain(letter);
  });
});
