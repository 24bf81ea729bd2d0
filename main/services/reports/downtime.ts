const MINUTE_MS = 60_000;

export interface IncidentSpan {
  readonly openedAt: Date;
  /** Null while the incident is open. */
  readonly closedAt: Date | null;
}

/**
 * Minutes an incident kept the point down within [start, end): `closed − opened`, or up to `now`
 * while it is still open (never beyond `now`: the future is not downtime yet), clipped to the
 * period. Rounded to the nearest minute; 0 when the incident lies outside the period.
 */
export function downtimeMinutes(incident: IncidentSpan, start: Date, end: Date, now: Date): number {
  const until = incident.closedAt ?? now;
  const from = Math.max(incident.openedAt.getTime(), start.getTime());
  const to = Math.min(until.getTime(), end.getTime(), now.getTime());
  return to <= from ? 0 : Math.round((to - from) / MINUTE_MS);
}
