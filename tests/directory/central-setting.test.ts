// The `central` setting of directory.json, as the loader and `kioskctl config validate` read it.
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { loadConfigFolder } from '../../main/services/config/index.js';
import { readJson, sampleConfigCopy, writeJson } from '../services/temp-dirs.js';

async function directoryWith(central: unknown) {
  const configDir = await sampleConfigCopy();
  const directory = await readJson(join(configDir, 'directory.json'));
  await writeJson(join(configDir, 'directory.json'), { ...directory, central });
  return (await loadConfigFolder(configDir)).directory;
}

describe('directory.json central', () => {
  it('takes an https source, with defaults for the schedule and the deadline', async () => {
    const loaded = await directoryWith({ url: 'https://directorio.example.org/par.json', format: 'hsds' });
    expect(loaded.ok && loaded.value.central).toEqual({
      url: 'https://directorio.example.org/par.json',
      format: 'hsds',
      everyMinutes: 60,
      timeoutSeconds: 20,
    });
    const local = await directoryWith({ url: 'http://127.0.0.1:8080/par.json', format: 'kiosk' });
    expect(local.ok).toBe(true);
  });

  it.each([
    [{ url: 'http://directorio.example.org/par.json', format: 'hsds' }, 'central.url'],
    [{ url: 'ftp://directorio.example.org/par.json', format: 'hsds' }, 'central.url'],
    [{ url: 'https://directorio.example.org/par.json', format: 'csv' }, 'central.format'],
    [{ url: 'https://directorio.example.org/par.json', format: 'hsds', everyMinutes: 1 }, 'central.everyMinutes'],
    [{ url: 'https://directorio.example.org/par.json', format: 'hsds', timeoutSeconds: 600 }, 'central.timeoutSeconds'],
    [{ url: 'https://directorio.example.org/par.json', format: 'hsds', token: 'x' }, 'central.token'],
  ])('refuses %j at %s', async (central, path) => {
    const loaded = await directoryWith(central);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.issues.map((issue) => issue.path)).toContain(path);
  });
});
