// Staff read the equipment check in their own language: every reason a check can give has a
// sentence in the four locale files, with the figures the services send as its placeholders.
import { describe, expect, it } from 'vitest';

import { CHECK_DETAILS, checkDetailKey, LANGUAGES, PRINTER_PROBLEMS } from '../../main/contract/index.js';

import { flatten, interpolationVariables, LOCALES } from './locale-files.js';

const KEYS = Object.keys(CHECK_DETAILS) as (keyof typeof CHECK_DETAILS)[];

describe('check details', () => {
  it.each(LANGUAGES)('%s has a sentence for every check code, using only the figures the code carries', (language) => {
    const texts = flatten(LOCALES[language]);
    for (const key of KEYS) {
      const text = texts.get(`checkDetails.${key}`);
      expect(text, `${language} checkDetails.${key}`).toEqual(expect.any(String));
      const declared: readonly string[] = CHECK_DETAILS[key];
      for (const variable of interpolationVariables(text ?? ''))
        expect(declared, `${key} {{${variable}}}`).toContain(variable);
    }
  });

  it.each(LANGUAGES)('%s has no sentence for a code no check gives', (language) => {
    const inFile = [...flatten(LOCALES[language]).keys()]
      .filter((key) => key.startsWith('checkDetails.'))
      .map((key) => key.slice('checkDetails.'.length));
    expect(inFile.sort()).toEqual([...KEYS].sort());
  });

  it('states the figures a sentence needs in every language, so none prints without them', () => {
    for (const key of ['disk.low_disk', 'clock.skew', 'endpoint.captive_portal'] as const) {
      for (const language of LANGUAGES) {
        const text = flatten(LOCALES[language]).get(`checkDetails.${key}`) ?? '';
        expect([...interpolationVariables(text)].sort(), `${language} ${key}`).toEqual([...CHECK_DETAILS[key]].sort());
      }
    }
  });

  it("finds the sentence of a result: by its check, then the runner's own codes, else none", () => {
    expect(checkDetailKey('disk', 'low_disk')).toBe('disk.low_disk');
    expect(checkDetailKey('network:redsafe', 'captive_portal')).toBe('endpoint.captive_portal');
    // The endpoint's own timeout names the host; the runner's timeout of the whole network check gives ms.
    expect(checkDetailKey('network:redsafe', 'timeout')).toBe('endpoint.timeout');
    expect(checkDetailKey('network', 'timeout')).toBe('any.timeout');
    expect(checkDetailKey('printer', 'error')).toBe('any.error');
    expect(checkDetailKey('disk', 'captive_portal')).toBeUndefined();
    expect(checkDetailKey('printer', 'made_up_by_a_newer_version')).toBeUndefined();
    for (const problem of PRINTER_PROBLEMS) expect(checkDetailKey('printer', problem)).toBe(`printer.${problem}`);
  });
});
