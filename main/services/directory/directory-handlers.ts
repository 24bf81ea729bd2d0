import { inForce, isoDay, ok } from '../../contract/index.js';
import type { Clock } from '../clock.js';
import type { ConfigService } from '../config/index.js';
import type { KioskHandlers } from '../handlers.js';

/**
 * The directory as visitors may see it: inactive entries are left out (they stay in the file so
 * a site can bring them back); temporarily closed ones stay, marked, so nobody walks there in vain
 * without knowing. Search, filters and "open now" run in the renderer on this small list. Closures
 * and notices set on the kiosk come along only while they are in force on the site's day: an
 * expired one is never sent, so the screens need no clock of their own to reopen a service.
 */
export interface DirectoryHandlerDeps {
  readonly config: ConfigService;
  readonly clock: Clock;
}

export function createDirectoryHandlers({ config, clock }: DirectoryHandlerDeps): Pick<KioskHandlers, 'getDirectory'> {
  return {
    getDirectory: () => {
      const services = config.directory().services.filter((service) => service.status !== 'inactive');
      const today = isoDay(clock.now(), config.site()?.timezone ?? 'UTC');
      const local = config.directoryLocal();
      const closures = services.flatMap((s) => inForce(local.closures, s.id, today) ?? []);
      const notices = services.flatMap((s) => inForce(local.notices, s.id, today) ?? []);
      return Promise.resolve(ok({ services, closures, notices }));
    },
  };
}
