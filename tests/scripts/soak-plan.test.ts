import { describe, expect, it } from 'vitest';

import { HEALTHY } from '../../main/services/printing/emulator/emulator-state.js';
import { createRandom, pickFault, planSession, type SoakStep } from '../../scripts/lib/soak-plan.js';

const SERVICES = [
  { id: 'a', category: 'health' },
  { id: 'b', category: 'legal' },
];

describe('soak plan', () => {
  it('replays the same sessions from the same seed and others from another', () => {
    const run = (seed: number): SoakStep[][] => {
      const random = createRandom(seed);
      return Array.from({ length: 50 }, () => planSession(random, SERVICES));
    };
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
  });

  it('starts every session with a language on the first screen, and ends it with "finish"', () => {
    const random = createRandom(1);
    for (let i = 0; i < 500; i += 1) {
      const steps = planSession(random, SERVICES);
      const first = steps[0];
      expect(first?.kind === 'tap' && /^language-(es|en|fr|ht)$/.test(first.testId)).toBe(true);
      expect(first).toMatchObject({ kind: 'tap', next: 'screen-home' });
      expect(steps.at(-1)).toEqual({ kind: 'tap', testId: 'nav-finish', next: 'screen-language' });
    }
  });

  it('prints and shows slips only from a service detail, and over many sessions does both', () => {
    const random = createRandom(2);
    const seen = new Set<string>();
    for (let i = 0; i < 500; i += 1) {
      const steps = planSession(random, SERVICES);
      steps.forEach((step, index) => {
        seen.add(step.kind);
        if (step.kind !== 'tap') expect(steps[index - 1]).toMatchObject({ next: 'screen-service' });
      });
    }
    expect(seen).toEqual(new Set(['tap', 'print', 'show']));
  });

  it('injects only real faults, each one different from a healthy printer', () => {
    const random = createRandom(3);
    const names = new Set<string>();
    for (let i = 0; i < 200; i += 1) {
      const fault = pickFault(random);
      names.add(fault.name);
      expect(fault.faults).not.toEqual(HEALTHY);
    }
    expect(names.size).toBe(5);
  });
});
