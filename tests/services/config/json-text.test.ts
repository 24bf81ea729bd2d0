import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { findJsonSyntaxError } from '../../../main/services/config/json-syntax.js';
import { lineAndColumn, parseJsonText } from '../../../main/services/config/json-text.js';
import { SAMPLE_CONFIG_DIR } from '../temp-dirs.js';

describe('JSON syntax errors', () => {
  it.each([
    ['{\n  "id": "x",\n  "name" "PAR"\n}', 3, 10, 'expected ":" after the property name, found "\\""'],
    ['{\n  "id": "x",\n', 3, 1, 'expected a property name in double quotes, found end of file'],
    ['{"a": 1,}', 1, 9, 'a comma before "}" (JSON allows no trailing comma)'],
    ['[1,\n 2,\n]', 3, 1, 'a comma before "]" (JSON allows no trailing comma)'],
    ["{'a': 1}", 1, 2, 'expected a property name in double quotes, found "\'"'],
    ['{"a": "one\ntwo"}', 1, 11, 'a line break or control character inside a text; close the text with " first'],
    ['{"a": hello}', 1, 7, 'a text without double quotes around it'],
    ['{"a": [1 2]}', 1, 10, 'expected "," or "]", found "2"'],
    ['{"a": 1} extra', 1, 10, 'unexpected "e" after the end of the JSON value'],
    ['', 1, 1, 'unexpected end of file'],
  ])('%j fails at line %i, column %i', (text, line, column, reason) => {
    const result = parseJsonText(text);
    expect(result).toEqual({
      ok: false,
      line,
      column,
      message: `JSON syntax error at line ${line}, column ${column}: ${reason}`,
    });
  });

  it('agrees with JSON.parse on what is valid', async () => {
    const texts = [
      '{"a": 1.5e+3, "b": [true, false, null, "\\u00e9\\n\\"q\\""], "c": {}, "d": [], "e": -0.25}',
      ' \t\r\n 42 \n',
      '"\\x"',
      '[01]',
      '{"a": -}',
      '[1.]',
      await readFile(join(SAMPLE_CONFIG_DIR, 'directory.json'), 'utf8'),
    ];
    for (const text of texts) {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(findJsonSyntaxError(text) === undefined, text.slice(0, 40)).toBe(valid);
    }
  });

  it('ignores a byte-order mark and counts columns from 1', () => {
    expect(parseJsonText('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
