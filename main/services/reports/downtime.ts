import { downtimeWithin } from '../incidents/downtime.js';

const MINUTE_MS = 60_000;

export interface IncidentSpan {
  readonly openedAt: Date;
  /** Null while the incident is open. */
  readonly closedAt: Date | null;
}

/**
 * Minutes an incident kept the point down within [start, end): the incidents' own clipping rule
 * (open ones run up to `now`, never beyond it), rounded to the nearest minute for the report.
 */
export function downtimeMinutes(incident: IncidentSpan, start: Date, end: Date, now: Date): number {
  const closed = (incident.closedAt ?? now).getTime();
  return Math.round(downtimeWithin(incident.openedAt.getTime(), closed, start, end, now) / MINUTE_MS);
}
