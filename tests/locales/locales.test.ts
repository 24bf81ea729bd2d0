import { describe, expect, it } from 'vitest';

import {
  CONFIG_ISSUE_CODES,
  DATABASE_NOTICE_CODES,
  ENDONYMS,
  ERROR_CODES,
  formatLongDate,
  LANGUAGES,
  type CalendarNames,
} from '../../main/contract/index.js';

import {
  fileName,
  flatten,
  interpolationVariables,
  LOCALES,
  NAMESPACES,
  normalisedKeys,
  pluralParts,
  readLocale,
  singleBracePlaceholders,
  type LocaleValue,
} from './locale-files.js';

type Leaves = Record<(typeof LANGUAGES)[number], Map<string, LocaleValue>>;

const leaves = Object.fromEntries(LANGUAGES.map((language) => [language, flatten(LOCALES[language])])) as Leaves;
const OTHER_LANGUAGES = LANGUAGES.filter((language) => language !== 'es');

/** Every file of every namespace (the screens' own files included), flattened by language. */
const NAMESPACE_LEAVES: ReadonlyMap<string | null, Leaves> = new Map(
  NAMESPACES.map((namespace) => [
    namespace,
    Object.fromEntries(LANGUAGES.map((language) => [language, flatten(readLocale(language, namespace))])) as Leaves,
  ]),
);
const namespaceLeaves = (namespace: string | null): Leaves => {
  const found = NAMESPACE_LEAVES.get(namespace);
  if (found === undefined) throw new Error(`no namespace ${namespace ?? '(screens)'}`);
  return found;
};

/** Variables of a key, with plural forms folded together. */
function variablesByKey(map: ReadonlyMap<string, LocaleValue>): Map<string, string[]> {
  const keys = new Set(map.keys());
  const result = new Map<string, Set<string>>();
  for (const [key, value] of map) {
    const plural = pluralParts(key, keys);
    const folded = plural === null ? key : `${plural.base}#plural`;
    const variables = result.get(folded) ?? new Set<string>();
    for (const variable of interpolationVariables(value)) variables.add(variable);
    result.set(folded, variables);
  }
  return new Map([...result].map(([key, variables]) => [key, [...variables].sort()]));
}

function pluralForms(map: ReadonlyMap<string, LocaleValue>): Map<string, string[]> {
  const keys = new Set(map.keys());
  const forms = new Map<string, string[]>();
  for (const key of keys) {
    const plural = pluralParts(key, keys);
    if (plural === null) continue;
    forms.set(plural.base, [...(forms.get(plural.base) ?? []), plural.category].sort());
  }
  return forms;
}

function calendarOf(language: (typeof LANGUAGES)[number]): CalendarNames {
  const map = leaves[language];
  return {
    weekdays: map.get('calendar.weekdays') as readonly string[],
    months: map.get('calendar.months') as readonly string[],
    longDate: map.get('calendar.longDate') as string,
    firstDay: map.get('calendar.firstDay') as string | undefined,
  };
}

describe('namespaces', () => {
  it("are the screens' files and the slip and report words, at least", () => {
    expect(NAMESPACES).toEqual(expect.arrayContaining([null, 'slip', 'reports']));
  });
});

