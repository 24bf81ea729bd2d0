import { readFileSync } from 'node:fs';

import { isoDay } from '../../main/contract/calendar.js';

/** The bundled sample site's time zone, read from its site.json. */
const SAMPLE_TIME_ZONE = (
  JSON.parse(readFileSync(new URL('../../kiosk-config/site.json', import.meta.url), 'utf8')) as { timezone: string }
).timezone;

/**
 * Today at the sample site, as the services count days: in the site's time zone, not in UTC. From
 * midnight UTC until the site's own midnight the two differ, and "today" in UTC is a future day there.
 */
export function siteToday(now = new Date()): string {
  return isoDay(now, SAMPLE_TIME_ZONE);
}
