// The turns' fixed lists, without zod: the visitor's "Ask staff" screen is on the first load,
// and importing turns.ts would bring every schema into that bundle. Schemas: turns.ts.

/**
 * What a visitor waits for. A fixed list, one pictogram and four words each; `urgent_or_private`
 * goes first in the queue and prints the same neutral ticket as every other need (product rule 4:
 * nothing on paper says why someone came).
 */
export const TURN_NEEDS = ['account_help', 'information', 'referral', 'urgent_or_private'] as const;
export type TurnNeed = (typeof TURN_NEEDS)[number];

/**
 * Priority a site may grant (operations.json `turns.priorityFlags`). A visitor taps one; only the
 * flag is stored, never anything that explains it.
 */
export const TURN_PRIORITY_FLAGS = ['children', 'pregnancy', 'disability', 'age'] as const;
export type TurnPriorityFlag = (typeof TURN_PRIORITY_FLAGS)[number];

export const TURN_STATES = ['waiting', 'called', 'served', 'no_show'] as const;
export type TurnState = (typeof TURN_STATES)[number];

/** How the ticket went: printed, shown only on screen (printer failed or absent), or a preview. */
export const TICKET_OUTCOMES = ['printed', 'previewed', 'not_printed'] as const;
export type TicketOutcome = (typeof TICKET_OUTCOMES)[number];