describe.each(NAMESPACES.map((namespace) => ({ namespace, label: namespace ?? 'screens' })))(
  'locale files: $label',
  ({ namespace }) => {
    const files = namespaceLeaves(namespace);
    const spanish = files.es;

    it.each(OTHER_LANGUAGES)('%s has exactly the keys of es, plural forms included', (language) => {
      expect([...files[language].keys()].sort(), fileName(namespace, language)).toEqual([...spanish.keys()].sort());
      expect([...normalisedKeys(files[language])].sort()).toEqual([...normalisedKeys(spanish)].sort());
    });

    it.each(OTHER_LANGUAGES)('%s uses the same {{variables}} as es in every message', (language) => {
      expect(variablesByKey(files[language])).toEqual(variablesByKey(spanish));
    });

    it.each(LANGUAGES)('%s has no empty message and no garbled characters', (language) => {
      for (const [key, value] of files[language]) {
        for (const text of typeof value === 'string' ? [value] : value) {
          expect(text.trim(), key).not.toBe('');
          // Mojibake from a wrong encoding (UTF-8 read as Latin-1) and replacement characters. Ã and
          // Â alone are real letters ("Âge" in French); garbling pairs them with a Latin-1 symbol.
          expect(text, key).not.toMatch(/[ÃÂ][\u0080-\u00BF]|â€|\uFFFD/);
        }
      }
    });

    it.each(LANGUAGES)('%s has no {single} brace placeholder left: {{name}} is the one syntax', (language) => {
      for (const [key, value] of files[language]) {
        expect(singleBracePlaceholders(value), `${fileName(namespace, language)} ${key}`).toEqual([]);
      }
    });
  },
);

describe('locale files: screens only', () => {
  it.each(LANGUAGES)('%s has every plural form its language needs, and the same forms as the others', (language) => {
    // What i18next will ask for at run time. Haitian Creole has no CLDR plural data, so Intl
    // answers with the runtime's default locale; its nouns do not change with the number anyway.
    // Every file carries the forms any of the four languages needs (es and fr need "many"), so
    // the four files have literally the same keys; a form a language never uses repeats "other".
    const needed = [...new Intl.PluralRules(language).resolvedOptions().pluralCategories];
    const union = [
      ...new Set(LANGUAGES.flatMap((l) => new Intl.PluralRules(l).resolvedOptions().pluralCategories)),
    ].sort();
    const forms = pluralForms(leaves[language]);
    expect(forms.size).toBeGreaterThan(0);
    for (const [base, categories] of forms) {
      expect({ base, categories }).toEqual({ base, categories: union });
      for (const category of needed) expect(categories, `${base} needs ${category}`).toContain(category);
      if (!needed.includes('many')) {
        const map = leaves[language];
        expect(map.get(`${base}_many`), `${base}_many repeats _other`).toEqual(map.get(`${base}_other`));
      }
    }
  });

  it.each(LANGUAGES)('%s translates every error code, config issue and database notice', (language) => {
    const map = leaves[language];
    for (const code of ERROR_CODES) expect(map.get(`errors.${code}`), code).toEqual(expect.any(String));
    for (const code of CONFIG_ISSUE_CODES) expect(map.get(`configIssues.${code}`), code).toEqual(expect.any(String));
    for (const code of DATABASE_NOTICE_CODES) {
      expect(map.get(`operator.notices.${code}`), code).toEqual(expect.any(String));
    }
  });

  it.each(LANGUAGES)('%s has 7 weekdays from Sunday, 12 months and a complete date pattern', (language) => {
    const calendar = calendarOf(language);
    expect(calendar.weekdays).toHaveLength(7);
    expect(calendar.months).toHaveLength(12);
    expect(new Set(calendar.weekdays).size).toBe(7);
    expect(new Set(calendar.months).size).toBe(12);
    expect([...interpolationVariables(calendar.longDate)].sort()).toEqual(['day', 'month', 'weekday', 'year']);
  });
});

