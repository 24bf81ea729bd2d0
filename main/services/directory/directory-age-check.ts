import { DEFAULT_DIRECTORY_REVERIFY_DAYS, isoDay, isTopicStale, type ServiceEntry } from '../../contract/index.js';
import type { ConfigService, DirectoryConfig } from '../config/index.js';
import { outcome, type CheckOutcome } from '../health/check-runner.js';

/** Days after `verifiedOn` an entry is due a check with the service: the file's setting or the default. */
export function reverifyAfterDays(directory: DirectoryConfig): number {
  return directory.reverifyAfterDays ?? DEFAULT_DIRECTORY_REVERIFY_DAYS;
}

/** Entries shown to visitors whose details were last checked too long ago on `today` (site day). */
export function staleServices(directory: DirectoryConfig, today: string): ServiceEntry[] {
  const days = reverifyAfterDays(directory);
  return directory.services.filter(
    (service) => service.status !== 'inactive' && isTopicStale(service.verifiedOn, days, today),
  );
}

/**
 * The daily check's "re-verify" flag for the directory. A phone that changed sends a person across
 * the city for nothing, so the check lists which entries and since when. A warning: the kiosk
 * still serves and no incident is opened.
 */
export function directoryAgeCheck(config: ConfigService, now: Date): CheckOutcome {
  const directory = config.directory();
  const shown = directory.services.filter((service) => service.status !== 'inactive');
  if (shown.length === 0) return outcome('pass', 'no_services');
  const stale = staleServices(directory, isoDay(now, config.site()?.timezone ?? 'UTC'));
  const days = reverifyAfterDays(directory);
  const measured = { value: stale.length, unit: 'services' };
  if (stale.length === 0) return outcome('pass', 'verified', null, measured, { count: shown.length });
  const listed = stale.map((service) => `${service.id} (${service.verifiedOn})`).join(', ');
  return outcome('warn', 'reverify', `re-verify: ${listed}; older than ${days} days`.slice(0, 500), measured, {
    // A check's figures are at most 300 characters (the contract's limit).
    services: listed.slice(0, 300),
    days,
  });
}
