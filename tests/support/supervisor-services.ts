import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Clock } from '../../main/services/clock.js';
import { createKioskServices, type KioskServices } from '../../main/services/kiosk-services.js';
import { createMemoryLogger } from '../../main/services/logger.js';

import { SAMPLE_CONFIG_DIR } from './kiosk-fixture.js';
import { supervisorToken } from './staff-sessions.js';

/**
 * The services on a copy of the sample configuration in `base`, with `operations` merged into
 * operations.json (no network endpoints unless given, so checks never leave the machine), and a
 * supervisor signed in.
 */
export async function startAsSupervisor(
  base: string,
  clock: Clock,
  operations: Record<string, unknown> = {},
): Promise<{ services: KioskServices; token: string }> {
  await cp(SAMPLE_CONFIG_DIR, join(base, 'config'), { recursive: true });
  const file = join(base, 'config', 'operations.json');
  const current = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  await writeFile(file, JSON.stringify({ ...current, checks: { endpoints: [] }, ...operations }));
  const services = await createKioskServices({
    configDir: join(base, 'config'),
    dataDir: join(base, 'data'),
    appVersion: 'test',
    hostKind: 'web',
    clock,
    logger: createMemoryLogger(),
    watchConfig: false,
  });
  return { services, token: await supervisorToken(services.dispatch, join(base, 'data')) };
}
