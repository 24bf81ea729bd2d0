import { describe, expect, it } from 'vitest';

import { LANGUAGES } from '../../main/contract/index.js';

import {
  configTexts,
  findViolations,
  localeTexts,
  uiAudience,
  type GlossaryRules,
  type GlossaryText,
} from './glossary-check.js';
import { ALLOWED, FORBIDDEN, STAFF_KEY_PREFIXES, VISITOR_CONFIG_KEYS, VISITOR_KEY_PREFIXES } from './glossary-rules.js';

const RULES: GlossaryRules = { forbidden: FORBIDDEN, allowed: ALLOWED };
const LOCALE_TEXTS = localeTexts(VISITOR_KEY_PREFIXES, STAFF_KEY_PREFIXES);
const CONFIG_TEXTS = configTexts(VISITOR_CONFIG_KEYS);

/** One line per finding, so a failure names the language, the key and the word. */
const report = (texts: readonly GlossaryText[]) =>
  findViolations(texts, RULES).map(({ language, key, word, why }) => `${language} ${key}: "${word}" (${why})`);

describe('glossary (docs/glossary.md) in the texts', () => {
  it('reads the four UI locale files and every config file with four-language texts', () => {
    for (const language of LANGUAGES) {
      expect(LOCALE_TEXTS.filter((t) => t.language === language && !t.key.includes(':')).length).toBeGreaterThan(600);
    }
    const files = new Set(CONFIG_TEXTS.map((t) => t.key.split(':')[0]));
    for (const file of ['directory.json', 'pathways.json', 'site.json', 'operations.json'])
      expect(files).toContain(file);
    // Visitor and staff texts are both there, in the UI and in the configuration.
    expect(LOCALE_TEXTS.some((t) => t.key === 'urgentHelp.childBody' && t.audience === 'visitor')).toBe(true);
    expect(LOCALE_TEXTS.some((t) => t.key === 'outOfService.staffBody' && t.audience === 'staff')).toBe(true);
    expect(CONFIG_TEXTS.some((t) => t.key.endsWith('.whatHappensNext') && t.audience === 'visitor')).toBe(true);
    expect(CONFIG_TEXTS.some((t) => t.key.endsWith('.check') && t.audience === 'staff')).toBe(true);
  });

  it.each(LANGUAGES)('%s: no forbidden word in the locale files (namespace files included)', (language) => {
    expect(report(LOCALE_TEXTS.filter((t) => t.language === language))).toEqual([]);
  });

  it.each(LANGUAGES)('%s: no forbidden word in the configuration texts', (language) => {
    expect(report(CONFIG_TEXTS.filter((t) => t.language === language))).toEqual([]);
  });

  it('every allowance is still needed: it names a text that holds its word', () => {
    const all = [...LOCALE_TEXTS, ...CONFIG_TEXTS];
    const withoutAllowances: GlossaryRules = { forbidden: FORBIDDEN, allowed: [] };
    const found = findViolations(all, withoutAllowances);
    for (const allowance of ALLOWED) {
      // The child pathway's tú and tu are per word; one of them in use is enough.
      if (allowance.why.startsWith('the child pathway')) continue;
      expect(
        found.some((v) => v.language === allowance.language && allowance.keys.test(v.key)),
        `${allowance.language} ${allowance.term} ${String(allowance.keys)}`,
      ).toBe(true);
    }
    expect(found.some((v) => v.key.includes('unaccompanied-child') && v.language === 'es')).toBe(true);
    expect(found.some((v) => v.key.includes('unaccompanied-child') && v.language === 'fr')).toBe(true);
  });
});

