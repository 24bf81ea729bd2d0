// The words of the language review, read back from paper in each language: a referral slip and a
// pathway slip printed through the emulator on the first of the month, when Kreyòl and French
// write the day as an ordinal (1ye, 1er).
import { describe, expect, it } from 'vitest';

import { LANGUAGES, type Language, type ServiceEntry } from '../../main/contract/index.js';
import { loadConfigFolder, type PrinterProfile } from '../../main/services/config/index.js';
import { visitorSlip } from '../../main/services/pathways/pathway-slips.js';
import { paperText } from '../../main/services/printing/emulator/emulator-render.js';
import { EscPosEmulator } from '../../main/services/printing/emulator/escpos-emulator.js';
import { referralSlip } from '../../main/services/printing/slip/referral-slip.js';
import type { SlipDocument } from '../../main/services/printing/slip/slip-document.js';
import { columnsOf, encodeSlip } from '../../main/services/printing/slip/slip-escpos.js';
import { newReferralCode } from '../../main/services/referrals/referral-code.js';
import { newReferral, referralQrPayload } from '../../main/services/referrals/referral.js';
import { calendarNamesByLanguage } from '../../main/services/texts/calendar-texts.js';
import { SAMPLE_CONFIG_DIR } from '../services/temp-dirs.js';

function loaded<T>(outcome: { ok: true; value: T } | { ok: false }): T {
  if (!outcome.ok) throw new Error('the sample configuration does not load');
  return outcome.value;
}

const folder = await loadConfigFolder(SAMPLE_CONFIG_DIR);
const site = loaded(folder.site);
const services = loaded(folder.directory).services;
const pathway = loaded(folder.pathways).pathways[0];
const profile: PrinterProfile | undefined = loaded(folder.printers).printers[0]?.profile;
if (pathway === undefined || profile === undefined) throw new Error('the sample has no pathway or printer');
const calendar = calendarNamesByLanguage();
const CODE = newReferralCode();
// Noon in Mexico City on 1 December 2026, a Tuesday.
const FIRST_OF_MONTH = new Date('2026-12-01T18:00:00Z');

async function printed(doc: SlipDocument, page: PrinterProfile): Promise<string> {
  const emulator = new EscPosEmulator();
  emulator.connect({ write: () => undefined, disconnect: () => undefined });
  emulator.receive(encodeSlip(doc, page).bytes);
  await emulator.until(() => emulator.paper.some((item) => item.kind === 'cut'));
  // One run of words: a wrapped line must not split what is looked for.
  return paperText(emulator.paper, columnsOf(page)).replace(/\s+/g, ' ');
}

/** A service of the sample that costs something, to print the cost line too. */
const paidService = (): ServiceEntry => {
  const first = services[0];
  if (first === undefined) throw new Error('the sample directory is empty');
  return { ...first, cost: { ...first.cost, kind: 'paid' } };
};

const referralPaper = (language: Language): Promise<string> =>
  printed(
    referralSlip({
      site,
      service: paidService(),
      language,
      referral: newReferral(paidService().id, CODE),
      issuedAt: FIRST_OF_MONTH,
      calendar,
      columns: columnsOf(profile),
      codePage: profile.codePage,
    }),
    profile,
  );

const pathwayPaper = (language: Language): Promise<string> =>
  printed(
    visitorSlip({
      site,
      pathway,
      urgency: 'immediate',
      services: services.slice(0, 1),
      referralCode: CODE,
      qrPayload: referralQrPayload(CODE),
      language,
      issuedAt: FIRST_OF_MONTH,
      calendar,
      columns: columnsOf(profile),
      codePage: profile.codePage,
    }),
    profile,
  );

/** What each language's paper must say, and words the review took out that must not come back. */
const EXPECTED: Readonly<Record<Language, { referral: string[]; pathway: string[]; date: string; never: RegExp }>> = {
  ht: {
    referral: ['Fèy referans', 'Fèy sa a pa gen okenn enfòmasyon pèsonèl.', 'Pri: Ou ka gen pou peye'],
    pathway: ['Fèy referans', 'Nimewo ijans'],
    date: 'madi 1ye desanm 2026',
    never: /\b(Fich|Papye referans|Fòk ou peye|24 èdtan)\b/,
  },
  fr: {
    referral: ["Fiche d'orientation", 'Cette fiche ne contient aucune donnée personnelle.'],
    pathway: ["Fiche d'orientation", "Numéros d'urgence"],
    date: 'mardi 1er décembre 2026',
    never: /\b(Billet|billet)\b/,
  },
  es: {
    referral: ['Hoja de referencia', 'Costo: Con costo'],
    pathway: ['Hoja de referencia', 'Números de emergencia'],
    date: 'martes 1 de diciembre de 2026',
    never: /\b1er\b|\b1ye\b/,
  },
  en: {
    referral: ['Referral slip', 'Cost: There is a cost'],
    pathway: ['Referral slip', 'Emergency numbers'],
    date: 'Tuesday 1 December 2026',
    never: /\b1er\b|\b1ye\b/,
  },
};

describe('the reviewed words on paper', () => {
  it.each(LANGUAGES)('%s: a referral slip printed on the first of the month', async (language) => {
    const paper = await referralPaper(language);
    const expected = EXPECTED[language];
    for (const words of [...expected.referral, expected.date]) expect(paper, words).toContain(words);
    expect(paper).not.toMatch(expected.never);
    // The Spanish block for the receiving service is filled in: no placeholder reaches paper.
    expect(paper).toContain(`Persona orientada en ${site.name.es} el martes 1 de diciembre de 2026.`);
    expect(paper).not.toMatch(/\{\{?\w+\}\}?/);
  });

  it.each(LANGUAGES)('%s: a pathway slip printed on the first of the month', async (language) => {
    const paper = await pathwayPaper(language);
    const expected = EXPECTED[language];
    for (const words of [...expected.pathway, expected.date]) expect(paper, words).toContain(words);
    expect(paper).not.toMatch(expected.never);
    expect(paper).not.toMatch(/\{\{?\w+\}\}?/);
  });
});
