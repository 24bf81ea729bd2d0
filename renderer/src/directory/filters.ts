import type { ServiceEntry } from '../../../main/contract/index.js';

import { isOpenNow } from './opening-hours.js';

/** The list's filters, in the order the screen shows them (`services.filters.*` in the locale files). */
export const SERVICE_FILTERS = ['free', 'open-now', 'children', 'women', 'no-documents'] as const;
export type ServiceFilter = (typeof SERVICE_FILTERS)[number];

const FOR_CHILDREN = new Set(['children', 'unaccompanied-children', 'families']);

export interface FilterContext {
  readonly now: Date;
  readonly timeZone: string;
}

export function passesFilter(service: ServiceEntry, filter: ServiceFilter, context: FilterContext): boolean {
  switch (filter) {
    case 'free':
      return service.cost.kind === 'free';
    case 'open-now':
      return service.status === 'active' && isOpenNow(service.openingHours, context.now, context.timeZone);
    // Services meant for them, not every service that would also see them: the filter narrows the list.
    case 'children':
      return service.eligibility.populations.some((population) => FOR_CHILDREN.has(population));
    case 'women':
      return service.eligibility.populations.includes('women');
    case 'no-documents':
      return service.whatToBring.length === 0;
  }
}

export function passesFilters(
  service: ServiceEntry,
  filters: readonly ServiceFilter[],
  context: FilterContext,
): boolean {
  return filters.every((filter) => passesFilter(service, filter, context));
}
