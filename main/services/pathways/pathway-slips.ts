import { type Language, type Pathway, type ServiceEntry, type Urgency } from '../../contract/index.js';
import type { SiteConfig } from '../config/index.js';
import type { CodePage } from '../printing/escpos/code-pages.js';
import { slipDate, type CalendarNamesByLanguage } from '../printing/slip/calendar-names.js';
import { SlipBuilder, type SlipDocument } from '../printing/slip/slip-document.js';
import { paperOrganisationName, paperServiceName } from '../printing/slip/paper-names.js';
import { SLIP_TEXTS } from '../printing/slip/slip-texts.js';
import { fill } from '../texts/fill.js';

import { PATHWAY_TEXTS } from './pathway-texts.js';

export interface PathwaySlipInput {
  readonly site: SiteConfig;
  readonly pathway: Pathway;
  readonly urgency: Urgency;
  /** The services to go to, in the order the pathway names them. */
  readonly services: readonly ServiceEntry[];
  readonly referralCode: string;
  readonly qrPayload: string;
  readonly language: Language;
  readonly issuedAt: Date;
  readonly calendar: Partial<CalendarNamesByLanguage>;
  readonly columns: number;
  readonly codePage: CodePage;
}

function header(slip: SlipBuilder, input: PathwaySlipInput, language: Language, title: string): void {
  slip.text(input.site.name[language], { align: 'center', bold: true });
  slip.text(slipDate(input.issuedAt, input.site.timezone, input.calendar[language]), { align: 'center' });
  slip.text(title, { align: 'center', bold: true });
  if (input.pathway.sample || input.site.sample) slip.text(PATHWAY_TEXTS[language].sample, { align: 'center' });
  slip.rule();
}

function serviceBlock(slip: SlipBuilder, service: ServiceEntry, language: Language): void {
  const t = SLIP_TEXTS[language];
  slip.text(paperServiceName(service, language), { bold: true });
  slip.text(paperOrganisationName(service));
  const a = service.address;
  if (a !== undefined) {
    const parts = [a.street, a.neighbourhood, a.municipality, a.city].filter((p) => p !== undefined);
    slip.field(t.address, parts.join(', '));
  }
  for (const phone of service.phones) slip.field(t.phone, phone.number);
}

/**
 * The visitor's slip, in their language: where to go, what happens next, the emergency numbers,
 * the referral code and its QR. Not the profile: whoever sees the slip must not learn why.
 */
export function visitorSlip(input: PathwaySlipInput): SlipDocument {
  const { language } = input;
  const t = PATHWAY_TEXTS[language];
  const s = SLIP_TEXTS[language];
  const slip = new SlipBuilder(input.columns, input.codePage);
  header(slip, input, language, t.slipTitle);
  slip.text(t.goTo, { bold: true });
  for (const service of input.services) {
    serviceBlock(slip, service, language);
    slip.blank();
  }
  slip.text(t.whatHappensNext, { bold: true });
  slip.text(input.pathway.whatHappensNext[language]);
  slip.rule();
  slip.text(s.emergency, { bold: true });
  for (const line of input.site.emergencyNumbers) {
    slip.text(`${line.number}  ${line.label[language]}${line.open24h ? ` (${s.open24h})` : ''}`, { indent: '    ' });
  }
  slip.rule();
  slip.qr(input.qrPayload);
  slip.text(s.referralCode, { align: 'center' });
  slip.text(input.referralCode, { align: 'center', bold: true, scale: 2 });
  slip.text(s.showToStaff, { align: 'center' });
  slip.text(s.noPersonalData, { align: 'center' });
  return slip.build();
}

/**
 * The note for the receiving service, always in Spanish: the pathway's neutral route label, how
 * urgent, whom it is for and the referral code. Never the profile: the note travels with the person
 * and may be read by whoever controls them. No name, no story: the person tells what they choose.
 */
export function referralNote(input: PathwaySlipInput): SlipDocument {
  const t = PATHWAY_TEXTS.es;
  const slip = new SlipBuilder(input.columns, input.codePage);
  header(slip, input, 'es', t.noteTitle);
  slip.text(t.handOver, { align: 'center' });
  slip.field(t.route, input.pathway.noteLabel ?? t.defaultRoute);
  slip.field(t.urgencyLegend, t.urgency[input.urgency]);
  slip.text(`${t.contacts}:`, { bold: true });
  for (const service of input.services) serviceBlock(slip, service, 'es');
  slip.rule();
  slip.field(SLIP_TEXTS.es.referralCode, input.referralCode);
  const date = slipDate(input.issuedAt, input.site.timezone, input.calendar.es);
  slip.text(fill(t.noteBody, { par: input.site.name.es, date }));
  return slip.build();
}
