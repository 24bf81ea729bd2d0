// A slip printed for a service that is closed for a while says until when, in the visitor's
// language, with the day's names from the locale files, and never why it is closed.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { LANGUAGES, type Language } from '../../main/contract/index.js';
import type { SiteConfig } from '../../main/services/config/index.js';
import { directoryFileSchema } from '../../main/services/config/directory-schema.js';
import { paperText } from '../../main/services/printing/emulator/emulator-render.js';
import { EscPosEmulator } from '../../main/services/printing/emulator/escpos-emulator.js';
import { referralSlip } from '../../main/services/printing/slip/referral-slip.js';
import { encodeSlip } from '../../main/services/printing/slip/slip-escpos.js';
import { newReferralCode } from '../../main/services/referrals/referral-code.js';
import { newReferral } from '../../main/services/referrals/referral.js';
import { calendarNamesByLanguage } from '../../main/services/texts/calendar-texts.js';
import { NOW } from '../printing/printing-support.js';
import { SAMPLE_CONFIG_DIR } from '../services/temp-dirs.js';

const site = JSON.parse(await readFile(join(SAMPLE_CONFIG_DIR, 'site.json'), 'utf8')) as SiteConfig;
const directory = directoryFileSchema.parse(
  JSON.parse(await readFile(join(SAMPLE_CONFIG_DIR, 'directory.json'), 'utf8')),
);
const found = directory.services.find((entry) => entry.id === 'comar-asilo');
if (found === undefined) throw new Error('sample directory lost comar-asilo');
const service = found;
const calendar = calendarNamesByLanguage();
const CODE = newReferralCode(() => Uint8Array.from([0x3a, 0x5c, 0x11, 0x9e, 0x07]));
const slipWords = async (language: Language) =>
  (
    JSON.parse(await readFile(join(SAMPLE_CONFIG_DIR, '..', 'locales', 'slip', `${language}.json`), 'utf8')) as {
      referral: Record<string, string>;
    }
  ).referral;

/** Wednesday 9 December 2026, in each language's own words. */
const DAY: Record<Language, string> = {
  es: 'miércoles 9 de diciembre de 2026',
  en: 'Wednesday 9 December 2026',
  fr: 'mercredi 9 décembre 2026',
  ht: 'mèkredi 9 desanm 2026',
};

async function printed(language: Language, closure: { until: string } | undefined): Promise<string> {
  const doc = referralSlip({
    site,
    service,
    language,
    referral: newReferral('comar-asilo', CODE),
    issuedAt: NOW,
    calendar,
    columns: 48,
    codePage: 'wpc1252',
    closure,
  });
  const encoded = encodeSlip(doc, {
    paperWidthMm: 80,
    codePage: 'wpc1252',
    nativeQr: true,
    qrModuleSize: 6,
    status: true,
    paperMmPerSecond: 90,
  });
  const emulator = new EscPosEmulator();
  emulator.connect({ write: () => undefined, disconnect: () => undefined });
  emulator.receive(encoded.bytes);
  await emulator.until(() => emulator.paper.some((item) => item.kind === 'cut'));
  return paperText(emulator.paper, 48);
}

const flat = (text: string): string => text.replace(/\s+/g, ' ');

describe('the slip of a service closed for a while', () => {
  it.each(LANGUAGES)('says "closed until" with the day in the locale’s words (%s)', async (language) => {
    const text = await printed(language, { until: '2026-12-09' });
    await expect(text).toMatchFileSnapshot(`../printing/golden/slip-${language}-closed-80mm.txt`);
    const words = await slipWords(language);
    const expected = (words.closedUntil ?? '').replace('{{date}}', DAY[language]);
    expect(flat(text)).toContain(flat(expected));
    // Neutral: no reason is printed, in any language's words for it.
    expect(text.toLowerCase()).not.toMatch(/renovation|obras|travaux|holiday|vacaciones|no staff|sin personal/);
  });

  it.each(LANGUAGES)('says nothing of a closure when there is none (%s)', async (language) => {
    const words = await slipWords(language);
    const opening = (words.closedUntil ?? '').split('{{date}}')[0] ?? '';
    expect(opening.length).toBeGreaterThan(3);
    expect(await printed(language, undefined)).not.toContain(opening.trim());
  });
});
