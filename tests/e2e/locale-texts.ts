import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Language } from '../../main/contract/index.js';

import { REPO_ROOT } from './kiosk-host.js';

/**
 * Reads a message the way the screens show it, so tests follow the locale files; `namespace`
 * names a printed-text folder (`slip`, `reports`) instead of the screens' own file.
 */
export function message(language: Language, key: string, namespace?: 'slip' | 'reports'): string {
  const path = namespace === undefined ? ['locales', `${language}.json`] : ['locales', namespace, `${language}.json`];
  const file = JSON.parse(readFileSync(join(REPO_ROOT, ...path), 'utf8')) as unknown;
  let node: unknown = file;
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== 'string') throw new Error(`No message ${key} in ${path.join('/')}`);
  return node;
}
