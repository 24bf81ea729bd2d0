import { describe, expect, it } from 'vitest';

import { isCalendarDay, isoWeekLabel, isoWeekStart, presetPeriod } from '../../main/contract/index.js';
import { downtimeMinutes } from '../../main/services/reports/downtime.js';
import { dayStart, localIso } from '../../main/services/reports/report-period.js';
import { suppressCount } from '../../main/services/reports/suppression.js';

describe('period presets (today in the site timezone)', () => {
  // Sunday 22 November 2026.
  it.each([
    ['this-week', '2026-11-22', { from: '2026-11-16', to: '2026-11-22' }],
    ['last-week', '2026-11-22', { from: '2026-11-09', to: '2026-11-15' }],
    ['this-week', '2026-11-16', { from: '2026-11-16', to: '2026-11-16' }],
    ['this-month', '2026-11-22', { from: '2026-11-01', to: '2026-11-22' }],
    ['last-month', '2026-11-22', { from: '2026-10-01', to: '2026-10-31' }],
    ['last-month', '2026-03-05', { from: '2026-02-01', to: '2026-02-28' }],
    ['last-month', '2026-01-10', { from: '2025-12-01', to: '2025-12-31' }],
    ['last-week', '2027-01-02', { from: '2026-12-21', to: '2026-12-27' }],
  ] as const)('%s on %s', (preset, today, period) => {
    expect(presetPeriod(preset, today)).toEqual(period);
  });

  it.each([
    ['2026-11-22', '2026-W47'],
    ['2026-11-23', '2026-W48'],
    ['2027-01-01', '2026-W53'],
    ['2026-12-31', '2026-W53'],
    ['2025-12-29', '2026-W01'],
    ['2021-01-03', '2020-W53'],
  ])('ISO week of %s is %s', (day, label) => {
    expect(isoWeekLabel(day)).toBe(label);
  });

  it('starts weeks on Monday and knows real calendar days', () => {
    expect(isoWeekStart('2026-11-22')).toBe('2026-11-16');
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-1-01')).toBe(false);
  });
});

describe('site time', () => {
  it('finds local midnight across a DST change and writes ISO with the offset', () => {
    expect(dayStart('2026-11-23', 'America/Mexico_City').toISOString()).toBe('2026-11-23T06:00:00.000Z');
    // New York leaves DST on 1 November 2026: midnight is still EDT (−4).
    expect(dayStart('2026-11-01', 'America/New_York').toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(dayStart('2026-11-02', 'America/New_York').toISOString()).toBe('2026-11-02T05:00:00.000Z');
    expect(localIso(new Date('2026-11-23T17:05:00Z'), 'America/Mexico_City')).toBe('2026-11-23T11:05:00-06:00');
  });
});

describe('downtime', () => {
  const start = new Date('2026-11-01T06:00:00Z');
  const end = new Date('2026-11-08T06:00:00Z');
  const now = new Date('2026-11-20T00:00:00Z');
  const at = (iso: string): Date => new Date(iso);

  it.each([
    ['closed inside', at('2026-11-02T10:00:00Z'), at('2026-11-02T11:30:00Z'), 90],
    ['opened before the period', at('2026-11-01T05:00:00Z'), at('2026-11-01T07:00:00Z'), 60],
    ['closed after the period', at('2026-11-08T05:00:00Z'), at('2026-11-08T09:00:00Z'), 60],
    ['still open: to the period end', at('2026-11-07T06:00:00Z'), null, 1440],
    ['outside', at('2026-10-01T00:00:00Z'), at('2026-10-02T00:00:00Z'), 0],
  ])('%s', (_name, openedAt, closedAt, minutes) => {
    expect(downtimeMinutes({ openedAt, closedAt }, start, end, now)).toBe(minutes);
  });

  it('an open incident counts only up to now when the period is not over', () => {
    expect(
      downtimeMinutes({ openedAt: at('2026-11-19T23:00:00Z'), closedAt: null }, start, at('2026-11-21T06:00:00Z'), now),
    ).toBe(60);
  });
});

describe('suppression', () => {
  it('hides 1..N−1 only', () => {
    expect([0, 1, 4, 5, 99].map((n) => suppressCount(n, 5))).toEqual([0, '<5', '<5', 5, 99]);
    expect([0, 1, 4].map((n) => suppressCount(n, undefined))).toEqual([0, 1, 4]);
  });
});
