// The soak run's choices: a seeded random source (a run can be repeated exactly), the visitor paths
// through the journey, and the printer faults injected on some prints.
import { HEALTHY, type EmulatorFaults } from '../../main/services/printing/emulator/emulator-state.js';

export type Random = () => number;

/** Seeded (mulberry32), so a failing run can be replayed with its seed. */
export { mulberry32 as createRandom } from '../../tests/support/seeded-random.js';

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('nothing to pick from');
  return item;
}

export type SoakStep =
  | { readonly kind: 'tap'; readonly testId: string; readonly next: string }
  | { readonly kind: 'print' }
  | { readonly kind: 'show' };

const tap = (testId: string, next: string): SoakStep => ({ kind: 'tap', testId, next });

const LANGUAGES = ['es', 'en', 'fr', 'ht'] as const;

/** Short excursions from the home screen; each ends back on it. */
const EXCURSIONS: readonly (readonly SoakStep[])[] = [
  [
    tap('tile-about-redsafe', 'screen-about-redsafe'),
    tap('about-start-guide', 'guide-step-before'),
    tap('guide-next', 'guide-step-app'),
    tap('nav-home', 'screen-home'),
  ],
  [tap('tile-account-guide', 'guide-step-before'), tap('guide-next', 'guide-step-app'), tap('nav-home', 'screen-home')],
  [tap('tile-privacy', 'screen-privacy'), tap('nav-home', 'screen-home')],
  [tap('urgent-help-button', 'screen-urgent-help'), tap('nav-home', 'screen-home')],
];

export interface DirectoryService {
  readonly id: string;
  readonly category: string;
}

/** One visitor: a language on the first screen → a few things → maybe a slip → finish. */
export function planSession(random: Random, services: readonly DirectoryService[]): SoakStep[] {
  const steps: SoakStep[] = [tap(`language-${pick(random, LANGUAGES)}`, 'screen-home')];
  const count = 1 + Math.floor(random() * 3);
  for (let i = 0; i < count; i += 1) {
    if (random() < 0.5) {
      steps.push(...pick(random, EXCURSIONS));
      continue;
    }
    const service = pick(random, services);
    steps.push(
      tap('tile-services', 'screen-services'),
      tap(`category-${service.category}`, `service-${service.id}`),
      tap(`service-${service.id}`, 'screen-service'),
    );
    if (random() < 0.6) steps.push({ kind: random() < 0.8 ? 'print' : 'show' });
    steps.push(tap('nav-home', 'screen-home'));
  }
  steps.push(tap('nav-finish', 'screen-language'));
  return steps;
}

export interface Fault {
  readonly name: string;
  readonly faults: EmulatorFaults;
}

/** Faults a kiosk printer really has; each must end in "not printed" with the code on screen. */
const FAULTS: readonly Fault[] = [
  { name: 'paper out', faults: { ...HEALTHY, paper: 'out' } },
  { name: 'cover open', faults: { ...HEALTHY, coverOpen: true } },
  { name: 'silent', faults: { ...HEALTHY, silent: true } },
  { name: 'garbage replies', faults: { ...HEALTHY, garbage: true } },
  { name: 'cable pulled mid-job', faults: { ...HEALTHY, disconnectAfterBytes: 200 } },
];

export function pickFault(random: Random): Fault {
  return pick(random, FAULTS);
}
