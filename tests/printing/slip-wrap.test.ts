import { describe, expect, it } from 'vitest';

import { wrap } from '../../main/services/printing/slip/slip-document.js';

const codePoints = (line: string): number => Array.from(line).length;

describe('slip line wrapping', () => {
  it('breaks at spaces and indents continuation lines', () => {
    expect(wrap('Comisión Mexicana de Ayuda a Refugiados', 16, '  ')).toEqual([
      'Comisión',
      '  Mexicana de',
      '  Ayuda a',
      '  Refugiados',
    ]);
  });

  it('cuts a word longer than a line, counting letters, not UTF-16 units', () => {
    expect(wrap('ab 😀😀😀😀😀😀😀 c', 4)).toEqual(['ab', '😀😀😀😀', '😀😀😀', 'c']);
    expect(wrap('ab 😀😀😀😀😀 c', 4)).toEqual(['ab', '😀😀😀😀', '😀 c']);
    expect(wrap('x'.repeat(10), 4, ' ')).toEqual(['xxxx', ' xxx', ' xxx']);
  });

  it('keeps every letter of a 100,000-letter word, in order, within the width', () => {
    const word = Array.from({ length: 100_000 }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');
    const lines = wrap(word, 48, '  ');
    expect(lines.every((line) => codePoints(line) <= 48)).toBe(true);
    // Compared as a boolean: a failure must not print 100,000 letters.
    expect(lines.map((line, i) => (i === 0 ? line : line.slice(2))).join('') === word).toBe(true);
    expect(lines).toHaveLength(1 + Math.ceil((word.length - 48) / 46));
  });

  it('gives no line for blank text and never loops on a width below one', () => {
    expect(wrap('  \n\t ', 10)).toEqual([]);
    expect(wrap('abc', 0)).toEqual(['a', 'b', 'c']);
  });
});
