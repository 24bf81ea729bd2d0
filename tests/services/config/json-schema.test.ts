import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { configJsonSchemas } from '../../../main/services/config/index.js';
import { SAMPLE_CONFIG_DIR } from '../temp-dirs.js';

const SCHEMA_DIR = join(SAMPLE_CONFIG_DIR, 'schema');

describe('committed JSON Schemas', () => {
  it('match the zod schemas (run "npm run schema" after changing a config schema)', async () => {
    const generated = configJsonSchemas();
    expect((await readdir(SCHEMA_DIR)).sort()).toEqual(generated.map((schema) => schema.fileName).sort());
    for (const { fileName, text } of generated) {
      expect(await readFile(join(SCHEMA_DIR, fileName), 'utf8'), `kiosk-config/schema/${fileName} is stale`).toBe(text);
    }
  });

  it('are referenced by the sample files and describe their required fields', async () => {
    const site = JSON.parse(await readFile(join(SAMPLE_CONFIG_DIR, 'site.json'), 'utf8')) as { $schema: string };
    expect(site.$schema).toBe('./schema/site.schema.json');
    const schema = JSON.parse(await readFile(join(SCHEMA_DIR, 'site.schema.json'), 'utf8')) as {
      required: string[];
      additionalProperties: boolean;
    };
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'timezone', 'idleWarningSeconds', 'sample']));
    expect(schema.additionalProperties).toBe(false);
  });
});
