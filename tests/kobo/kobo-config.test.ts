import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { DEFAULT_OPERATIONS } from '../../main/services/config/operations-schema.js';
import { koboFile } from '../../main/services/config/index.js';
import { koboIndicatorProblems, koboSettings, type KoboConfig } from '../../main/services/config/kobo-schema.js';
import { loadConfigFile } from '../../main/services/config/load-config.js';
import { buildInstanceXml, escapeXml, instanceFigures } from '../../main/services/kobo/kobo-instance.js';
import { readJson, sampleConfigCopy } from '../services/temp-dirs.js';

async function load(change: (kobo: Record<string, unknown>) => Record<string, unknown>) {
  const dir = await sampleConfigCopy();
  const sample = await readJson(join(dir, 'kobo.json'));
  await writeFile(join(dir, 'kobo.json'), JSON.stringify(change(sample)));
  return loadConfigFile(dir, koboFile);
}

const issues = async (change: (kobo: Record<string, unknown>) => Record<string, unknown>) => {
  const outcome = await load(change);
  return outcome.ok ? [] : outcome.issues.map((issue) => ({ path: issue.path, code: issue.code }));
};

describe('kobo.json', () => {
  it('the sample is valid, fully configured, and matches the sample operations', async () => {
    const outcome = await load((kobo) => kobo);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(koboSettings(outcome.value)).toMatchObject({ auth: 'collector-token', monthColumn: 'mes_reporte' });
    expect(koboIndicatorProblems(outcome.value, DEFAULT_OPERATIONS)).toEqual([]);
  });

  it('is optional: missing, or $schema alone, sets no submission', async () => {
    const dir = await sampleConfigCopy();
    await rm(join(dir, 'kobo.json'));
    const missing = await loadConfigFile(dir, koboFile);
    expect(missing.ok && koboSettings(missing.value)).toBe(undefined);
    const bare = await load(() => ({ $schema: './schema/kobo.schema.json' }));
    expect(bare.ok && koboSettings(bare.value)).toBe(undefined);
  });

  it('rejects plain http to another machine, duplicate and reserved columns, and half a configuration', async () => {
    expect(await issues((k) => ({ ...k, serverUrl: 'http://kc.kobotoolbox.org' }))).toMatchObject([
      { path: 'serverUrl' },
    ]);
    expect(await issues((k) => ({ ...k, serverUrl: 'http://127.0.0.1:8080' }))).toEqual([]);
    const indicators = [
      { column: 'a', from: { kind: 'incidents' } },
      { column: 'a', from: { kind: 'equipmentChecks' } },
    ];
    expect(await issues((k) => ({ ...k, indicators }))).toEqual([
      { path: 'indicators[1].column', code: 'inconsistent' },
    ]);
    expect(await issues((k) => ({ ...k, monthColumn: 'a', indicators: indicators.slice(0, 1) }))).toEqual([
      { path: 'indicators[0].column', code: 'inconsistent' },
    ]);
    expect(
      await issues((k) => ({ ...k, indicators: [{ column: 'meta', from: { kind: 'incidents' } }] })),
    ).toMatchObject([{ path: 'indicators[0].column' }]);
    expect(await issues((k) => ({ ...k, indicators: [{ column: '1st', from: { kind: 'incidents' } }] }))).toMatchObject(
      [{ path: 'indicators[0].column' }],
    );
    expect(await issues((k) => ({ ...k, formId: undefined, auth: undefined }))).toEqual([
      { path: 'formId', code: 'inconsistent' },
      { path: 'auth', code: 'inconsistent' },
    ]);
    expect(
      await issues((k) => ({ ...k, indicators: [{ column: 'x', from: { kind: 'usage', metric: 'karaoke' } }] })),
    ).toMatchObject([{ path: 'indicators[0].from.metric' }]);
  });

  it('names indicators that do not match operations.json', () => {
    const config: KoboConfig = {
      timeoutMs: 30_000,
      indicators: [
        { column: 'a', from: { kind: 'people', activityType: 'karaoke' } },
        { column: 'b', from: { kind: 'entries', activityType: 'talk-group' } },
        { column: 'c', from: { kind: 'people', activityType: 'talk-group', sex: 'other' } },
        { column: 'd', from: { kind: 'people', activityType: 'talk-group', category: 'health-psychosocial' } },
      ],
    };
    expect(koboIndicatorProblems(config, DEFAULT_OPERATIONS)).toEqual([
      'a: unknown activity type "karaoke"',
      'c: this site does not record sex "other"',
      'd: "talk-group" takes no service category',
    ]);
  });
});

describe('XML instance', () => {
  const content = {
    formId: 'aForm',
    formVersion: 'v1 "2026" <&>',
    month: '2026-10',
    monthColumn: 'mes',
    siteColumn: 'par',
    siteId: 'par-centro',
    values: [
      { column: 'uno', value: 1 },
      { column: 'dos', value: 22 },
    ],
  };

  it('escapes attribute and text values', () => {
    expect(escapeXml(`a&b<c>"d'`)).toBe('a&amp;b&lt;c&gt;&quot;d&apos;');
    const xml = buildInstanceXml(content, 'uuid:1');
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<aForm id="aForm" version="v1 &quot;2026&quot; &lt;&amp;&gt;"><mes>2026-10</mes><par>par-centro</par>' +
        '<uno>1</uno><dos>22</dos><meta><instanceID>uuid:1</instanceID></meta></aForm>\n',
    );
  });

  it('compares figures without the meta block', () => {
    const a = buildInstanceXml(content, 'uuid:1');
    const b = buildInstanceXml(content, 'uuid:2', 'uuid:1');
    const c = buildInstanceXml({ ...content, values: [{ column: 'uno', value: 2 }] }, 'uuid:3');
    expect(instanceFigures(a)).toBe(instanceFigures(b));
    expect(instanceFigures(a)).not.toBe(instanceFigures(c));
  });
});
