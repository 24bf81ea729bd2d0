import { ok } from '../../contract/index.js';
import type { ConfigService } from '../config/index.js';
import type { KioskHandlers } from '../handlers.js';

/**
 * The directory as visitors may see it: inactive entries are left out (they stay in the file so
 * a site can bring them back); temporarily closed ones stay, marked, so nobody walks there in vain
 * without knowing. Search, filters and "open now" run in the renderer on this small list.
 */
export interface DirectoryHandlerDeps {
  readonly config: ConfigService;
}

export function createDirectoryHandlers({ config }: DirectoryHandlerDeps): Pick<KioskHandlers, 'getDirectory'> {
  return {
    getDirectory: () =>
      Promise.resolve(ok({ services: config.directory().services.filter((service) => service.status !== 'inactive') })),
  };
}
