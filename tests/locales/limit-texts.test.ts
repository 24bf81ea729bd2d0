// The texts of the slip limit and the small-count rule, in the four languages: present, plain,
// with the fixed terms (the slip, the kiosk, usted), and saying where the slip is instead. The
// e2e test shows one language on screen; these check the others.
import { describe, expect, it } from 'vitest';

import { LANGUAGES } from '../../main/contract/index.js';

import { flatten, LOCALES } from './locale-files.js';

const text = (language: (typeof LANGUAGES)[number], key: string): string => {
  const value = flatten(LOCALES[language]).get(key);
  if (typeof value !== 'string') throw new Error(`${language}: no text ${key}`);
  return value;
};

const KEYS = [
  'slipLimit.heading',
  'slipLimit.body',
  'slipLimit.staff',
  'errors.SLIP_LIMIT',
  'errors.RULE_NOT_PREVIEWED',
  'reports.rule.heading',
  'reports.rule.applies',
  'reports.rule.exact',
  'reports.rule.site',
  'reports.rule.lowered',
  'reports.rule.changed',
];

/** A whole word, accented letters included (`\b` knows ASCII letters only). */
const word = (...alternatives: string[]): RegExp =>
  new RegExp(`(?<!\\p{L})(${alternatives.join('|')})(?!\\p{L})`, 'iu');

/** Per language: the slip, the screen, the code, a photo, and words the glossary rules out. */
const TERMS = {
  en: { slip: word('slip'), screen: word('screen'), code: word('code'), photo: word('photo'), never: word('ticket') },
  es: {
    slip: word('hoja'),
    screen: word('pantalla'),
    code: word('código'),
    photo: word('foto'),
    never: word('quiosco', 'tu', 'tú', 'tienes'),
  },
  fr: {
    slip: word('fiche'),
    screen: word('écran'),
    code: word('code'),
    photo: word('photo'),
    never: word('kiosque', 'billet'),
  },
  ht: {
    slip: word('fèy'),
    screen: word('ekran'),
    code: word('kòd'),
    photo: word('foto'),
    never: word('papye', 'fich', 'machin', 'kyòsk'),
  },
} as const;

describe('slip limit and small-count rule texts', () => {
  it.each(LANGUAGES)('%s has every text, none empty', (language) => {
    for (const key of KEYS) expect(text(language, key).trim().length, key).toBeGreaterThan(3);
  });

  it('says in English exactly what the kiosk agreed to say', () => {
    expect(text('en', 'slipLimit.body')).toBe(
      'This kiosk has printed enough slips for now. Your slip is on the screen: show it to the staff or take a photo of the code.',
    );
  });

  it.each(LANGUAGES)('%s tells the visitor where the slip is, with the fixed terms and no blame', (language) => {
    const terms = TERMS[language];
    const body = text(language, 'slipLimit.body');
    for (const term of [terms.slip, terms.screen, terms.code, terms.photo]) expect(body).toMatch(term);
    expect(text(language, 'slipLimit.heading')).toMatch(terms.slip);
    expect(text(language, 'slipLimit.heading')).toMatch(terms.screen);
    for (const key of ['slipLimit.heading', 'slipLimit.body', 'slipLimit.staff', 'errors.SLIP_LIMIT']) {
      expect(text(language, key), key).not.toMatch(terms.never);
      // No blame, no alarm: the visitor did nothing wrong.
      expect(text(language, key), key).not.toMatch(/!|too many|demasiad|trop de|twòp|abus|interdit|prohib/i);
    }
  });

  it('calls the kiosk by its fixed names: "òdinatè sa a" to visitors, "kyòs la" to staff; usted; "borne"', () => {
    expect(text('ht', 'slipLimit.body')).toMatch(/^Òdinatè sa a /);
    expect(text('ht', 'slipLimit.staff')).toMatch(/^Kyòs la /);
    expect(text('ht', 'errors.SLIP_LIMIT')).toMatch(/^Kyòs la /);
    expect(text('es', 'slipLimit.body')).toMatch(/kiosco/);
    expect(text('es', 'slipLimit.body')).toMatch(/muéstrela/);
    expect(text('fr', 'slipLimit.body')).toMatch(/borne/);
  });

  it.each(LANGUAGES)('%s states the rule with the threshold, as the screen fills it in', (language) => {
    expect(text(language, 'reports.rule.applies').match(/\{\{n\}\}/g)).toHaveLength(2);
    expect(text(language, 'reports.rule.applies')).toContain('<{{n}}');
    expect(text(language, 'reports.rule.lowered')).toContain('{{n}}');
  });
});
