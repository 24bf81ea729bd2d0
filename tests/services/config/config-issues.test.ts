import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { ConfigIssue } from '../../../main/contract/index.js';
import {
  directoryFile,
  folderIssues,
  loadConfigFile,
  loadConfigFolder,
  DEFAULT_REPORTS,
  reportsFile,
  siteFile,
} from '../../../main/services/config/index.js';
import { readJson, sampleConfigCopy, SAMPLE_CONFIG_DIR, writeJson } from '../temp-dirs.js';

type Json = Record<string, unknown>;

/** Loads one file of a private sample copy after `change` edits its parsed JSON. */
async function issuesAfter(file: 'site.json' | 'directory.json', change: (json: Json) => void): Promise<ConfigIssue[]> {
  const dir = await sampleConfigCopy();
  const json = await readJson(join(dir, file));
  change(json);
  await writeJson(join(dir, file), json);
  const outcome = file === 'site.json' ? await loadConfigFile(dir, siteFile) : await loadConfigFile(dir, directoryFile);
  return outcome.ok ? [] : [...outcome.issues];
}

/** Loose access into parsed JSON for edits; a wrong path fails the test loudly. */
function at(json: unknown, ...path: (string | number)[]): Json {
  let node: unknown = json;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) throw new Error(`no ${path.join('.')} in the sample`);
    node = (node as Record<string | number, unknown>)[key];
  }
  if (typeof node !== 'object' || node === null) throw new Error(`no object at ${path.join('.')}`);
  return node as Json;
}

describe('the bundled sample configuration', () => {
  it('is valid, with every text in four languages', async () => {
    const folder = await loadConfigFolder(SAMPLE_CONFIG_DIR);
    expect(folderIssues(folder)).toEqual([]);
    if (!folder.site.ok || !folder.directory.ok) throw new Error('sample should load');
    expect(folder.site.value).toMatchObject({ timezone: 'America/Mexico_City', sample: true, idleTimeoutSeconds: 90 });
    expect(folder.directory.value.services.length).toBeGreaterThanOrEqual(6);
    for (const service of folder.directory.value.services) {
      expect(service.sampleNotice?.en, service.id).toMatch(/sample — verify before use/i);
    }
  });
});

describe('site.json issues', () => {
  it('reports a JSON syntax error with its line and column', async () => {
    const dir = await sampleConfigCopy();
    await writeFile(join(dir, 'site.json'), '{\n  "id": "par-centro",\n  "name" "PAR"\n}\n');
    const outcome = await loadConfigFile(dir, siteFile);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues).toHaveLength(1);
    expect(outcome.issues[0]).toMatchObject({ file: 'site.json', path: '', code: 'json_syntax' });
    expect(outcome.issues[0]?.message).toMatch(/^JSON syntax error at line 3, column 10: /);
  });

  it('reports a file cut short at its end', async () => {
    const dir = await sampleConfigCopy();
    await writeFile(join(dir, 'site.json'), '{\n  "id": "par-centro",\n');
    const outcome = await loadConfigFile(dir, siteFile);
    expect(outcome.ok ? [] : outcome.issues).toMatchObject([
      {
        file: 'site.json',
        path: '',
        code: 'json_syntax',
        message: expect.stringMatching(/line 3, column 1/) as unknown,
      },
    ]);
  });

  it('names a field of the wrong type', async () => {
    expect(await issuesAfter('site.json', (site) => (site.idleTimeoutSeconds = '90'))).toEqual([
      {
        file: 'site.json',
        path: 'idleTimeoutSeconds',
        code: 'wrong_type',
        message: 'expected number, got the text "90"',
      },
    ]);
  });

  it('names a missing Kreyòl translation by its full path', async () => {
    const issues = await issuesAfter('site.json', (site) => {
      delete at(site, 'emergencyNumbers', 0, 'label').ht;
    });
    expect(issues).toEqual([
      {
        file: 'site.json',
        path: 'emergencyNumbers[0].label.ht',
        code: 'missing',
        message: 'the Kreyòl ayisyen (ht) text is missing',
      },
    ]);
  });

  it('rejects an empty translation', async () => {
    const issues = await issuesAfter('site.json', (site) => (at(site, 'name').fr = '   '));
    expect(issues).toEqual([{ file: 'site.json', path: 'name.fr', code: 'too_small', message: 'must not be empty' }]);
  });

  it('names unknown keys, at the top and nested', async () => {
    const issues = await issuesAfter('site.json', (site) => {
      site.colour = 'red';
      at(site, 'emergencyNumbers', 1).fax = '55 0000 0000';
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        {
          file: 'site.json',
          path: 'colour',
          code: 'unknown_key',
          message: expect.stringContaining('"colour"') as unknown,
        },
        {
          file: 'site.json',
          path: 'emergencyNumbers[1].fax',
          code: 'unknown_key',
          message: expect.stringContaining('"fax"') as unknown,
        },
      ]),
    );
    expect(issues).toHaveLength(2);
  });

  it('rejects a timezone that is not a valid IANA name', async () => {
    expect(await issuesAfter('site.json', (site) => (site.timezone = 'America/Mexico_Cty'))).toEqual([
      {
        file: 'site.json',
        path: 'timezone',
        code: 'invalid_value',
        message: 'not a known IANA timezone (for example "America/Mexico_City")',
      },
    ]);
  });

  it('rejects an idle warning that is not shorter than the timeout', async () => {
    expect(await issuesAfter('site.json', (site) => (site.idleWarningSeconds = 90))).toEqual([
      {
        file: 'site.json',
        path: 'idleWarningSeconds',
        code: 'inconsistent',
        message: 'must be less than idleTimeoutSeconds (90), or the warning could never be shown',
      },
    ]);
  });

  it('rejects an idle warning under 20 seconds', async () => {
    expect(await issuesAfter('site.json', (site) => (site.idleWarningSeconds = 10))).toEqual([
      { file: 'site.json', path: 'idleWarningSeconds', code: 'too_small', message: 'must be at least 20' },
    ]);
  });

  it('reports several problems at once, each with its own path', async () => {
    const issues = await issuesAfter('site.json', (site) => {
      site.defaultLanguage = 'de';
      at(site, 'redsafe').androidUrl = 'http://example.org/app';
      delete site.sample;
    });
    expect(issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'defaultLanguage', code: 'invalid_value' },
      { path: 'redsafe.androidUrl', code: 'invalid_format' },
      { path: 'sample', code: 'missing' },
    ]);
  });

  it('rejects an emergency number id used twice', async () => {
    const issues = await issuesAfter('site.json', (site) => {
      at(site, 'emergencyNumbers', 2).id = at(site, 'emergencyNumbers', 0).id;
    });
    expect(issues).toEqual([
      {
        file: 'site.json',
        path: 'emergencyNumbers[2].id',
        code: 'inconsistent',
        message: 'Emergency number id "emergencias-911" is used twice',
      },
    ]);
  });

  it('reports a missing file', async () => {
    const dir = await sampleConfigCopy();
    await rm(join(dir, 'site.json'));
    const outcome = await loadConfigFile(dir, siteFile);
    expect(outcome.ok ? [] : outcome.issues).toMatchObject([{ file: 'site.json', path: '', code: 'file_missing' }]);
  });

  it('uses the defaults for an optional file that is missing, but reports one that is invalid', async () => {
    const dir = await sampleConfigCopy();
    await rm(join(dir, 'reports.json'));
    expect(await loadConfigFile(dir, reportsFile)).toEqual({ ok: true, value: DEFAULT_REPORTS });
    await writeFile(join(dir, 'reports.json'), '{ "unknownSetting": 1 }');
    const outcome = await loadConfigFile(dir, reportsFile);
    expect(outcome.ok ? [] : outcome.issues).toMatchObject([{ file: 'reports.json', code: 'unknown_key' }]);
  });

  it('accepts a UTF-8 byte-order mark and the "$schema" key', async () => {
    const dir = await sampleConfigCopy();
    const json = await readJson(join(dir, 'site.json'));
    expect(json.$schema).toBe('./schema/site.schema.json');
    await writeFile(join(dir, 'site.json'), `\uFEFF${JSON.stringify(json)}`);
    expect((await loadConfigFile(dir, siteFile)).ok).toBe(true);
  });
});

