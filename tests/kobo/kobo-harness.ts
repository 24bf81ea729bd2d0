// Real services on a temporary data folder, with kobo.json pointing at a fake OpenRosa server.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { KoboStatus, Result } from '../../main/contract/index.js';
import { fixedClock } from '../../main/services/clock.js';
import { createKioskServices, type KioskServices } from '../../main/services/kiosk-services.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { startFakeOpenRosaServer, type FakeOpenRosaServer } from '../support/fake-openrosa-server.js';
import { SAMPLE_CONFIG_DIR } from '../support/kiosk-fixture.js';
import { okValue } from '../support/result.js';
import { supervisorToken } from '../support/staff-sessions.js';

// 2026-11-23 17:00 in Mexico City (UTC-6): the site's day is the 23rd, last month is October.
export const NOW = new Date('2026-11-23T23:00:00Z');
export const COLLECTOR_TOKEN = 'kC7pQ2xW9mZ4vB1nR8tY';

export interface KoboHarness {
  readonly server: FakeOpenRosaServer;
  readonly clock: ReturnType<typeof fixedClock>;
  readonly logger: ReturnType<typeof createMemoryLogger>;
  readonly configDir: string;
  readonly dataDir: string;
  services: KioskServices;
  token: string;
  readonly call: (method: string, payload: unknown) => Promise<Result<unknown>>;
  status(): Promise<KoboStatus>;
  /** Close and open the services again on the same folders (a kiosk restart). */
  restart(): Promise<void>;
  dispose(): Promise<void>;
}

export async function startKoboHarness(
  kobo: Record<string, unknown> = {},
  serverOptions: Parameters<typeof startFakeOpenRosaServer>[0] = { collectorToken: COLLECTOR_TOKEN },
): Promise<KoboHarness> {
  const base = await mkdtemp(join(tmpdir(), 'kiosk-kobo-'));
  const configDir = join(base, 'config');
  const dataDir = join(base, 'data');
  await cp(SAMPLE_CONFIG_DIR, configDir, { recursive: true });
  const server = await startFakeOpenRosaServer(serverOptions);
  const sample = JSON.parse(await readFile(join(configDir, 'kobo.json'), 'utf8')) as Record<string, unknown>;
  await writeFile(join(configDir, 'kobo.json'), JSON.stringify({ ...sample, serverUrl: server.url, ...kobo }));
  const clock = fixedClock(NOW);
  const logger = createMemoryLogger();
  const open = () =>
    createKioskServices({ configDir, dataDir, appVersion: 'test', hostKind: 'web', clock, logger, watchConfig: false });

  const harness: KoboHarness = {
    server,
    clock,
    logger,
    configDir,
    dataDir,
    services: await open(),
    token: '',
    call: (method, payload) => harness.services.dispatch(method, payload),
    status: async () => okValue(await harness.call('getKoboStatus', { token: harness.token })) as KoboStatus,
    restart: async () => {
      await harness.services.close();
      harness.services = await open();
      harness.token = await supervisorToken(harness.call);
    },
    dispose: async () => {
      await harness.services.close();
      await server.close();
      await rm(base, { recursive: true, force: true });
    },
  };
  harness.token = await supervisorToken(harness.call, dataDir);
  return harness;
}
