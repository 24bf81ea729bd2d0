import type { Language, ServiceEntry } from '../../../contract/index.js';

/**
 * The names a service goes by on paper. A slip may travel in the pocket of someone controlled by
 * another person: where the screen name states a harm ("Report trafficking…"), the directory gives a
 * neutral `slipName`, and only that is printed (docs/printing.md, "What paper may carry").
 */
export function paperServiceName(service: ServiceEntry, language: Language): string {
  return service.slipName?.[language] ?? service.name[language];
}

/** The organisation as printed: its neutral `slipName` when the official name itself names a harm. */
export function paperOrganisationName(service: ServiceEntry): string {
  return service.organisation.slipName ?? service.organisation.name;
}