describe('the glossary checker itself', () => {
  const text = (over: Partial<GlossaryText>): GlossaryText => ({
    language: 'ht',
    key: 'home.heading',
    text: '',
    audience: 'visitor',
    ...over,
  });
  const rules: GlossaryRules = {
    forbidden: {
      ht: [
        { term: 'papye', in: 'all', why: 'papers', use: 'fèy' },
        { term: 'done', in: 'visitor', why: 'jargon' },
      ],
      es: [
        { term: 'te', in: 'all', why: 'tú' },
        { term: /(?:^|[.]\s*)vuelve(?![\p{L}])/iu, in: 'all', why: 'tú' },
      ],
      fr: [{ term: '’', in: 'all', why: 'apostrophe' }],
      en: [],
    },
    allowed: [{ language: 'ht', term: 'papye', keys: /^categories\.documents-regularisation$/, why: 'documents' }],
  };

  it('catches a planted word and names the language, the key and the word', () => {
    const found = findViolations([text({ key: 'pathways.finish', text: 'Fini epi enprime Papye yo' })], rules);
    expect(found).toEqual([{ language: 'ht', key: 'pathways.finish', word: 'Papye', why: 'papers; use: fèy' }]);
  });

  it('respects the allow-list for that key only', () => {
    const sameWord = [
      text({ key: 'categories.documents-regularisation', text: 'Papye ak estati legal' }),
      text({ key: 'service.printSlip', text: 'Enprime papye a' }),
    ];
    expect(findViolations(sameWord, rules).map((v) => v.key)).toEqual(['service.printSlip']);
  });

  it('applies visitor-only words to visitor texts and not to staff texts', () => {
    const texts = [
      text({ key: 'guide.noData', text: 'Li pa mande w done ou', audience: 'visitor' }),
      text({ key: 'errors.DATABASE_UNAVAILABLE', text: 'Baz done a pa disponib', audience: 'staff' }),
    ];
    expect(findViolations(texts, rules).map((v) => v.key)).toEqual(['guide.noData']);
  });

  it('matches whole words only, and patterns where a word is ambiguous', () => {
    const texts = [
      text({ language: 'es', key: 'a', text: 'Elija un tema.' }),
      text({ language: 'es', key: 'b', text: 'El personal puede ayudarte: te llamamos.' }),
      text({ language: 'es', key: 'c', text: 'El kiosco vuelve a funcionar solo.' }),
      text({ language: 'es', key: 'd', text: 'Espere. Vuelve en unos minutos.' }),
      text({ language: 'fr', key: 'e', text: 'L’application' }),
      text({ language: 'ht', key: 'f', text: 'Fichye a anrejistre', audience: 'staff' }),
    ];
    expect(findViolations(texts, rules).map((v) => `${v.key}:${v.word}`)).toEqual(['b:te', 'd:Vuelve', 'e:’']);
  });

  it('sorts keys into visitor and staff by the longest prefix', () => {
    expect(uiAudience('outOfService.body', VISITOR_KEY_PREFIXES, STAFF_KEY_PREFIXES)).toBe('visitor');
    expect(uiAudience('outOfService.staffBody', VISITOR_KEY_PREFIXES, STAFF_KEY_PREFIXES)).toBe('staff');
    expect(uiAudience('outOfService.issueCount_one', VISITOR_KEY_PREFIXES, STAFF_KEY_PREFIXES)).toBe('staff');
    expect(uiAudience('services.none', VISITOR_KEY_PREFIXES, STAFF_KEY_PREFIXES)).toBe('visitor');
    expect(uiAudience('serviceDesk.x', VISITOR_KEY_PREFIXES, STAFF_KEY_PREFIXES)).toBe('staff');
    expect(uiAudience('slip:title', VISITOR_KEY_PREFIXES, STAFF_KEY_PREFIXES)).toBe('visitor');
    expect(uiAudience('reports:meta.site', VISITOR_KEY_PREFIXES, STAFF_KEY_PREFIXES)).toBe('staff');
    expect(uiAudience('checkDetails.low_disk', VISITOR_KEY_PREFIXES, STAFF_KEY_PREFIXES)).toBe('staff');
  });
});
