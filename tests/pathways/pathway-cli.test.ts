import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { runKioskctl } from '../../main/cli/kioskctl.js';
import { tempDir, SAMPLE_CONFIG_DIR } from '../services/temp-dirs.js';

import { findAll, parseXml } from './xml-tree.js';

async function kioskctl(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runKioskctl(args, { out: (l) => out.push(l), err: (l) => err.push(l), env: {} });
  return { code, out, err };
}

describe('kioskctl pathway', () => {
  it('renders a pathway to an SVG file', async () => {
    const file = join(await tempDir('kiosk-svg-'), 'child.svg');
    const run = await kioskctl(
      'pathway',
      'render',
      '--profile',
      'unaccompanied-child',
      '--lang',
      'fr',
      '--config',
      SAMPLE_CONFIG_DIR,
      '--out',
      file,
    );
    expect(run).toMatchObject({ code: 0, err: [] });
    const svg = parseXml(await readFile(file, 'utf8'));
    expect(findAll(svg, (e) => e.attrs.class === 'step')).toHaveLength(5);
  });

  it('says which profiles exist when the asked one does not', async () => {
    const run = await kioskctl('pathway', 'render', '--profile', 'nobody', '--config', SAMPLE_CONFIG_DIR);
    expect(run.code).toBe(1);
    expect(run.err.join('\n')).toContain('Known: unaccompanied-child, gbv-survivor');
  });

  it('treats a wrong language or a missing profile as wrong usage', async () => {
    expect((await kioskctl('pathway', 'render', '--profile', 'trafficking', '--lang', 'de')).code).toBe(2);
    expect((await kioskctl('pathway', 'render')).code).toBe(2);
  });
});
