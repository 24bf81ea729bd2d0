import { ok, type Language, type TicketOutcome } from '../../contract/index.js';
import type { Clock } from '../clock.js';
import type { ConfigService } from '../config/index.js';
import type { KioskHandlers } from '../handlers.js';
import type { Logger } from '../logger.js';
import type { PrintingService } from '../printing/printing-service.js';
import { CALENDAR_TEXTS } from '../texts/calendar-texts.js';

import { TICKET_TEXT_SET } from './ticket-texts.js';
import { turnTicket } from './turn-ticket.js';
import type { TurnService } from './turn-service.js';

type TurnMethods =
  | 'takeTurn'
  | 'getMyTurn'
  | 'getTurnCalls'
  | 'listTurnQueue'
  | 'callNextTurn'
  | 'recallTurn'
  | 'markTurnServed'
  | 'markTurnNoShow';

export interface TurnHandlerDeps {
  readonly turns: TurnService;
  readonly printing: PrintingService;
  readonly config: ConfigService;
  readonly clock: Clock;
  readonly logger: Logger;
}

/**
 * Visitors take a turn and follow it; staff call, recall and close turns; displays read the
 * current calls. The turn is taken before the ticket prints and does not depend on it: when the
 * printer fails, the screen shows the number and the person keeps their place.
 */
export function createTurnHandlers(deps: TurnHandlerDeps): Pick<KioskHandlers, TurnMethods> {
  const { turns, printing, config, clock, logger } = deps;

  const printTicket = async (number: string, language: Language): Promise<TicketOutcome> => {
    const site = config.site();
    if (site === undefined) return 'not_printed';
    try {
      const printed = await printing.printDocument(
        (page) =>
          turnTicket({
            site,
            number,
            language,
            texts: TICKET_TEXT_SET.all[language],
            issuedAt: clock.now(),
            calendar: CALENDAR_TEXTS.own(language),
            ...page,
          }),
        { visitorSlip: true },
      );
      // The outcome only, never the number or the need: a timed line would be a trail of a visit.
      logger.info('turn_ticket', { outcome: printed.outcome });
      return printed.outcome === 'limited' ? 'not_printed' : printed.outcome;
    } catch (error) {
      logger.warn('turn_ticket_failed', { error: error instanceof Error ? error.message : String(error) });
      return 'not_printed';
    }
  };

  return {
    async takeTurn(request) {
      const taken = await turns.take(request);
      if (!taken.ok) return taken;
      const { turn, existing } = taken.value;
      // A second tap (or a second visit to the screen) gets its turn back, without a second ticket.
      const ticket = existing ? 'not_printed' : await printTicket(turn.number, request.language);
      return ok({ turn, existing, ticket });
    },
    async getMyTurn({ session }) {
      const { enabled, priorityFlags } = turns.settings();
      const offer = { enabled, priorityFlags: [...priorityFlags] };
      const mine = await turns.mine(session);
      return mine.ok ? ok({ turn: mine.value, offer }) : mine;
    },
    getTurnCalls: () => turns.calls(),
    listTurnQueue: () => turns.queue(),
    async callNextTurn() {
      const called = await turns.callNext();
      return called.ok ? ok({ turn: called.value }) : called;
    },
    async recallTurn({ id }) {
      const called = await turns.recall(id);
      return called.ok ? ok({ turn: called.value }) : called;
    },
    async markTurnServed({ id }) {
      const closed = await turns.close(id, 'served');
      return closed.ok ? ok({ closed: closed.value }) : closed;
    },
    async markTurnNoShow({ id }) {
      const closed = await turns.close(id, 'no_show');
      return closed.ok ? ok({ closed: closed.value }) : closed;
    },
  };
}
