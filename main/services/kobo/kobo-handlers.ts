import type { KioskHandlers } from '../handlers.js';

import type { KoboService } from './kobo-service.js';

type KoboMethods = 'getKoboStatus' | 'setKoboCredential' | 'queueKoboMonth' | 'retryKoboNow';

export interface KoboHandlerDeps {
  readonly kobo: KoboService;
}

/**
 * The contract declares these supervisor-only: the credential and the submissions speak for the
 * whole attention point.
 */
export function createKoboHandlers({ kobo }: KoboHandlerDeps): Pick<KioskHandlers, KoboMethods> {
  return {
    getKoboStatus: () => kobo.status(),
    setKoboCredential: ({ credential }, caller) => kobo.setCredential(credential, caller),
    queueKoboMonth: ({ month }) => kobo.queueMonth(month),
    retryKoboNow: () => kobo.retryNow(),
  };
}
