import { SERVICE_CATEGORIES } from './directory-categories.js';
import { LANGUAGES } from './languages.js';
import { TOPIC_IDS } from './topic.js';
import type { UsageMetric } from './usage.js';

/** Screens whose opening counts as a help request. */
export const HELP_SCREENS = ['urgent-help', 'ask-staff'] as const;
/** Screens whose opening counts as a topic opened. */
export const TOPIC_SCREENS = ['about-redsafe', 'services', 'privacy', 'account-guide', 'topics'] as const;

/**
 * A take-away sheet of a "know your rights" topic is counted with the slips (`slip_printed`,
 * `slip_shown`, `slip_failed`) under `sheet.<topic id>`, so the reports' usage table and the
 * KoboToolbox mapping see sheets apart from referral slips (filed by service category).
 */
export const TOPIC_SHEET_KEYS = TOPIC_IDS.map((id) => `sheet.${id}` as const);
const SLIP_KEYS: readonly string[] = [...SERVICE_CATEGORIES, ...TOPIC_SHEET_KEYS];

/**
 * The keys each counter may be filed under: ids of the kiosk's own, never text. The key pattern
 * alone would let a caller file a name ("maria-lopez") that then appears in every export; this
 * list makes anything that is not one of the kiosk's own ids a bad request. `[]` means the metric
 * takes no key.
 */
export const USAGE_KEYS: Readonly<Record<UsageMetric, readonly string[]>> = {
  session_started: LANGUAGES,
  language_chosen: LANGUAGES,
  // A topic of "know your rights" is filed under its own id (`topic.ts`), next to the screens.
  topic_opened: [...TOPIC_SCREENS, ...TOPIC_IDS],
  help_requested: HELP_SCREENS,
  service_viewed: SERVICE_CATEGORIES,
  slip_printed: SLIP_KEYS,
  slip_shown: SLIP_KEYS,
  slip_failed: SLIP_KEYS,
  idle_reset: [],
};

/** Whether `key` (or its absence) is one the metric may be counted under. */
export function isKnownUsageKey(metric: UsageMetric, key: string | undefined): boolean {
  return key === undefined || USAGE_KEYS[metric].includes(key);
}
