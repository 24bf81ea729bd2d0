import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The `locales/` folder of the package: found by walking up from this file, because the services
 * run both from the sources (tests) and from dist/ or an Electron archive, at different depths.
 */
export function findLocalesDir(from: string = dirname(fileURLToPath(import.meta.url))): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'locales', 'es.json'))) return join(dir, 'locales');
    if (dirname(dir) === dir) return undefined;
  }
}
