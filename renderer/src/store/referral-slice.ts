import type { Language, PrintReferralResponse } from '../../../main/contract/index.js';

import type { StoreDependencies } from './dependencies.js';
import type { KioskSliceCreator } from './kiosk-state.js';
import type { ReferralAction, ReferralOutcome } from './session-state.js';

export interface ReferralSlice {
  /** Print a slip, or show the code on screen, for one service. One request at a time. */
  readonly requestReferral: (serviceId: string, action: ReferralAction) => Promise<void>;
  readonly dismissReferral: () => void;
}

function printOutcome(response: PrintReferralResponse): ReferralOutcome {
  switch (response.outcome) {
    case 'printed':
      return { kind: 'printed', referral: response.referral };
    case 'previewed':
      return { kind: 'previewed', referral: response.referral, previewText: response.previewText ?? '' };
    case 'not_printed':
      return { kind: 'not_printed', referral: response.referral, problems: response.problems };
  }
}

/** Random per start of the screen, so a reload never takes the slips counted for an earlier visit. */
function newScreenId(): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Referral slips. The visitor always leaves with the information: when the printer fails, or
 * the kiosk has printed its share of slips (`SLIP_LIMIT`), the code is shown on screen; when no
 * code can be had at all, the service's details stay on screen and staff can help.
 *
 * The services hold each visitor session to a few slips: the request names the session as this
 * screen's random id and its session number, which grows at every "Finish" and idle reset.
 *
 * Counting: the printing service counts every slip by category where it happens (`slip_printed`,
 * `slip_failed`, and `slip_shown` for a preview or a code shown), so the screen counts none of
 * them: nothing is counted twice.
 */
export function createReferralSlice({ api }: StoreDependencies): KioskSliceCreator<ReferralSlice> {
  return (set, get) => {
    const languageNow = (): Language => get().language ?? get().site?.defaultLanguage ?? 'es';
    const screenId = newScreenId();

    return {
      async requestReferral(serviceId, action) {
        const start = get();
        if (start.referral.kind === 'working') return;
        const session = start.sessionNumber;
        const request = { serviceId, language: languageNow() };
        set({ referral: { kind: 'working', serviceId, action } });
        // An answer that arrives after "Finish", or for another service, belongs to nobody now.
        const stillWanted = (): boolean => {
          const now = get();
          return (
            now.sessionNumber === session && now.referral.kind === 'working' && now.referral.serviceId === serviceId
          );
        };

        let outcome: ReferralOutcome;
        if (action === 'print') {
          const printed = await api.printReferral({ ...request, session: `${screenId}-${session}` });
          if (printed.ok) {
            outcome = printOutcome(printed.value);
          } else {
            // Printing is not available, or not now: a code shown on screen is the next best thing.
            const shown = stillWanted() ? await api.showReferral(request) : null;
            const limited = printed.error.code === 'SLIP_LIMIT';
            outcome =
              shown?.ok !== true
                ? { kind: 'no_code' }
                : limited
                  ? { kind: 'limited', referral: shown.value }
                  : { kind: 'not_printed', referral: shown.value, problems: [] };
          }
        } else {
          const shown = await api.showReferral(request);
          outcome = shown.ok ? { kind: 'shown', referral: shown.value } : { kind: 'no_code' };
        }
        if (!stillWanted()) return;
        set({ referral: { kind: 'done', serviceId, action, outcome } });
      },

      dismissReferral() {
        if (get().referral.kind === 'done') set({ referral: { kind: 'none' } });
      },
    };
  };
}
