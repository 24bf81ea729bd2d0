import { describe, expect, it } from 'vitest';

import type { OpeningHours } from '../../main/contract/index.js';
import { isOpenAt, isOpenNow, parseRange, weekdayKey, weekTable } from '../../renderer/src/directory/opening-hours.js';

const MEXICO = 'America/Mexico_City'; // UTC−6 all year since 2022
/** A wall-clock time in Mexico City as an instant. */
const mx = (local: string): Date => new Date(`${local}-06:00`);

const OFFICE: OpeningHours = {
  monday: ['09:00-14:00', '15:00-17:00'],
  tuesday: ['09:00-14:00'],
  wednesday: ['09:00-14:00'],
  thursday: ['09:00-14:00'],
  friday: ['09:00-14:00'],
  saturday: ['22:00-24:00'],
  sunday: ['00:00-02:00'],
};

describe('open now', () => {
  it('opens on its first minute and closes on its closing minute', () => {
    // 2026-11-23 is a Monday.
    expect(isOpenNow(OFFICE, mx('2026-11-23T08:59:59'), MEXICO)).toBe(false);
    expect(isOpenNow(OFFICE, mx('2026-11-23T09:00:00'), MEXICO)).toBe(true);
    expect(isOpenNow(OFFICE, mx('2026-11-23T13:59:59'), MEXICO)).toBe(true);
    expect(isOpenNow(OFFICE, mx('2026-11-23T14:00:00'), MEXICO)).toBe(false);
  });

  it('is closed during a lunch break and open again after it', () => {
    expect(isOpenNow(OFFICE, mx('2026-11-23T14:30:00'), MEXICO)).toBe(false);
    expect(isOpenNow(OFFICE, mx('2026-11-23T15:00:00'), MEXICO)).toBe(true);
  });

  it('crosses midnight at the end of the week: Saturday 22:00–24:00 then Sunday 00:00–02:00', () => {
    expect(isOpenNow(OFFICE, mx('2026-11-28T21:59:00'), MEXICO)).toBe(false);
    expect(isOpenNow(OFFICE, mx('2026-11-28T23:59:59'), MEXICO)).toBe(true);
    expect(isOpenNow(OFFICE, mx('2026-11-29T00:00:00'), MEXICO)).toBe(true);
    expect(isOpenNow(OFFICE, mx('2026-11-29T01:59:00'), MEXICO)).toBe(true);
    expect(isOpenNow(OFFICE, mx('2026-11-29T02:00:00'), MEXICO)).toBe(false);
  });

  it('rolls from Sunday into Monday', () => {
    expect(isOpenNow(OFFICE, mx('2026-11-29T23:59:59'), MEXICO)).toBe(false);
    expect(isOpenNow(OFFICE, mx('2026-11-30T09:00:00'), MEXICO)).toBe(true);
  });

  it("uses the site's timezone, not UTC: Monday 09:30 in Mexico is 15:30 UTC", () => {
    const instant = new Date('2026-11-23T15:30:00Z');
    expect(isOpenNow(OFFICE, instant, MEXICO)).toBe(true);
    expect(isOpenNow(OFFICE, instant, 'UTC')).toBe(true); // 15:30 falls in the afternoon range
    // Friday 13:00 in Mexico is Friday 19:00 UTC: open in Mexico, closed by UTC's clock.
    expect(isOpenNow(OFFICE, new Date('2026-11-27T19:00:00Z'), MEXICO)).toBe(true);
    expect(isOpenNow(OFFICE, new Date('2026-11-27T19:00:00Z'), 'UTC')).toBe(false);
  });

  it('a list asking for many cards at one instant gets each answer right, and a bad zone after a good one is still closed', () => {
    const instant = mx('2026-11-27T13:00:00'); // Friday 13:00
    const evening: OpeningHours = { friday: ['18:00-20:00'] };
    expect(isOpenNow(OFFICE, instant, MEXICO)).toBe(true);
    expect(isOpenNow(evening, instant, MEXICO)).toBe(false);
    expect(isOpenNow(OFFICE, instant, MEXICO)).toBe(true);
    expect(isOpenNow(OFFICE, instant, 'Not/AZone')).toBe(false);
    // Another instant is read again, not taken from the one before.
    expect(isOpenNow(evening, mx('2026-11-27T18:00:00'), MEXICO)).toBe(true);
  });

  it('a 24-hour service is open at every minute of the week', () => {
    const always: OpeningHours = Object.fromEntries(
      ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((day) => [
        day,
        ['00:00-24:00'],
      ]),
    );
    for (const local of ['2026-11-23T00:00:00', '2026-11-25T12:00:00', '2026-11-29T23:59:59']) {
      expect(isOpenNow(always, mx(local), MEXICO), local).toBe(true);
    }
  });

  it('answers closed, never open, for an unknown timezone', () => {
    expect(isOpenNow(OFFICE, mx('2026-11-23T10:00:00'), 'Mars/Olympus_Mons')).toBe(false);
  });
});

describe('hours helpers', () => {
  it('maps Sunday-first weekdays to the Monday-first keys of the hours', () => {
    expect([0, 1, 6].map(weekdayKey)).toEqual(['sunday', 'monday', 'saturday']);
    expect(isOpenAt(OFFICE, { weekday: 0, hour: 1, minute: 0 })).toBe(true);
  });

  it('parses ranges and refuses ranges that close before they open', () => {
    expect(parseRange('09:30-24:00')).toEqual({ opens: 570, closes: 1440 });
    expect(parseRange('14:00-09:00')).toBeNull();
    expect(parseRange('nine to five')).toBeNull();
  });

  it('lists the week Monday first with the locale weekday index', () => {
    const table = weekTable(OFFICE);
    expect(table.map((day) => day.nameIndex)).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect(table[0]?.ranges).toEqual(['09:00-14:00', '15:00-17:00']);
  });
});