describe('Kreyòl ayisyen', () => {
  const ht = leaves.ht;

  it('names weekdays and months exactly as the product brief does', () => {
    expect(ht.get('calendar.weekdays')).toEqual(['dimanch', 'lendi', 'madi', 'mèkredi', 'jedi', 'vandredi', 'samdi']);
    expect(ht.get('calendar.months')).toEqual([
      'janvye',
      'fevriye',
      'mas',
      'avril',
      'me',
      'jen',
      'jiyè',
      'out',
      'septanm',
      'oktòb',
      'novanm',
      'desanm',
    ]);
  });

  it('writes dates from its own names, not from Intl', () => {
    const date = new Date('2026-11-22T18:00:00Z');
    expect(formatLongDate(date, 'America/Mexico_City', calendarOf('ht'))).toBe('dimanch 22 novanm 2026');
    expect(formatLongDate(date, 'America/Mexico_City', calendarOf('es'))).toBe('domingo 22 de noviembre de 2026');
  });

  it('writes the first of the month as Kreyòl and French do (1ye, 1er), and only the first', () => {
    const first = new Date('2026-12-01T18:00:00Z');
    const zone = 'America/Mexico_City';
    expect(formatLongDate(first, zone, calendarOf('ht'))).toBe('madi 1ye desanm 2026');
    expect(formatLongDate(first, zone, calendarOf('fr'))).toBe('mardi 1er décembre 2026');
    expect(formatLongDate(first, zone, calendarOf('es'))).toBe('martes 1 de diciembre de 2026');
    expect(formatLongDate(first, zone, calendarOf('en'))).toBe('Tuesday 1 December 2026');
    expect(formatLongDate(new Date('2026-12-02T18:00:00Z'), zone, calendarOf('ht'))).toBe('mèkredi 2 desanm 2026');
  });

  it('uses the fixed terms of the product brief', () => {
    expect(ht.get('language.welcome')).toBe('Byenveni');
    expect(ht.get('language.choose')).toBe('Chwazi lang ou');
    expect(ht.get('home.tiles.askStaff')).toBe('Mande yon anplwaye');
    expect(ht.get('idle.stillHere')).toBe('Mwen la toujou');
    expect(ht.get('nav.finish')).toBe('Fini');
    expect(ht.get('nav.back')).toBe('Retounen');
    expect(ht.get('topBar.close')).toBe('Fèmen');
  });

  it('keeps to the standard orthography in every file: no French letters outside Spanish proper names', () => {
    for (const namespace of NAMESPACES) {
      for (const [key, value] of namespaceLeaves(namespace).ht) {
        const text = typeof value === 'string' ? value : value.join(' ');
        expect(text, `${fileName(namespace, 'ht')} ${key}`).not.toMatch(/[éêâôîûçœ]/i);
      }
    }
  });

  it('prints the fixed terms on slips and in reports (language review, pattern 2)', () => {
    // The slip is a fèy: `fich` is French and `papye` also means immigration papers.
    const slip = [...namespaceLeaves('slip').ht.values()].join(' | ');
    expect(slip).not.toMatch(/\b(fich|papye)\b/i);
    expect(namespaceLeaves('slip').ht.get('referral.title')).toBe('Fèy referans');
    expect(namespaceLeaves('slip').ht.get('pathway.slipTitle')).toBe('Fèy referans');
    expect(namespaceLeaves('slip').ht.get('referral.open24h')).toBe('24 sou 24');
    const printedAndReported = [...namespaceLeaves('slip').ht.values(), ...namespaceLeaves('reports').ht.values()].join(
      ' | ',
    );
    // kyòsk, machin, jiridik, sove, French `le` before a date, and the calques the review lists.
    expect(printedAndReported).not.toMatch(/\b(kyòsk|machin|jiridik|sove|fizo orè|pwen atansyon|fèt le)\b/i);
    expect(namespaceLeaves('reports').ht.get('meta.site')).toBe('Pwen akèy');
    expect(namespaceLeaves('reports').ht.get('tables.checks')).toBe('Tès ekipman');
  });

  it('names a sex the way the screens do, in reports too', () => {
    for (const sex of ['female', 'male', 'other', 'not_stated']) {
      expect(namespaceLeaves('reports').ht.get(`sexes.${sex}`), sex).toBe(ht.get(`staff.activity.sexes.${sex}`));
    }
  });
});

describe('language names', () => {
  it('are the endonyms of the contract', () => {
    expect(Object.values(ENDONYMS)).toEqual(['Español', 'English', 'Français', 'Kreyòl ayisyen']);
  });
});
