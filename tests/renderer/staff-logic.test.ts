import { describe, expect, it } from 'vitest';

import { MAX_CELL_COUNT } from '../../main/contract/index.js';
import { countGridReducer, EMPTY_GRID, gridCounts, gridTotal } from '../../renderer/src/staff/count-grid.js';
import { groupDigits, pinComplete, pressPinKey, SETUP_CODE_BOUNDS } from '../../renderer/src/staff/pin-entry.js';
import { staffAccountState } from '../../renderer/src/staff/staff-account-state.js';
import { STAFF_NAME_MAX, typeNameKey, validStaffName } from '../../renderer/src/staff/staff-name.js';
import { formatClockTime, recentDays, sessionCheckDelay } from '../../renderer/src/staff/staff-time.js';
import { isStaffChord } from '../../renderer/src/staff/use-staff-entry.js';

const NAMES = {
  weekdays: ['dimanch', 'lendi', 'madi', 'mèkredi', 'jedi', 'vandredi', 'samdi'],
  months: ['janvye', 'fevriye', 'mas', 'avril', 'me', 'jen', 'jiyè', 'out', 'septanm', 'oktòb', 'novanm', 'desanm'],
  longDate: '{{weekday}} {{day}} {{month}} {{year}}',
};

describe('count grid', () => {
  it('counts up and down, never below zero, never above the services’ limit', () => {
    let grid = countGridReducer(EMPTY_GRID, { kind: 'remove', sex: 'female', age: '0-4' });
    expect(grid).toEqual(EMPTY_GRID);
    grid = countGridReducer(grid, { kind: 'add', sex: 'female', age: '0-4' });
    grid = countGridReducer(grid, { kind: 'add', sex: 'male', age: '60+' });
    grid = countGridReducer(grid, { kind: 'add', sex: 'male', age: '60+' });
    expect(gridTotal(grid)).toBe(3);
    grid = countGridReducer(grid, { kind: 'remove', sex: 'female', age: '0-4' });
    expect(grid).toEqual({ 'male/60+': 2 });
    let full = countGridReducer(EMPTY_GRID, {
      kind: 'load',
      counts: [{ sex: 'female', age: 'unknown', count: MAX_CELL_COUNT }],
    });
    full = countGridReducer(full, { kind: 'add', sex: 'female', age: 'unknown' });
    expect(gridTotal(full)).toBe(MAX_CELL_COUNT);
  });

  it('sends only cells with people, in the site’s order, and loads an entry back', () => {
    const counts = [
      { sex: 'male', age: '18-59', count: 2 },
      { sex: 'female', age: '5-11', count: 1 },
      { sex: 'female', age: '0-4', count: 0 },
    ] as const;
    const grid = countGridReducer(EMPTY_GRID, { kind: 'load', counts });
    expect(gridCounts(grid, ['female', 'male'], ['0-4', '5-11', '18-59'])).toEqual([
      { sex: 'female', age: '5-11', count: 1 },
      { sex: 'male', age: '18-59', count: 2 },
    ]);
    expect(countGridReducer(grid, { kind: 'clear' })).toEqual(EMPTY_GRID);
  });
});

describe('PIN entry', () => {
  it('takes digits only, at most 12, and is complete from 6', () => {
    let pin = '';
    for (const digit of '12345') pin = pressPinKey(pin, { kind: 'digit', digit });
    expect(pinComplete(pin)).toBe(false);
    pin = pressPinKey(pin, { kind: 'digit', digit: 'a' });
    pin = pressPinKey(pin, { kind: 'digit', digit: '6' });
    expect(pin).toBe('123456');
    expect(pinComplete(pin)).toBe(true);
    for (const digit of '7890123') pin = pressPinKey(pin, { kind: 'digit', digit });
    expect(pin).toBe('123456789012');
    expect(pressPinKey(pin, { kind: 'backspace' })).toBe('12345678901');
    expect(pressPinKey('', { kind: 'backspace' })).toBe('');
  });

  it('opens staff mode on Ctrl+Alt+Shift+O only', () => {
    expect(isStaffChord({ ctrlKey: true, altKey: true, shiftKey: true, code: 'KeyO' })).toBe(true);
    expect(isStaffChord({ ctrlKey: true, altKey: false, shiftKey: true, code: 'KeyO' })).toBe(false);
  });
});

