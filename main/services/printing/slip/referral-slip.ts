import {
  formatLongDate,
  WEEKDAYS,
  type CalendarNames,
  type Language,
  type OpeningHours,
  type Referral,
  type ServiceClosure,
  type ServiceEntry,
} from '../../../contract/index.js';
import type { SiteConfig } from '../../config/index.js';
import type { CodePage } from '../escpos/code-pages.js';
import { fill } from '../../texts/fill.js';

import { slipDate, type CalendarNamesByLanguage } from './calendar-names.js';
import { paperOrganisationName, paperServiceName } from './paper-names.js';
import { SlipBuilder, type SlipDocument } from './slip-document.js';
import { SELF_TEST_LINES, SLIP_TEXTS } from './slip-texts.js';

export interface ReferralSlipInput {
  readonly site: SiteConfig;
  readonly service: ServiceEntry;
  readonly language: Language;
  readonly referral: Referral;
  readonly issuedAt: Date;
  readonly calendar: Partial<CalendarNamesByLanguage>;
  readonly columns: number;
  readonly codePage: CodePage;
  /** The service's closure in force on the site's day, if any: the slip says until when. */
  readonly closure?: Pick<ServiceClosure, 'until'> | undefined;
}

/** The closure's last day in the locale's own names (a calendar day, so no time zone shift). */
function closedUntilDay(until: string, names: CalendarNames | undefined): string {
  return names === undefined ? until : formatLongDate(new Date(`${until}T12:00:00Z`), 'UTC', names);
}

/** `lendi-vandredi 09:00-14:00`: consecutive days with the same hours share one line. */
function hoursLines(hours: OpeningHours, names: CalendarNames | undefined, closed: string): string[] {
  // Calendar names start on Sunday (Date#getDay); WEEKDAYS start on Monday.
  const dayName = (index: number): string => names?.weekdays[(index + 1) % 7] ?? WEEKDAYS[index] ?? '';
  const keys = WEEKDAYS.map((day) => (hours[day] ?? []).join(', '));
  const lines: string[] = [];
  let start = 0;
  for (let i = 1; i <= keys.length; i += 1) {
    if (i < keys.length && keys[i] === keys[start]) continue;
    const ranges = keys[start] ?? '';
    const days = i - 1 === start ? dayName(start) : `${dayName(start)}-${dayName(i - 1)}`;
    lines.push(`${days} ${ranges === '' ? closed : ranges}`);
    start = i;
  }
  return lines;
}

function addressText(service: ServiceEntry): string | undefined {
  const a = service.address;
  if (a === undefined) return undefined;
  return [a.street, a.neighbourhood, a.municipality, a.city, a.postalCode].filter((p) => p !== undefined).join(', ');
}

/**
 * The referral slip (product brief, "The referral slip"): who issued it and when, the service in
 * the visitor's language, a block in Spanish for the receiving service, emergency numbers, the QR
 * and the code. Nothing about the person: there is nothing about them to print; and the service goes
 * by its neutral paper names, so the slip does not tell why the person came.
 */
export function referralSlip(input: ReferralSlipInput): SlipDocument {
  const { site, service, language, referral, issuedAt, calendar } = input;
  const t = SLIP_TEXTS[language];
  const names = calendar[language];
  const slip = new SlipBuilder(input.columns, input.codePage);

  slip.text(site.name[language], { align: 'center', bold: true });
  slip.text(slipDate(issuedAt, site.timezone, names), { align: 'center' });
  slip.text(t.title, { align: 'center', bold: true });
  if (site.sample || service.sampleNotice !== undefined) slip.text(t.sample, { align: 'center' });
  slip.rule();

  slip.text(paperServiceName(service, language), { bold: true });
  slip.text(paperOrganisationName(service));
  // Closed for a while: the person may still go later, so the day comes first. Never the reason.
  if (input.closure !== undefined)
    slip.text(fill(t.closedUntil, { date: closedUntilDay(input.closure.until, names) }), { bold: true });
  const address = addressText(service);
  if (address !== undefined) slip.field(t.address, address);
  const reference = service.address?.reference?.[language];
  if (reference !== undefined) slip.field(t.howToFind, reference);
  slip.text(`${t.hours}:`);
  for (const line of hoursLines(service.openingHours, names, t.closed)) slip.text(line, { lead: '  ', indent: '  ' });
  const note = service.hoursNote?.[language];
  if (note !== undefined) slip.text(note, { indent: '  ' });
  for (const phone of service.phones) {
    const label = phone.label?.[language];
    slip.field(t.phone, label === undefined ? phone.number : `${phone.number} (${label})`);
  }
  if (service.whatsapp !== undefined) slip.field(t.whatsapp, service.whatsapp);
  const costNote = service.cost.note?.[language];
  const cost = service.cost.kind === 'free' ? t.free : t.paid;
  slip.field(t.cost, costNote === undefined ? cost : `${cost}. ${costNote}`);
  if (service.whatToBring.length === 0) slip.field(t.whatToBring, t.nothingToBring);
  else {
    slip.text(`${t.whatToBring}:`);
    for (const item of service.whatToBring) slip.text(`- ${item[language]}`, { indent: '  ' });
  }
  slip.rule();

  // Always in Spanish: staff at the receiving service read this part, whatever the visitor reads.
  const es = SLIP_TEXTS.es;
  slip.text(es.forReceivingService, { bold: true });
  slip.field(es.service, paperServiceName(service, 'es'));
  slip.text(paperOrganisationName(service), { lead: '  ' });
  slip.field(es.referralCode, referral.referralCode);
  const esDate = slipDate(issuedAt, site.timezone, calendar.es);
  slip.text(fill(es.receivingNote, { par: site.name.es, date: esDate }));
  slip.rule();

  slip.text(t.emergency, { bold: true });
  for (const line of site.emergencyNumbers) {
    slip.text(`${line.number}  ${line.label[language]}${line.open24h ? ` (${t.open24h})` : ''}`, { indent: '    ' });
  }
  slip.rule();

  slip.qr(referral.qrPayload);
  slip.text(t.referralCode, { align: 'center' });
  slip.text(referral.referralCode, { align: 'center', bold: true, scale: 2 });
  slip.text(t.showToStaff, { align: 'center' });
  slip.text(t.noPersonalData, { align: 'center' });
  return slip.build();
}

/** The code-page self-test: every letter of the four languages, for the operator's printer check. */
export function selfTestSlip(columns: number, codePage: CodePage): SlipDocument {
  // Built for wpc1252 so every letter reaches the encoder: on another page the printer shows what it makes of them.
  const slip = new SlipBuilder(columns, 'wpc1252');
  slip.text(`${SLIP_TEXTS.es.selfTest} / ${SLIP_TEXTS.en.selfTest}`, { align: 'center', bold: true });
  slip.text(`${SLIP_TEXTS.fr.selfTest} / ${SLIP_TEXTS.ht.selfTest}`, { align: 'center', bold: true });
  slip.text(`code page: ${codePage}, ${columns} columns`, { align: 'center' });
  slip.rule();
  for (const line of SELF_TEST_LINES) slip.text(line);
  slip.rule();
  slip.text('1234567890'.repeat(Math.ceil(columns / 10)).slice(0, columns));
  return slip.build();
}
