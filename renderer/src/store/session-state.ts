import type { Language, PrinterProblem, Referral, ServiceCategory } from '../../../main/contract/index.js';
import type { ServiceFilter } from '../directory/filters.js';
import { LANGUAGE_ROUTE, type Route } from '../navigation/routes.js';

/** What the visitor has chosen on the services list: kept while they look at a detail and come back. */
export interface BrowseState {
  readonly category: ServiceCategory | null;
  /** Typed on the kiosk's own keyboard; searched in the page only, never sent or counted. */
  readonly query: string;
  readonly filters: readonly ServiceFilter[];
}

/** How a referral for one service ended, as the screen shows it. */
export type ReferralOutcome =
  /** The slip came out of the printer. */
  | { readonly kind: 'printed'; readonly referral: Referral }
  /** No printer at this site: the slip is shown on screen. */
  | { readonly kind: 'previewed'; readonly referral: Referral; readonly previewText: string }
  /** The printer could not print (or printing is not available): the code, to show staff. */
  | { readonly kind: 'not_printed'; readonly referral: Referral; readonly problems: readonly PrinterProblem[] }
  /** "Show on screen": the code and its QR. */
  | { readonly kind: 'shown'; readonly referral: Referral }
  /** The kiosk's slip limit is reached (printers.json `slipLimit`): the code and its QR, on screen. */
  | { readonly kind: 'limited'; readonly referral: Referral }
  /** No referral service answered: the service's details stay on screen, and staff can help. */
  | { readonly kind: 'no_code' };

export type ReferralAction = 'print' | 'show';

export type ReferralState =
  | { readonly kind: 'none' }
  /** A request is in flight: the idle reset waits (never reset in the middle of printing). */
  | { readonly kind: 'working'; readonly serviceId: string; readonly action: ReferralAction }
  | {
      readonly kind: 'done';
      readonly serviceId: string;
      readonly action: ReferralAction;
      readonly outcome: ReferralOutcome;
    };

/** Everything that belongs to one visitor. `resetSession()` puts exactly this back. */
export interface SessionState {
  /** The language the visitor chose; null until the first choice of the visit. */
  readonly language: Language | null;
  readonly route: Route;
  /** Screens to go back to, oldest first. */
  readonly history: readonly Route[];
  readonly browse: BrowseState;
  readonly referral: ReferralState;
}

export const INITIAL_BROWSE: BrowseState = { category: null, query: '', filters: [] };

export function initialSessionState(): SessionState {
  return { language: null, route: LANGUAGE_ROUTE, history: [], browse: INITIAL_BROWSE, referral: { kind: 'none' } };
}

/** The visit's part of a state, for comparing with `initialSessionState()`. */
export function sessionPart(state: SessionState): SessionState {
  const { language, route, history, browse, referral } = state;
  return { language, route, history, browse, referral };
}
