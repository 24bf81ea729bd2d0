// How long the configuration loader takes to refuse a 10 MB text field (it must not stall the
// kiosk), against loading the valid sample file.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { loadConfigFile, siteFile } from '../main/services/config/index.js';

import { median, report, ROOT } from './lib.js';

const dir = await mkdtemp(join(tmpdir(), 'kiosk-bench-config-'));
await cp(join(ROOT, 'kiosk-config'), dir, { recursive: true });
const sample = await readFile(join(dir, 'site.json'), 'utf8');

async function timeLoad(text: string, expectOk: boolean): Promise<number> {
  await writeFile(join(dir, 'site.json'), text);
  const times: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    const started = performance.now();
    const outcome = await loadConfigFile(dir, siteFile);
    times.push(performance.now() - started);
    if (outcome.ok !== expectOk) throw new Error(`site.json should ${expectOk ? 'load' : 'be refused'}`);
  }
  return median(times);
}

const valid = await timeLoad(sample, true);
report({ figure: 'load the sample site.json', value: Number(valid.toFixed(2)), unit: 'ms' });
for (const field of ['organisation', 'email'] as const) {
  const site = JSON.parse(sample) as Record<string, unknown> & { redsafe: Record<string, unknown> };
  if (field === 'organisation') site.organisation = 'A'.repeat(10 * 1024 * 1024);
  else site.redsafe.supportEmail = 'a.'.repeat(5 * 1024 * 1024);
  const refused = await timeLoad(JSON.stringify(site), false);
  report({
    figure: `refuse site.json with a 10 MB ${field === 'organisation' ? 'organisation name' : 'support e-mail'}`,
    value: Number(refused.toFixed(1)),
    unit: 'ms',
    note: 'read, UTF-8 check, depth check, parse and validation',
  });
}
await rm(dir, { recursive: true, force: true });
