import { z } from 'zod';

import type { Language } from '../../../contract/index.js';
import { template, text } from '../../texts/text-schemas.js';
import { textSet, type TextSource } from '../../texts/text-set.js';

/**
 * The fixed words of a referral slip, in the four languages, read from `locales/slip/<lang>.json`
 * (`referral`), the file that also holds the pathway slips' words (see docs/texts.md). Kreyòl
 * follows the standard orthography and the fixed terms of the language review: the slip is a
 * `fèy` / `fèy referans` (never `fich` or `papye`, which also means immigration papers).
 */
export interface SlipTexts {
  readonly title: string;
  readonly service: string;
  readonly address: string;
  readonly howToFind: string;
  readonly hours: string;
  readonly closed: string;
  readonly phone: string;
  readonly whatsapp: string;
  readonly cost: string;
  readonly free: string;
  readonly paid: string;
  readonly whatToBring: string;
  readonly nothingToBring: string;
  readonly emergency: string;
  readonly open24h: string;
  readonly referralCode: string;
  readonly showToStaff: string;
  readonly forReceivingService: string;
  /** The Spanish block's sentence; `{{par}}` and `{{date}}` are filled in. */
  readonly receivingNote: string;
  readonly noPersonalData: string;
  readonly sample: string;
  readonly selfTest: string;
  /** A service closed for a while: `{{date}}` is its last closed day. No reason: the slip stays neutral. */
  readonly closedUntil: string;
}

const slipTextsSchema = z.object({
  title: text(),
  service: text(),
  address: text(),
  howToFind: text(),
  hours: text(),
  closed: text(),
  phone: text(),
  whatsapp: text(),
  cost: text(),
  free: text(),
  paid: text(),
  whatToBring: text(),
  nothingToBring: text(),
  emergency: text(),
  open24h: text(),
  referralCode: text(),
  showToStaff: text(),
  forReceivingService: text(),
  receivingNote: template('par', 'date'),
  noPersonalData: text(),
  sample: text(),
  selfTest: text(),
  closedUntil: template('date'),
}) satisfies z.ZodType<SlipTexts>;

export const SLIP_TEXT_SOURCE: TextSource<SlipTexts> = {
  namespace: 'slip',
  section: 'referral',
  schema: slipTextsSchema,
};
export const SLIP_TEXT_SET = textSet(SLIP_TEXT_SOURCE);

/** `SLIP_TEXTS.ht.title`: read from the file when first used, validated, never undefined. */
export const SLIP_TEXTS: Readonly<Record<Language, SlipTexts>> = SLIP_TEXT_SET.all;

/**
 * Every letter the four languages need, for the code-page self-test slip: a printer set to the
 * wrong page shows wrong letters here before a visitor ever sees one.
 */
export const SELF_TEST_LINES: readonly string[] = [
  'es: ñ á é í ó ú ü ¿ ¡  Ñ Á É Í Ó Ú Ü',
  'fr: à â ç é è ê ë î ï ô ù û ü ÿ œ æ',
  'FR: À Â Ç É È Ê Ë Î Ï Ô Ù Û Ü Œ Æ',
  'ht: è ò à  È Ò À',
  '€ « » ° ¿ ¡',
  '“quotes” ‘quote’ – — …',
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  'abcdefghijklmnopqrstuvwxyz 0123456789',
];
