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

/**
 * Referral slips. The visitor always leaves with the information: when the printer fails, the
 * code is shown to give staff; when no code can be had at all, the service's details stay on
 * screen and staff can help.
 *
 * Counting: the printing service counts every slip by category where it happens (`slip_printed`,
 * `slip_failed`, and `slip_shown` for a preview or a code shown), so the screen counts none of
 * them: nothing is counted twice.
 */
export function createReferralSlice({ api }: StoreDependencies): KioskSliceCreator<ReferralSlice> {
  return (set, get) => {
    const languageNow = (): Language => get().language ?? get().site?.defaultLanguage ?? 'es';

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
          const printed = await api.printReferral(request);
          if (printed.ok) {
            outcome = printOutcome(printed.value);
          } else {
            // Printing is not available: a code shown on screen is the next best thing.
            const shown = stillWanted() ? await api.showReferral(request) : null;
            outcome =
              shown?.ok === true ? { kind: 'not_printed', referral: shown.value, problems: [] } : { kind: 'no_code' };
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
