import { isoDay, isTopicStale } from '../../contract/index.js';
import type { ConfigService } from '../config/index.js';
import { outcome, type CheckOutcome } from '../health/check-runner.js';

/**
 * The daily check's "re-verify" flag: topics whose `verifiedOn` is older than the site's
 * `reverifyAfterDays` on the site's calendar day. Procedures and fees change, and stale advice on
 * asylum deadlines can cost a person their case, so the check says which and since when. A
 * warning, not a failure: the kiosk still serves, and no incident is opened.
 */
export function topicAgeCheck(config: ConfigService, now: Date): CheckOutcome {
  const { topics, reverifyAfterDays } = config.topics();
  if (topics.length === 0) return outcome('pass', 'no_topics');
  const today = isoDay(now, config.site()?.timezone ?? 'UTC');
  const stale = topics.filter((topic) => isTopicStale(topic.verifiedOn, reverifyAfterDays, today));
  const measured = { value: stale.length, unit: 'topics' };
  if (stale.length === 0) return outcome('pass', 'verified', null, measured, { count: topics.length });
  const listed = stale.map((topic) => `${topic.id} (${topic.verifiedOn})`).join(', ');
  return outcome(
    'warn',
    'reverify',
    `re-verify: ${listed}; older than ${reverifyAfterDays} days`.slice(0, 500),
    measured,
    { topics: listed.slice(0, 400), days: reverifyAfterDays },
  );
}
