import { z } from 'zod';

import { text } from '../texts/text-schemas.js';
import { textSet, type TextSource } from '../texts/text-set.js';

/** The one word a turn ticket carries besides its number, from `locales/slip/<lang>.json` (`ticket`). */
export interface TicketTexts {
  readonly yourTurn: string;
}

const ticketTextsSchema = z.object({ yourTurn: text() }) satisfies z.ZodType<TicketTexts>;

export const TICKET_TEXT_SOURCE: TextSource<TicketTexts> = {
  namespace: 'slip',
  section: 'ticket',
  schema: ticketTextsSchema,
};
export const TICKET_TEXT_SET = textSet(TICKET_TEXT_SOURCE);
