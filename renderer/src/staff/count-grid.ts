import { MAX_CELL_COUNT, type ActivityCount, type AgeBracket, type Sex } from '../../../main/contract/index.js';

/**
 * The quick-entry grid: a number of people per sex × age bracket, changed only by steppers, so no
 * count can be negative, fractional or typed. Keys are `sex/age`.
 */
export type CountGrid = Readonly<Record<string, number>>;

export type CountGridAction =
  | { readonly kind: 'add'; readonly sex: Sex; readonly age: AgeBracket }
  | { readonly kind: 'remove'; readonly sex: Sex; readonly age: AgeBracket }
  | { readonly kind: 'load'; readonly counts: readonly ActivityCount[] }
  | { readonly kind: 'clear' };

export const EMPTY_GRID: CountGrid = {};

export const cellKey = (sex: Sex, age: AgeBracket): string => `${sex}/${age}`;

export function cellCount(grid: CountGrid, sex: Sex, age: AgeBracket): number {
  return grid[cellKey(sex, age)] ?? 0;
}

export function countGridReducer(grid: CountGrid, action: CountGridAction): CountGrid {
  switch (action.kind) {
    case 'add':
    case 'remove': {
      const key = cellKey(action.sex, action.age);
      const current = grid[key] ?? 0;
      // The services refuse absurd counts (MAX_CELL_COUNT); the stepper stops there instead.
      const next = Math.min(MAX_CELL_COUNT, Math.max(0, current + (action.kind === 'add' ? 1 : -1)));
      if (next === current) return grid;
      // An empty cell is absent, so a grid back at zero equals the empty grid.
      const rest = Object.fromEntries(Object.entries(grid).filter(([other]) => other !== key));
      return next === 0 ? rest : { ...rest, [key]: next };
    }
    case 'load': {
      const loaded: Record<string, number> = {};
      for (const cell of action.counts) if (cell.count > 0) loaded[cellKey(cell.sex, cell.age)] = cell.count;
      return loaded;
    }
    case 'clear':
      return EMPTY_GRID;
  }
}

export function gridTotal(grid: CountGrid): number {
  return Object.values(grid).reduce((sum, count) => sum + count, 0);
}

/** What is sent: the cells with people in them, in the site's order of sexes and brackets. */
export function gridCounts(grid: CountGrid, sexes: readonly Sex[], ages: readonly AgeBracket[]): ActivityCount[] {
  const counts: ActivityCount[] = [];
  for (const sex of sexes) {
    for (const age of ages) {
      const count = cellCount(grid, sex, age);
      if (count > 0) counts.push({ sex, age, count });
    }
  }
  return counts;
}
