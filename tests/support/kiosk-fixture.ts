// Real services on a temporary data folder and a private copy of the bundled sample configuration
// (so a test may break or edit it without touching the repository).
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { createKioskServices, type KioskServices } from '../../main/services/kiosk-services.js';
import { createMemoryLogger } from '../../main/services/logger.js';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SAMPLE_CONFIG_DIR = join(REPO_ROOT, 'kiosk-config');

export interface KioskFixture {
  readonly services: KioskServices;
  readonly configDir: string;
  readonly dataDir: string;
  readonly logger: ReturnType<typeof createMemoryLogger>;
  dispose(): Promise<void>;
}

export async function startKiosk(
  options: { hostKind?: 'web' | 'electron'; watchConfig?: boolean } = {},
): Promise<KioskFixture> {
  const base = await mkdtemp(join(tmpdir(), 'kiosk-test-'));
  const configDir = join(base, 'config');
  const dataDir = join(base, 'data');
  await cp(SAMPLE_CONFIG_DIR, configDir, { recursive: true });
  const logger = createMemoryLogger();
  const services = await createKioskServices({
    configDir,
    dataDir,
    appVersion: '0.0.0-test',
    hostKind: options.hostKind ?? 'web',
    logger,
    watchConfig: options.watchConfig ?? false,
  });
  return {
    services,
    configDir,
    dataDir,
    logger,
    dispose: async () => {
      await services.close();
      await rm(base, { recursive: true, force: true });
    },
  };
}
