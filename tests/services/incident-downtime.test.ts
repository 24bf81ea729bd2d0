import { describe, expect, it } from 'vitest';

import { downtimeMs, downtimeWithin, incidentsInPeriod } from '../../main/services/incidents/downtime.js';
import { downtimeMinutes } from '../../main/services/reports/downtime.js';

const at = (iso: string): Date => new Date(iso);

describe('incident downtime', () => {
  it('is closed minus opened, or up to now while open, and never negative', () => {
    expect(
      downtimeMs({ openedAt: '2026-11-23T10:00:00Z', closedAt: '2026-11-23T11:30:00Z' }, at('2026-12-01T00:00:00Z')),
    ).toBe(90 * 60_000);
    expect(downtimeMs({ openedAt: '2026-11-23T10:00:00Z', closedAt: null }, at('2026-11-23T10:05:00Z'))).toBe(
      5 * 60_000,
    );
    // A clock set back after opening must not give negative downtime.
    expect(downtimeMs({ openedAt: '2026-11-23T10:00:00Z', closedAt: null }, at('2026-11-23T09:00:00Z'))).toBe(0);
  });

  it('clips each incident to the period and leaves out those outside it', () => {
    const incidents = [
      { id: 'across-start', openedAt: '2026-10-31T23:00:00Z', closedAt: '2026-11-01T01:00:00Z' },
      { id: 'inside', openedAt: '2026-11-10T10:00:00Z', closedAt: '2026-11-10T10:20:00Z' },
      { id: 'across-end', openedAt: '2026-11-30T23:30:00Z', closedAt: '2026-12-01T00:30:00Z' },
      { id: 'before', openedAt: '2026-10-01T10:00:00Z', closedAt: '2026-10-01T11:00:00Z' },
      { id: 'after', openedAt: '2026-12-02T10:00:00Z', closedAt: null },
      { id: 'still-open', openedAt: '2026-11-29T00:00:00Z', closedAt: null },
      { id: 'instant', openedAt: '2026-11-15T00:00:00Z', closedAt: '2026-11-15T00:00:00Z' },
    ];
    const clipped = incidentsInPeriod(
      incidents,
      at('2026-11-01T00:00:00Z'),
      at('2026-12-01T00:00:00Z'),
      at('2026-12-05T00:00:00Z'),
    );
    expect(clipped.map((i) => [i.id, i.periodDowntimeMs / 60_000])).toEqual([
      ['across-start', 60],
      ['inside', 20],
      ['across-end', 30],
      ['still-open', 2 * 24 * 60],
      ['instant', 0],
    ]);
  });

  it('counts no downtime past now, in the operator list and in the reports alike', () => {
    // Closed "tomorrow" by a clock that was set back: only the part up to now is downtime.
    const from = at('2026-11-01T00:00:00Z');
    const to = at('2026-12-01T00:00:00Z');
    const now = at('2026-11-23T12:00:00Z');
    const span = { openedAt: '2026-11-23T11:00:00Z', closedAt: '2026-11-24T11:00:00Z' };
    expect(incidentsInPeriod([span], from, to, now)[0]?.periodDowntimeMs).toBe(60 * 60_000);
    expect(downtimeMinutes({ openedAt: at(span.openedAt), closedAt: at(span.closedAt) }, from, to, now)).toBe(60);
    expect(downtimeWithin(Date.parse(span.openedAt), Date.parse(span.closedAt), from, to, now)).toBe(60 * 60_000);
  });
});
