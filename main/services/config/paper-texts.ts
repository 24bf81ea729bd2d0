import { LANGUAGES, type LocalizedText, type ServiceEntry } from '../../contract/index.js';

import type { DirectoryConfig } from './directory-schema.js';
import { formatPath } from './issues.js';
import type { PathwaysConfig } from './pathways-schema.js';
import { sensitiveTermMatcher } from './sensitive-terms.js';
import type { SiteConfig } from './site-schema.js';

/** One configuration text that is printed, and where it is written. */
export interface PaperText {
  readonly file: string;
  readonly path: readonly (string | number)[];
  readonly text: string;
}

function localized(file: string, path: readonly (string | number)[], text: LocalizedText | undefined): PaperText[] {
  if (text === undefined) return [];
  return LANGUAGES.map((language) => ({ file, path: [...path, language], text: text[language] }));
}

function serviceTexts(service: ServiceEntry, at: readonly (string | number)[]): PaperText[] {
  const file = 'directory.json';
  const { organisation, address } = service;
  const organisationText: PaperText =
    organisation.slipName === undefined
      ? { file, path: [...at, 'organisation', 'name'], text: organisation.name }
      : { file, path: [...at, 'organisation', 'slipName'], text: organisation.slipName };
  const addressParts = (['street', 'neighbourhood', 'municipality', 'city', 'postalCode'] as const).flatMap((key) => {
    const text = address?.[key];
    return text === undefined ? [] : [{ file, path: [...at, 'address', key], text }];
  });
  return [
    ...(service.slipName === undefined
      ? localized(file, [...at, 'name'], service.name)
      : localized(file, [...at, 'slipName'], service.slipName)),
    organisationText,
    ...addressParts,
    ...localized(file, [...at, 'address', 'reference'], address?.reference),
    ...localized(file, [...at, 'hoursNote'], service.hoursNote),
    ...service.phones.flatMap((phone, i) => localized(file, [...at, 'phones', i, 'label'], phone.label)),
    ...localized(file, [...at, 'cost', 'note'], service.cost.note),
    ...service.whatToBring.flatMap((item, i) => localized(file, [...at, 'whatToBring', i], item)),
  ];
}

/**
 * Every configuration text that can reach paper: what the referral slip, the pathway slip and the
 * note for the receiving service print. Not the emergency numbers: that block is the same on every
 * slip and singles no one out (product rule 4).
 */
export function paperTexts(site: SiteConfig, directory: DirectoryConfig, pathways: PathwaysConfig): PaperText[] {
  return [
    ...localized('site.json', ['name'], site.name),
    ...directory.services.flatMap((service, index) => serviceTexts(service, ['services', index])),
    ...pathways.pathways.flatMap((pathway, index) => [
      ...localized('pathways.json', ['pathways', index, 'whatHappensNext'], pathway.whatHappensNext),
      ...(pathway.noteLabel === undefined
        ? []
        : [{ file: 'pathways.json', path: ['pathways', index, 'noteLabel'], text: pathway.noteLabel }]),
    ]),
  ];
}

/**
 * `file: path: warning …` for each printed text that holds a sensitive term. A warning, not an
 * error: a word can be innocent in context (Spanish «se trata de» is "it is about"), and a site
 * must still be able to deploy a fix to another file while a wording is being agreed.
 */
export function paperWarnings(folder: {
  readonly site: SiteConfig;
  readonly directory: DirectoryConfig;
  readonly pathways: PathwaysConfig;
}): string[] {
  const matcher = sensitiveTermMatcher(folder.site.sensitiveTerms);
  return paperTexts(folder.site, folder.directory, folder.pathways).flatMap(({ file, path, text }) => {
    const found = matcher.find(text);
    if (found.length === 0) return [];
    const fix = file === 'directory.json' && path.includes('name') ? '; give a neutral slipName' : '';
    return [
      `${file}: ${formatPath(path)}: warning: printed on paper, holds ${found.map((t) => `"${t}"`).join(', ')}${fix}`,
    ];
  });
}
