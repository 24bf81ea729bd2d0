import { SERVICE_CATEGORIES } from './directory-categories.js';
import { LANGUAGES } from './languages.js';
import type { UsageMetric } from './usage.js';

/** Screens whose opening counts as a help request. */
export const HELP_SCREENS = ['urgent-help', 'ask-staff'] as const;
/** Screens whose opening counts as a topic opened. */
export const TOPIC_SCREENS = ['about-redsafe', 'services', 'privacy', 'account-guide'] as const;

/**
 * The keys each counter may be filed under: ids of the kiosk's own, never text. The key pattern
 * alone would let a caller file a name ("maria-lopez") that then appears in every export; this
 * list makes anything that is not one of the kiosk's own ids a bad request. `[]` means the metric
 * takes no key.
 */
export const USAGE_KEYS: Readonly<Record<UsageMetric, readonly string[]>> = {
  session_started: LANGUAGES,
  language_chosen: LANGUAGES,
  topic_opened: TOPIC_SCREENS,
  help_requested: HELP_SCREENS,
  service_viewed: SERVICE_CATEGORIES,
  slip_printed: SERVICE_CATEGORIES,
  slip_shown: SERVICE_CATEGORIES,
  slip_failed: SERVICE_CATEGORIES,
  idle_reset: [],
};

/** Whether `key` (or its absence) is one the metric may be counted under. */
export function isKnownUsageKey(metric: UsageMetric, key: string | undefined): boolean {
  return key === undefined || USAGE_KEYS[metric].includes(key);
}
