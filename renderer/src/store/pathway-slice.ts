import {
  err,
  type CompletedPathway,
  type Language,
  type PathwayReferralCount,
  type PathwaySlips,
  type PathwaySummary,
  type PathwayView,
  type Result,
  type StepState,
} from '../../../main/contract/index.js';

import type { StoreDependencies } from './dependencies.js';
import type { KioskSliceCreator, KioskState } from './kiosk-state.js';

export interface WalkedStep {
  readonly id: string;
  readonly state: StepState;
}

/**
 * One pathway being walked at the desk. It lives in memory only, tied to the staff session that
 * started it: Lock, expiry or another session make it unreadable (see `currentWalk`).
 */
export interface PathwayWalkState {
  readonly token: string;
  readonly view: PathwayView;
  readonly visitorLanguage: Language;
  /** From the first step to the current one (the last). */
  readonly steps: readonly WalkedStep[];
  readonly completed: CompletedPathway | null;
  readonly slips: PathwaySlips | null;
}

export interface PathwaySlice {
  readonly pathwayList: readonly PathwaySummary[] | null;
  readonly pathwayWalk: PathwayWalkState | null;
  readonly loadPathways: (language: Language) => Promise<Result<readonly PathwaySummary[]>>;
  readonly openPathway: (id: string, language: Language) => Promise<Result<PathwayView>>;
  readonly setPathwayVisitorLanguage: (language: Language) => void;
  readonly markPathwayStep: (state: StepState) => void;
  /** Goes on to `stepId`, which must follow the current step (its `next` or one of its branches). */
  readonly goToPathwayStep: (stepId: string) => void;
  readonly pathwayStepBack: () => void;
  /** Counts the referral once and prints both slips. */
  readonly finishPathway: () => Promise<Result<PathwaySlips>>;
  readonly printPathwaySlipsAgain: () => Promise<Result<PathwaySlips>>;
  readonly closePathway: () => void;
  readonly loadPathwayCounts: (from: string, to: string) => Promise<Result<readonly PathwayReferralCount[]>>;
}

/** The walk, if it belongs to the session now open; nothing otherwise. */
export function currentWalk(state: KioskState): PathwayWalkState | null {
  const walk = state.pathwayWalk;
  const token = state.staff.open ? state.staff.session?.token : undefined;
  return walk !== null && walk.token === token ? walk : null;
}

export function createPathwaySlice({ api }: StoreDependencies): KioskSliceCreator<PathwaySlice> {
  return (set, get, store) => {
    // Lock, expiry or a new session drop the walk from memory at once, not when a screen next looks.
    store.subscribe((state) => {
      if (state.pathwayWalk !== null && currentWalk(state) === null) set({ pathwayWalk: null });
    });
    const token = (): string | undefined => (get().staff.open ? get().staff.session?.token : undefined);
    /** An expired session is the staff slice's to handle: it is asked to check, and shows the PIN pad. */
    const withToken = <T>(call: (token: string) => Promise<Result<T>>): Promise<Result<T>> => get().callAsStaff(call);
    const updateWalk = (change: (walk: PathwayWalkState) => Partial<PathwayWalkState>): void => {
      const walk = currentWalk(get());
      if (walk !== null) set({ pathwayWalk: { ...walk, ...change(walk) } });
    };
    const walkPayload = (walk: PathwayWalkState) => walk.steps.map((s) => ({ id: s.id, state: s.state }));

    async function print(): Promise<Result<PathwaySlips>> {
      const walk = currentWalk(get());
      if (walk === null || walk.completed === null) return err('NOT_FOUND');
      const { completed } = walk;
      const result = await withToken((t) =>
        api.printPathwaySlips({
          token: t,
          profile: completed.profile,
          walk: walkPayload(walk),
          referralCode: completed.referralCode,
          language: walk.visitorLanguage,
        }),
      );
      if (result.ok) updateWalk(() => ({ slips: result.value }));
      return result;
    }

    return {
      pathwayList: null,
      pathwayWalk: null,

      async loadPathways(language) {
        const result = await withToken((t) => api.listPathways({ token: t, language }));
        if (!result.ok) return result;
        set({ pathwayList: result.value.pathways });
        return { ok: true, value: result.value.pathways };
      },

      async openPathway(id, language) {
        const current = token();
        const result = await withToken((t) => api.getPathway({ token: t, id, language }));
        if (!result.ok || current === undefined || token() !== current) return result;
        const first = result.value.pathway.steps[0];
        if (first === undefined) return err('NOT_FOUND');
        const previous = currentWalk(get());
        // Reopening the same pathway (a new staff language for the flowchart) keeps the walk.
        set({
          pathwayWalk:
            previous !== null && previous.view.pathway.id === id
              ? { ...previous, view: result.value }
              : {
                  token: current,
                  view: result.value,
                  visitorLanguage: 'es',
                  steps: [{ id: first.id, state: 'pending' }],
                  completed: null,
                  slips: null,
                },
        });
        return result;
      },

      setPathwayVisitorLanguage(language) {
        updateWalk(() => ({ visitorLanguage: language }));
      },

      markPathwayStep(state) {
        updateWalk((walk) => ({
          steps: walk.steps.map((step, i) => (i === walk.steps.length - 1 ? { ...step, state } : step)),
        }));
      },

      goToPathwayStep(stepId) {
        updateWalk((walk) => {
          const here = walk.steps.at(-1);
          const step = walk.view.pathway.steps.find((s) => s.id === here?.id);
          const allowed = step?.branches?.map((b) => b.next) ?? (step?.next === undefined ? [] : [step.next]);
          return allowed.includes(stepId) ? { steps: [...walk.steps, { id: stepId, state: 'pending' }] } : {};
        });
      },

      pathwayStepBack() {
        updateWalk((walk) =>
          walk.steps.length > 1 && walk.completed === null ? { steps: walk.steps.slice(0, -1) } : {},
        );
      },

      async finishPathway() {
        const walk = currentWalk(get());
        if (walk === null) return err('NOT_AUTHORISED');
        if (walk.completed === null) {
          const done = await withToken((t) =>
            api.completePathwayReferral({ token: t, profile: walk.view.pathway.id, walk: walkPayload(walk) }),
          );
          if (!done.ok) return done;
          updateWalk(() => ({ completed: done.value }));
        }
        return print();
      },

      printPathwaySlipsAgain: print,

      closePathway() {
        set({ pathwayWalk: null });
      },

      async loadPathwayCounts(from, to) {
        const result = await withToken((t) => api.getPathwayReferralCounts({ token: t, from, to }));
        return result.ok ? { ok: true, value: result.value.counts } : result;
      },
    };
  };
}
