/** The times an incident's downtime is computed from (ISO timestamps). */
export interface IncidentSpan {
  readonly openedAt: string;
  readonly closedAt: string | null;
}

/** Closed minus opened, or up to `now` while open; never negative (a clock set back). */
export function downtimeMs(span: IncidentSpan, now: Date): number {
  const opened = Date.parse(span.openedAt);
  const closed = span.closedAt === null ? now.getTime() : Date.parse(span.closedAt);
  return Number.isNaN(opened) || Number.isNaN(closed) ? 0 : Math.max(0, closed - opened);
}

/**
 * The incidents that overlap [from, to) with their downtime clipped to that period: an incident
 * open across midnight at the end of a month counts in each month only for its own part.
 * Incidents still open run up to `now` (but no later than `to`).
 */
export function incidentsInPeriod<T extends IncidentSpan>(
  incidents: readonly T[],
  from: Date,
  to: Date,
  now: Date,
): (T & { periodDowntimeMs: number })[] {
  const start = from.getTime();
  const end = to.getTime();
  const result: (T & { periodDowntimeMs: number })[] = [];
  for (const incident of incidents) {
    const opened = Date.parse(incident.openedAt);
    const closed = incident.closedAt === null ? now.getTime() : Date.parse(incident.closedAt);
    if (Number.isNaN(opened) || Number.isNaN(closed)) continue;
    const clippedStart = Math.max(opened, start);
    const clippedEnd = Math.min(closed, end);
    // An incident opened inside the period counts even when it lasted no time at all.
    if (clippedEnd < clippedStart || (clippedEnd === clippedStart && (opened < start || opened >= end))) continue;
    result.push({ ...incident, periodDowntimeMs: downtimeWithin(opened, closed, from, to, now) });
  }
  return result;
}

/**
 * Milliseconds of [opened, closed) inside [from, to), never beyond `now` (the future is not
 * downtime yet, and a clock set back must not make it so); 0 when they do not overlap. The one
 * clipping rule for the operator's incident list and the reports.
 */
export function downtimeWithin(openedMs: number, closedMs: number, from: Date, to: Date, now: Date): number {
  const start = Math.max(openedMs, from.getTime());
  const end = Math.min(closedMs, to.getTime(), now.getTime());
  return Math.max(0, end - start);
}
