import type {
  ActivityEntry,
  AgeBracket,
  LocalizedText,
  OperatorAccess,
  OperatorSession,
  Sex,
} from '../../../main/contract/index.js';

/** The staff screens. Visitors never reach them: only the hidden entry opens staff mode. */
export type StaffScreen =
  | { readonly kind: 'pin' }
  /** First run only, when the services say so: the first supervisor, with the one-time code. */
  | { readonly kind: 'setup' }
  /** Staff mode cannot open from the screen; only `kioskctl staff …` on the machine helps. */
  | { readonly kind: 'needs-administrator' }
  | { readonly kind: 'home' }
  | { readonly kind: 'activity' }
  /** A new entry (`entry` null) or a change to one written today. */
  | { readonly kind: 'activity-form'; readonly entry: ActivityEntry | null }
  | { readonly kind: 'staff-accounts' }
  | { readonly kind: 'audit' }
  | { readonly kind: 'pathways' }
  | { readonly kind: 'pathway-walk' }
  | { readonly kind: 'kobo' }
  | { readonly kind: 'reports' }
  | { readonly kind: 'daily-check' }
  | { readonly kind: 'incidents' }
  | { readonly kind: 'printer' }
  // — Know your rights and the steps —
  | { readonly kind: 'topics' }
  | { readonly kind: 'recordings' }
  | { readonly kind: 'follow-up' }
  // — Turns for people waiting —
  | { readonly kind: 'turns' }
  // — Directory stewardship —
  | { readonly kind: 'directory' };

export type StaffScreenKind = StaffScreen['kind'];

export interface ActivitySetup {
  readonly types: readonly { readonly id: string; readonly label: LocalizedText; readonly needsCategory: boolean }[];
  readonly sexes: readonly Sex[];
  readonly ageBrackets: readonly AgeBracket[];
}

export interface StaffState {
  readonly open: boolean;
  readonly screen: StaffScreen;
  /** Held in memory only; dropped at Lock, at expiry and when staff mode closes. */
  readonly session: OperatorSession | null;
  readonly access: OperatorAccess | null;
  /**
   * Why the PIN pad is back: the services ended the session (idle time, or the account was
   * changed), or the staff member gave their own account a new PIN.
   */
  readonly notice: 'session_expired' | 'own_pin_changed' | null;
  /** Wrong PINs typed for this account before this sign-in; told once, on the staff home. */
  readonly failedAttempts: number;
  /** When the services last accepted the token (ms, this page's clock): their idle time runs from it. */
  readonly lastAuthorisedAt: number;
  /** How long the services keep an idle session, learnt from the first `expiresAt`. */
  readonly sessionSpanMs: number;
  readonly activitySetup: ActivitySetup | null;
  readonly todaysEntries: readonly ActivityEntry[];
}

/** The services' idle expiry (5 minutes), until a session tells the real figure. */
export const DEFAULT_SESSION_SPAN_MS = 5 * 60_000;

export const STAFF_CLOSED: StaffState = {
  open: false,
  screen: { kind: 'pin' },
  session: null,
  access: null,
  notice: null,
  failedAttempts: 0,
  lastAuthorisedAt: 0,
  sessionSpanMs: DEFAULT_SESSION_SPAN_MS,
  activitySetup: null,
  todaysEntries: [],
};
