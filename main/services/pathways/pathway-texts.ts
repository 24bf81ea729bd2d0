import { z } from 'zod';

import { URGENCIES, type Language, type Urgency } from '../../contract/index.js';
import { template, text, textsFor } from '../texts/text-schemas.js';
import { textSet, type TextSource } from '../texts/text-set.js';

/**
 * The fixed words of the pathway flowchart and slips, read from `locales/slip/<lang>.json`
 * (`pathway`): the CLI draws flowcharts and the services print slips without the UI. Kreyòl in
 * standard orthography, short and plain; the slip is a `fèy` in ht and a `fiche` in fr, as on
 * the screens.
 */
export interface PathwayTexts {
  readonly urgency: Readonly<Record<Urgency, string>>;
  readonly sample: string;
  readonly contacts: string;
  readonly doNot: string;
  readonly tell: string;
  readonly end: string;
  readonly urgencyLegend: string;
  readonly slipTitle: string;
  readonly goTo: string;
  readonly whatHappensNext: string;
  readonly noteTitle: string;
  /** Printed before the pathway's neutral `noteLabel`: the note names a route, never a profile. */
  readonly route: string;
  readonly defaultRoute: string;
  readonly handOver: string;
  readonly noteBody: string;
}

const pathwayTextsSchema = z.object({
  urgency: textsFor(URGENCIES),
  sample: text(),
  contacts: text(),
  doNot: text(),
  tell: text(),
  end: text(),
  urgencyLegend: text(),
  slipTitle: text(),
  goTo: text(),
  whatHappensNext: text(),
  noteTitle: text(),
  route: text(),
  defaultRoute: text(),
  handOver: text(),
  noteBody: template('par', 'date'),
}) satisfies z.ZodType<PathwayTexts>;

export const PATHWAY_TEXT_SOURCE: TextSource<PathwayTexts> = {
  namespace: 'slip',
  section: 'pathway',
  schema: pathwayTextsSchema,
};
export const PATHWAY_TEXT_SET = textSet(PATHWAY_TEXT_SOURCE);

/** `PATHWAY_TEXTS.fr.slipTitle`: read from the file when first used, validated, never undefined. */
export const PATHWAY_TEXTS: Readonly<Record<Language, PathwayTexts>> = PATHWAY_TEXT_SET.all;

/** Flowchart colours per urgency, always drawn with the urgency's words beside them. */
export const URGENCY_COLOURS: Readonly<Record<Urgency, { readonly fill: string; readonly text: string }>> = {
  immediate: { fill: '#b3261e', text: '#ffffff' },
  '24h': { fill: '#c25100', text: '#ffffff' },
  '72h': { fill: '#f2c230', text: '#1a1a1a' },
  '2w': { fill: '#2e7d32', text: '#ffffff' },
};
