import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { TEXT_LIMITS } from '../../../main/contract/index.js';
import { configJsonSchemas, directoryFile, loadConfigFile, siteFile } from '../../../main/services/config/index.js';
import { readJson, sampleConfigCopy, writeJson } from '../temp-dirs.js';

const TEN_MB = 10 * 1024 * 1024;

/** Every `type: string` node of a JSON Schema, with its place. */
function stringNodes(node: unknown, at: string, out: { at: string; node: Record<string, unknown> }[]): void {
  if (Array.isArray(node))
    node.forEach((item, index) => {
      stringNodes(item, `${at}[${index}]`, out);
    });
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
  const record = node as Record<string, unknown>;
  if (record.type === 'string') out.push({ at, node: record });
  for (const [key, value] of Object.entries(record)) stringNodes(value, `${at}/${key}`, out);
}

/** A pattern that fixes the length by itself: anchored, with no `*`, `+` or open `{n,}`. */
function patternBoundsLength(pattern: unknown): boolean {
  if (typeof pattern !== 'string' || !pattern.startsWith('^') || !pattern.endsWith('$')) return false;
  const unescaped = pattern.replace(/\\./g, '');
  return !/[*+]|\{\d+,\}/.test(unescaped);
}

describe('text limits', () => {
  it('every text field of every configuration file has a length limit', () => {
    const unbounded: string[] = [];
    for (const { fileName, text } of configJsonSchemas()) {
      const found: { at: string; node: Record<string, unknown> }[] = [];
      stringNodes(JSON.parse(text), '', found);
      for (const { at, node } of found) {
        const bounded =
          typeof node.maxLength === 'number' || 'enum' in node || 'const' in node || patternBoundsLength(node.pattern);
        if (!bounded) unbounded.push(`${fileName}${at}`);
      }
    }
    expect(unbounded).toEqual([]);
  });

  it('refuses a 10 MB organisation name, naming the limit', async () => {
    const dir = await sampleConfigCopy();
    const site = await readJson(join(dir, 'site.json'));
    site.organisation = 'A'.repeat(TEN_MB);
    await writeJson(join(dir, 'site.json'), site);
    const outcome = await loadConfigFile(dir, siteFile);
    expect(outcome.ok ? [] : outcome.issues).toEqual([
      {
        file: 'site.json',
        path: 'organisation',
        code: 'too_big',
        message: `must have at most ${TEXT_LIMITS.name} characters`,
      },
    ]);
  });

  it('refuses 10 MB in a translated text, an e-mail and a link before any pattern runs on them', async () => {
    const dir = await sampleConfigCopy();
    const directory = await readJson(join(dir, 'directory.json'));
    const [service] = directory.services as Record<string, unknown>[];
    if (service === undefined) throw new Error('the sample directory is empty');
    (service.description as Record<string, string>).ht = 'a'.repeat(TEN_MB);
    // Dots make the e-mail pattern backtrack: on 10 MB it overflowed the regular-expression stack.
    service.email = 'a.'.repeat(TEN_MB / 2);
    service.website = `https://example.org/${'x'.repeat(TEN_MB)}`;
    await writeJson(join(dir, 'directory.json'), directory);
    const outcome = await loadConfigFile(dir, directoryFile);
    expect(outcome.ok ? [] : outcome.issues).toEqual([
      {
        file: 'directory.json',
        path: 'services[0].description.ht',
        code: 'too_big',
        message: `must have at most ${TEXT_LIMITS.paragraph} characters`,
      },
      {
        file: 'directory.json',
        path: 'services[0].email',
        code: 'too_big',
        message: `must have at most ${TEXT_LIMITS.email} characters`,
      },
      {
        file: 'directory.json',
        path: 'services[0].website',
        code: 'too_big',
        message: `must have at most ${TEXT_LIMITS.url} characters`,
      },
    ]);
  });

  it('still accepts a text at its limit', async () => {
    const dir = await sampleConfigCopy();
    const site = await readJson(join(dir, 'site.json'));
    site.organisation = 'A'.repeat(TEXT_LIMITS.name);
    await writeJson(join(dir, 'site.json'), site);
    expect((await loadConfigFile(dir, siteFile)).ok).toBe(true);
  });
});
