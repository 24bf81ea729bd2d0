import type { KioskHandlers } from '../handlers.js';
import type { Authorise } from '../operator/operator-handlers.js';

import type { KoboService } from './kobo-service.js';

type KoboMethods = 'getKoboStatus' | 'setKoboCredential' | 'queueKoboMonth' | 'retryKoboNow';

/** Supervisors only: the credential and the submissions speak for the whole attention point. */
export function createKoboHandlers(kobo: KoboService, authorise: Authorise): Pick<KioskHandlers, KoboMethods> {
  const supervisor = (token: string) => authorise(token, ['supervisor']);
  return {
    getKoboStatus: async ({ token }) => {
      const role = supervisor(token);
      return role.ok ? kobo.status() : role;
    },
    setKoboCredential: async ({ token, credential }) => {
      const role = supervisor(token);
      return role.ok ? kobo.setCredential(credential, role.value) : role;
    },
    queueKoboMonth: async ({ token, month }) => {
      const role = supervisor(token);
      return role.ok ? kobo.queueMonth(month) : role;
    },
    retryKoboNow: async ({ token }) => {
      const role = supervisor(token);
      return role.ok ? kobo.retryNow() : role;
    },
  };
}
