import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { z } from 'zod';

import { serviceEntrySchema, type ServiceEntry } from '../../main/contract/index.js';
import { REPO_ROOT } from '../services/temp-dirs.js';

/** The bundled sample directory, as the services would hand it to the screens. */
export function sampleServices(): ServiceEntry[] {
  const file = JSON.parse(readFileSync(join(REPO_ROOT, 'kiosk-config', 'directory.json'), 'utf8')) as unknown;
  return z.object({ services: z.array(serviceEntrySchema) }).parse(file).services;
}
