// The kiosk's real services as most integration tests want them: on a given configuration and data
// folder, with a memory logger, no file watching and no printer polling (a test asks for the
// printer's state when it wants it), on a clock the test may hold.
import type { Clock } from '../../main/services/clock.js';
import {
  createKioskServices,
  type KioskServices,
  type KioskServicesOptions,
} from '../../main/services/kiosk-services.js';
import { createMemoryLogger } from '../../main/services/logger.js';

export function testServices(
  options: {
    readonly configDir: string;
    readonly dataDir: string;
    readonly clock?: Clock;
  } & Partial<KioskServicesOptions>,
): Promise<KioskServices> {
  return createKioskServices({
    appVersion: '0.0.0-test',
    hostKind: 'web',
    logger: createMemoryLogger(),
    watchConfig: false,
    printing: { statusPollMs: 0 },
    ...options,
  });
}
