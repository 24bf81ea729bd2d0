import type { Language, ServiceCategory, ServiceEntry } from '../../../main/contract/index.js';

import { passesFilters, type FilterContext, type ServiceFilter } from './filters.js';
import { matchesQuery, queryWords, searchableText } from './search.js';

export interface VisibleServicesOptions extends FilterContext {
  readonly category: ServiceCategory | null;
  readonly query: string;
  readonly filters: readonly ServiceFilter[];
  readonly language: Language;
  readonly categoryLabel: (category: ServiceCategory, language: Language) => string;
}

/**
 * The list as the visitor asked for it: category, filters, then the words typed. A search looks
 * across all categories (someone who typed "asilo" wants asylum wherever it is filed). Services
 * that are temporarily closed go last, so nobody walks to a closed door first.
 */
export function visibleServices(services: readonly ServiceEntry[], options: VisibleServicesOptions): ServiceEntry[] {
  const words = queryWords(options.query);
  return services
    .filter((service) => words.length > 0 || options.category === null || service.category === options.category)
    .filter((service) => passesFilters(service, options.filters, options))
    .filter(
      (service) =>
        words.length === 0 ||
        matchesQuery(
          searchableText(service, options.language, (language) => options.categoryLabel(service.category, language)),
          words,
        ),
    )
    .sort((a, b) => Number(a.status !== 'active') - Number(b.status !== 'active'));
}

/** Categories that have at least one service, in the contract's order. */
export function categoriesInUse(
  services: readonly ServiceEntry[],
  order: readonly ServiceCategory[],
): ServiceCategory[] {
  const used = new Set(services.map((service) => service.category));
  return order.filter((category) => used.has(category));
}