describe('directory.json issues', () => {
  const first = (directory: Json): Json => at(directory, 'services', 0);

  it('rejects overlapping opening hours on a day', async () => {
    const issues = await issuesAfter('directory.json', (directory) => {
      at(first(directory), 'openingHours').monday = ['09:00-14:00', '13:30-17:00'];
    });
    expect(issues).toEqual([
      {
        file: 'directory.json',
        path: 'services[0].openingHours.monday[1]',
        code: 'inconsistent',
        message: '"13:30-17:00" overlaps "09:00-14:00" on monday',
      },
    ]);
  });

  it('rejects a range that closes before it opens, and a malformed range', async () => {
    const issues = await issuesAfter('directory.json', (directory) => {
      at(first(directory), 'openingHours').tuesday = ['18:00-09:00'];
    });
    expect(issues).toMatchObject([{ path: 'services[0].openingHours.tuesday[0]', code: 'inconsistent' }]);
    const malformed = await issuesAfter('directory.json', (directory) => {
      at(first(directory), 'openingHours').friday = ['9-14'];
    });
    expect(malformed).toEqual([
      {
        file: 'directory.json',
        path: 'services[0].openingHours.friday[0]',
        code: 'invalid_format',
        message: 'expected a time range like "09:00-14:00"',
      },
    ]);
  });

  it('accepts several ranges on a day and a 24-hour day', async () => {
    const issues = await issuesAfter('directory.json', (directory) => {
      const hours = at(first(directory), 'openingHours');
      hours.monday = ['16:00-18:00', '09:00-14:00'];
      hours.sunday = ['00:00-24:00'];
    });
    expect(issues).toEqual([]);
  });

  it('rejects an unknown category, a duplicate id, an impossible date and inverted ages', async () => {
    const issues = await issuesAfter('directory.json', (directory) => {
      first(directory).category = 'food';
      first(directory).verifiedOn = '2026-02-30';
    });
    expect(issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'services[0].category', code: 'invalid_value' },
      { path: 'services[0].verifiedOn', code: 'invalid_format' },
    ]);
    const duplicate = await issuesAfter('directory.json', (directory) => {
      at(directory, 'services', 1).id = first(directory).id;
      at(first(directory), 'eligibility').minAge = 18;
      at(first(directory), 'eligibility').maxAge = 12;
    });
    expect(duplicate.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'services[1].id', code: 'inconsistent' },
      { path: 'services[0].eligibility.maxAge', code: 'inconsistent' },
    ]);
  });
});
