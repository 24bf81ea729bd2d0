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
  flatten,
  interpolationVariables,
  LOCALES,
  normalisedKeys,
  pluralParts,
  type LocaleValue,
} from './locale-files.js';

const leaves = Object.fromEntries(LANGUAGES.map((language) => [language, flatten(LOCALES[language])])) as Record<
  (typeof LANGUAGES)[number],
  Map<string, LocaleValue>
>;
const reference = leaves.es;
const OTHER_LANGUAGES = LANGUAGES.filter((language) => language !== 'es');

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
  };
}

describe('locale files', () => {
  it.each(OTHER_LANGUAGES)('%s has exactly the keys of es, plural forms included', (language) => {
    expect([...leaves[language].keys()].sort()).toEqual([...reference.keys()].sort());
    expect([...normalisedKeys(leaves[language])].sort()).toEqual([...normalisedKeys(reference)].sort());
  });

  it.each(OTHER_LANGUAGES)('%s uses the same {{variables}} as es in every message', (language) => {
    expect(variablesByKey(leaves[language])).toEqual(variablesByKey(reference));
  });

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

  it.each(LANGUAGES)('%s has no empty message and no garbled characters', (language) => {
    for (const [key, value] of leaves[language]) {
      for (const text of typeof value === 'string' ? [value] : value) {
        expect(text.trim(), key).not.toBe('');
        // Mojibake from a wrong encoding (UTF-8 read as Latin-1) and replacement characters. Ã and
        // Â alone are real letters ("Âge" in French); garbling pairs them with a Latin-1 symbol.
        expect(text, key).not.toMatch(/[ÃÂ][\u0080-\u00BF]|â€|\uFFFD/);
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

  it('uses the fixed terms of the product brief', () => {
    expect(ht.get('language.welcome')).toBe('Byenveni');
    expect(ht.get('language.choose')).toBe('Chwazi lang ou');
    expect(ht.get('home.tiles.askStaff')).toBe('Mande yon anplwaye');
    expect(ht.get('idle.stillHere')).toBe('Mwen la toujou');
    expect(ht.get('nav.finish')).toBe('Fini');
    expect(ht.get('nav.back')).toBe('Retounen');
    expect(ht.get('topBar.close')).toBe('Fèmen');
  });

  it('keeps to the standard orthography: no French letters outside Spanish proper names', () => {
    for (const [key, value] of ht) {
      const text = typeof value === 'string' ? value : value.join(' ');
      expect(text, key).not.toMatch(/[éêâôîûçœ]/i);
    }
  });
});

describe('language names', () => {
  it('are the endonyms of the contract', () => {
    expect(Object.values(ENDONYMS)).toEqual(['Español', 'English', 'Français', 'Kreyòl ayisyen']);
  });
});