describe('staff times and days', () => {
  it('formats a lockout time as HH:MM in the site’s timezone', () => {
    expect(formatClockTime(new Date('2026-11-23T17:05:00Z'), 'America/Mexico_City')).toBe('11:05');
    expect(formatClockTime(new Date('2026-11-23T06:00:00Z'), 'America/Mexico_City')).toBe('00:00');
  });

  it('offers today and the six days before, from the site’s calendar day', () => {
    // 23:30 on the 22nd in Mexico City is already the 23rd in UTC.
    const days = recentDays(new Date('2026-11-23T05:30:00Z'), 'America/Mexico_City', NAMES);
    expect(days.map((d) => d.day)).toEqual([
      '2026-11-22',
      '2026-11-21',
      '2026-11-20',
      '2026-11-19',
      '2026-11-18',
      '2026-11-17',
      '2026-11-16',
    ]);
    expect(days[0]?.label).toBe('dimanch 22 novanm 2026');
  });
});

describe('staff names and codes', () => {
  it('capitalises each word, never starts or doubles a space, stops at 40', () => {
    let name = '';
    for (const key of [' ', 'a', 'n', 'a', ' ', ' ', 'm', 'ò']) name = typeNameKey(name, key);
    expect(name).toBe('Ana Mò');
    expect(typeNameKey('x'.repeat(STAFF_NAME_MAX), 'y')).toHaveLength(STAFF_NAME_MAX);
    expect(validStaffName('Ana ')).toBe('Ana');
    expect(validStaffName(' ')).toBeNull();
    expect(validStaffName('<b>')).toBeNull();
  });

  it('takes the 12-digit setup code and shows it in the groups of its file', () => {
    let code = '';
    for (const digit of '1234567890123') code = pressPinKey(code, { kind: 'digit', digit }, SETUP_CODE_BOUNDS.max);
    expect(code).toBe('123456789012');
    expect(pinComplete(code.slice(0, 11), SETUP_CODE_BOUNDS)).toBe(false);
    expect(pinComplete(code, SETUP_CODE_BOUNDS)).toBe(true);
    expect(groupDigits(code)).toBe('1234 5678 9012');
  });

  it('names what stops an account from signing in, the strongest reason first', () => {
    const now = new Date('2026-11-23T15:00:00.000Z');
    const account = {
      id: 'acct000001',
      name: 'Ana',
      role: 'operator',
      disabled: false,
      pinSet: true,
      lockedUntil: null,
      createdAt: '2026-11-22T10:00:00.000Z',
    } as const;
    expect(staffAccountState(account, now)).toBe('active');
    expect(staffAccountState({ ...account, lockedUntil: '2026-11-23T15:00:30.000Z' }, now)).toBe('locked');
    expect(staffAccountState({ ...account, lockedUntil: '2026-11-23T14:59:30.000Z' }, now)).toBe('active');
    expect(staffAccountState({ ...account, pinSet: false, lockedUntil: '2026-11-23T15:00:30.000Z' }, now)).toBe(
      'needs_pin',
    );
    expect(staffAccountState({ ...account, disabled: true, pinSet: false }, now)).toBe('disabled');
  });
});

describe('when to ask whether the staff session still holds', () => {
  const now = Date.parse('2026-11-23T15:00:00.000Z');
  it('just after the idle time, or just after the working day ends if that comes first', () => {
    expect(sessionCheckDelay(now, now, 300_000, '2026-11-24T03:00:00.000Z')).toBe(301_000);
    expect(sessionCheckDelay(now, now, 300_000, '2026-11-23T15:02:00.000Z')).toBe(121_000);
    expect(sessionCheckDelay(now, now - 400_000, 300_000, null)).toBe(0);
    expect(sessionCheckDelay(now, now, 300_000, 'not a date')).toBe(301_000);
  });
});
