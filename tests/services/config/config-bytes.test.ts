import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { decodeConfigBytes, firstInvalidUtf8 } from '../../../main/services/config/config-bytes.js';
import { directoryFile, loadConfigFile, siteFile } from '../../../main/services/config/index.js';
import { findExcessiveNesting, MAX_CONFIG_DEPTH } from '../../../main/services/config/json-depth.js';
import { sampleConfigCopy } from '../temp-dirs.js';

import { firstNonAsciiLine, saveAsWindows1252, UNCLOSED_BRACKETS } from './hostile-files.js';

describe('configuration bytes', () => {
  it('refuses a site.json saved as Windows-1252, naming the file, the line and UTF-8', async () => {
    const dir = await sampleConfigCopy();
    const line = await firstNonAsciiLine(dir, 'site.json');
    await saveAsWindows1252(dir, 'site.json');
    const outcome = await loadConfigFile(dir, siteFile);
    expect(outcome.ok ? [] : outcome.issues).toEqual([
      {
        file: 'site.json',
        path: '',
        code: 'not_utf8',
        message: expect.stringMatching(new RegExp(`at line ${line} .*save the file as UTF-8$`)) as unknown,
      },
    ]);
  });

  it('accepts UTF-8 with a byte-order mark', async () => {
    const dir = await sampleConfigCopy();
    const text = await readFile(join(dir, 'site.json'));
    await writeFile(join(dir, 'site.json'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text]));
    const outcome = await loadConfigFile(dir, siteFile);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.value.city).toBe('Ciudad de México');
  });

  it.each([
    ['a Windows-1252 é', [0x61, 0x0a, 0x72, 0xe9, 0x66], 3, 2],
    ['a lone continuation byte', [0x80], 0, 1],
    ['an overlong slash', [0xc0, 0xaf], 0, 1],
    ['a UTF-16 surrogate', [0x7b, 0xed, 0xa0, 0x80], 1, 1],
    ['a sequence cut at the end', [0x22, 0xe2, 0x82], 1, 1],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0, 1],
  ])('finds %s', (_label, bytes, offset, line) => {
    const data = Uint8Array.from(bytes);
    expect(firstInvalidUtf8(data)).toBe(offset);
    expect(decodeConfigBytes(data)).toMatchObject({ ok: false, line });
  });

  it('agrees with the fatal decoder on valid text in every script the kiosk shows', () => {
    const data = new TextEncoder().encode('Kreyòl — Español «é» 日本 🙂\n');
    expect(firstInvalidUtf8(data)).toBeUndefined();
    expect(decodeConfigBytes(data)).toEqual({ ok: true, text: 'Kreyòl — Español «é» 日本 🙂\n' });
  });
});

describe('nesting depth', () => {
  it('names the file and the place for 5,000 unclosed brackets, without overflowing the stack', async () => {
    const dir = await sampleConfigCopy();
    await writeFile(join(dir, 'directory.json'), UNCLOSED_BRACKETS);
    const outcome = await loadConfigFile(dir, directoryFile);
    expect(outcome.ok ? [] : outcome.issues).toEqual([
      {
        file: 'directory.json',
        path: '',
        code: 'too_deep',
        // `{` is level 1, so the 64th `[` after the 14 characters of `  "services": ` is level 65.
        message: `nested deeper than ${MAX_CONFIG_DEPTH} levels at line 2, column ${14 + MAX_CONFIG_DEPTH}`,
      },
    ]);
  });

  it('refuses closed but too deep nesting too, and a million levels take one linear pass', () => {
    const deep = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    expect(findExcessiveNesting(deep)).toBe(MAX_CONFIG_DEPTH);
    const atLimit = `${'{"a":'.repeat(MAX_CONFIG_DEPTH - 1)}[]${'}'.repeat(MAX_CONFIG_DEPTH - 1)}`;
    expect(findExcessiveNesting(atLimit)).toBeUndefined();
    // One more level: the innermost `[` (after `[` and 63 times `{"a":`) is the one too deep.
    expect(findExcessiveNesting(`[${atLimit}]`)).toBe(1 + 5 * (MAX_CONFIG_DEPTH - 1));
  });

  it('ignores brackets inside texts, escaped quotes included', () => {
    const text = JSON.stringify({ a: '['.repeat(500), b: `\\"${'{'.repeat(500)}` });
    expect(findExcessiveNesting(text)).toBeUndefined();
  });
});
