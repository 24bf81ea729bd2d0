// Everything the sample configuration can put on paper, printed for real: each referral slip, each
// pathway slip and each note for the receiving service, in every language, on both paper widths.
// The ESC/POS bytes are read back by the emulator, and no word that tells why someone came may
// appear outside the emergency-number block that every slip shares (product rule 4).
import { describe, expect, it } from 'vitest';

import { LANGUAGES, URGENCIES, type Language, type ServiceEntry } from '../../main/contract/index.js';
import { loadConfigFolder, type ConfigFolder, type PrinterProfile } from '../../main/services/config/index.js';
import { sensitiveTermMatcher } from '../../main/services/config/sensitive-terms.js';
import { referralNote, visitorSlip, type PathwaySlipInput } from '../../main/services/pathways/pathway-slips.js';
import { paperText } from '../../main/services/printing/emulator/emulator-render.js';
import { EscPosEmulator } from '../../main/services/printing/emulator/escpos-emulator.js';
import { calendarNamesByLanguage } from '../../main/services/texts/calendar-texts.js';
import { referralSlip } from '../../main/services/printing/slip/referral-slip.js';
import type { SlipDocument } from '../../main/services/printing/slip/slip-document.js';
import { columnsOf, encodeSlip } from '../../main/services/printing/slip/slip-escpos.js';
import { SLIP_TEXTS } from '../../main/services/printing/slip/slip-texts.js';
import { newReferralCode } from '../../main/services/referrals/referral-code.js';
import { newReferral, referralQrPayload } from '../../main/services/referrals/referral.js';
import { SAMPLE_CONFIG_DIR } from '../services/temp-dirs.js';

import { NOW } from './printing-support.js';

function loaded<T>(outcome: { ok: true; value: T } | { ok: false }): T {
  if (!outcome.ok) throw new Error('the sample configuration does not load');
  return outcome.value;
}

const folder: ConfigFolder = await loadConfigFolder(SAMPLE_CONFIG_DIR);
const site = loaded(folder.site);
const directory = loaded(folder.directory);
const pathways = loaded(folder.pathways).pathways;
const sampleProfile = loaded(folder.printers).printers[0]?.profile;
if (sampleProfile === undefined) throw new Error('the sample configuration has no printer');
const PROFILES: readonly PrinterProfile[] = [sampleProfile, { ...sampleProfile, paperWidthMm: 58 }];
const calendar = calendarNamesByLanguage();
const matcher = sensitiveTermMatcher(site.sensitiveTerms);
const CODE = newReferralCode();

/** The slip through the printer: the bytes, decoded by the emulator, as the paper shows them. */
async function printed(doc: SlipDocument, profile: PrinterProfile): Promise<string> {
  const emulator = new EscPosEmulator();
  emulator.connect({ write: () => undefined, disconnect: () => undefined });
  emulator.receive(encodeSlip(doc, profile).bytes);
  await emulator.until(() => emulator.paper.some((item) => item.kind === 'cut'));
  return paperText(emulator.paper, columnsOf(profile));
}

/** The paper without the shared emergency-number block: from its heading to the next rule. */
function withoutEmergencyBlock(paper: string, language: Language): string {
  const lines = paper.split('\n');
  const start = lines.findIndex((line) => line.trim() === SLIP_TEXTS[language].emergency);
  if (start < 0) return paper;
  const end = lines.findIndex((line, i) => i > start && /^-{20,}$/.test(line));
  return [...lines.slice(0, start), ...lines.slice(end < 0 ? lines.length : end)].join('\n');
}

/** A wrapped line must not hide a term: the scan reads the paper as one run of words. */
const sensitiveIn = (paper: string, language: Language): string[] =>
  matcher.find(withoutEmergencyBlock(paper, language).replace(/\s+/g, ' '));

const referralPaper = (service: ServiceEntry, language: Language, profile: PrinterProfile): Promise<string> =>
  printed(
    referralSlip({
      site,
      service,
      language,
      referral: newReferral(service.id, CODE),
      issuedAt: NOW,
      calendar,
      columns: columnsOf(profile),
      codePage: profile.codePage,
    }),
    profile,
  );

describe('what the sample configuration puts on paper', () => {
  it('prints no sensitive term on any referral slip, in any language, and a QR with the code only', async () => {
    let slips = 0;
    for (const service of directory.services)
      for (const language of LANGUAGES)
        for (const profile of PROFILES) {
          const paper = await referralPaper(service, language, profile);
          expect(sensitiveIn(paper, language), `${service.id} ${language} ${profile.paperWidthMm} mm`).toEqual([]);
          expect(paper).toContain(`[QR model 2: ${referralQrPayload(CODE)}]`);
          expect(paper).not.toContain(service.id);
          slips += 1;
        }
    expect(slips).toBe(directory.services.length * LANGUAGES.length * PROFILES.length);
  });

  it('prints no sensitive term on any pathway slip or note, whatever the urgency and language', async () => {
    expect(pathways.length).toBeGreaterThan(0);
    const byId = new Map(directory.services.map((service) => [service.id, service]));
    for (const pathway of pathways) {
      // Every service any walk of this pathway can reach: a walk prints some of them.
      const ids = [...new Set(pathway.steps.flatMap((step) => step.contacts))];
      const services = ids.map((id) => byId.get(id)).filter((s): s is ServiceEntry => s !== undefined);
      expect(services).toHaveLength(ids.length);
      for (const urgency of URGENCIES)
        for (const language of LANGUAGES)
          for (const profile of PROFILES) {
            const input: PathwaySlipInput = {
              site,
              pathway,
              urgency,
              services,
              referralCode: CODE,
              qrPayload: referralQrPayload(CODE),
              language,
              issuedAt: NOW,
              calendar,
              columns: columnsOf(profile),
              codePage: profile.codePage,
            };
            const at = `${pathway.id} ${urgency} ${language} ${profile.paperWidthMm} mm`;
            const slip = await printed(visitorSlip(input), profile);
            expect(sensitiveIn(slip, language), `visitor slip ${at}`).toEqual([]);
            expect(slip).toContain(`[QR model 2: REDSAFE-PAR;${CODE}]`);
            const note = await printed(referralNote(input), profile);
            expect(sensitiveIn(note, 'es'), `note ${at}`).toEqual([]);
            expect(note.replace(/\s+/g, ' ')).not.toContain(pathway.title.es);
          }
    }
  });

  it('would catch a harm named on paper: the trafficking line without its neutral names', async () => {
    const line = directory.services.find((service) => service.id === 'linea-nacional-contra-la-trata');
    if (line === undefined) throw new Error('the sample directory has no trafficking line');
    const bare: ServiceEntry = structuredClone(line);
    delete bare.slipName;
    delete bare.organisation.slipName;
    const expected: Record<Language, string> = { es: 'trata', en: 'trafficking', fr: 'traite', ht: 'trafik' };
    for (const language of LANGUAGES) {
      const paper = await referralPaper(bare, language, sampleProfile);
      expect(sensitiveIn(paper, language), language).toContain(expected[language]);
    }
  });
});
