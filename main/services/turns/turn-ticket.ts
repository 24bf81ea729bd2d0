import { ENDONYMS, type CalendarNames, type Language } from '../../contract/index.js';
import type { SiteConfig } from '../config/index.js';
import type { CodePage } from '../printing/escpos/code-pages.js';
import { slipDate } from '../printing/slip/calendar-names.js';
import { SlipBuilder, type SlipDocument } from '../printing/slip/slip-document.js';

import type { TicketTexts } from './ticket-texts.js';

export interface TurnTicketInput {
  readonly site: SiteConfig;
  readonly number: string;
  readonly language: Language;
  readonly texts: TicketTexts;
  readonly issuedAt: Date;
  readonly calendar: CalendarNames | undefined;
  readonly columns: number;
  readonly codePage: CodePage;
}

/**
 * A turn ticket: the point's name, the day, the number in large digits and the language, and
 * nothing else. Never the need: an urgent or private turn prints exactly like any other, so a
 * ticket found or taken says nothing about why someone came (product rule 4). No time either:
 * a time on paper would tie the person to the minute they arrived.
 */
export function turnTicket(input: TurnTicketInput): SlipDocument {
  const { site, language } = input;
  const ticket = new SlipBuilder(input.columns, input.codePage);
  ticket.text(site.name[language], { align: 'center', bold: true });
  ticket.text(slipDate(input.issuedAt, site.timezone, input.calendar), { align: 'center' });
  ticket.rule();
  ticket.text(input.texts.yourTurn, { align: 'center' });
  ticket.blank();
  ticket.text(input.number, { align: 'center', bold: true, scale: 2 });
  ticket.blank();
  ticket.rule();
  ticket.text(ENDONYMS[language], { align: 'center' });
  return ticket.build();
}
