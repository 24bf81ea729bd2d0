import { inForce, isoDay, ok, type DirectorySaveResult, type Result, type ServiceEntry } from '../../contract/index.js';
import type { Clock } from '../clock.js';
import type { ConfigService } from '../config/index.js';
import { useDatabase, type KioskDatabase } from '../db/index.js';
import type { KioskHandlers } from '../handlers.js';
import type { Logger } from '../logger.js';
import { auditWriter } from '../operator/audit-writer.js';
import { reverifyWindow, servicesToReverify } from '../referrals/reverify-check.js';
import type { StaffCaller } from '../staff-caller.js';

import { reverifyAfterDays, staleServices } from './directory-age-check.js';
import { createDirectoryStewardship, type Steward, type StewardshipOutcome } from './directory-stewardship.js';

type DirectoryAdminMethods =
  | 'getDirectoryAdmin'
  | 'closeDirectoryService'
  | 'reopenDirectoryService'
  | 'setDirectoryNotice'
  | 'clearDirectoryNotice'
  | 'editDirectoryService'
  | 'markDirectoryVerified'
  | 'listDirectoryHistory'
  | 'restoreDirectoryCopy';

export interface DirectoryAdminDeps {
  readonly configDir: string;
  readonly config: ConfigService;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly database: KioskDatabase;
  /** The central entry with this id, when a central source is in use (see the stewardship's `centralEntry`). */
  readonly centralEntry?: ((serviceId: string) => ServiceEntry | undefined) | undefined;
}

const steward = (caller: StaffCaller): Steward => ({ name: caller.name, role: caller.role });

const answer = (outcome: StewardshipOutcome): Result<DirectorySaveResult> =>
  ok(outcome.ok ? { saved: true, problems: [] } : { saved: false, problems: [...outcome.problems] });

/** The staff Directory screen's methods: read for every staff member, change for supervisors. */
export function createDirectoryAdminHandlers(deps: DirectoryAdminDeps): Pick<KioskHandlers, DirectoryAdminMethods> {
  const { config, clock, logger, database } = deps;
  const stewardship = createDirectoryStewardship({
    configDir: deps.configDir,
    config,
    clock,
    audit: auditWriter(database, clock, logger),
    centralEntry: deps.centralEntry,
  });
  const today = (): string => isoDay(clock.now(), config.site()?.timezone ?? 'UTC');

  return {
    getDirectoryAdmin: async () => {
      const directory = config.directory();
      const local = config.directoryLocal();
      const day = today();
      const ids = directory.services.map((s) => s.id);
      const { reverifyNotServed, reverifyWindowDays } = config.operations().followUp;
      const { from, to } = reverifyWindow(clock.now(), config.site()?.timezone ?? 'UTC', reverifyWindowDays);
      // A database that cannot answer leaves the flags unknown, never the directory unshown.
      const reverify = await useDatabase(database, logger, 'directory_reverify', (db) =>
        servicesToReverify(db, from, to, reverifyNotServed),
      );
      return ok({
        today: day,
        reverifyAfterDays: reverifyAfterDays(directory),
        services: directory.services,
        // Expired ones are history: the screen shows only what visitors see now.
        closures: ids.flatMap((id) => inForce(local.closures, id, day) ?? []),
        notices: ids.flatMap((id) => inForce(local.notices, id, day) ?? []),
        stale: staleServices(directory, day).map((s) => s.id),
        reverify: reverify.ok ? reverify.value.filter((flag) => ids.includes(flag.serviceId)) : null,
        reverifyWindowDays,
      });
    },
    closeDirectoryService: async ({ serviceId, reason, until }, caller) =>
      answer(await stewardship.closeService(steward(caller), serviceId, reason, until)),
    reopenDirectoryService: async ({ serviceId }, caller) =>
      answer(await stewardship.reopenService(steward(caller), serviceId)),
    setDirectoryNotice: async ({ serviceId, text, until }, caller) =>
      answer(await stewardship.setNotice(steward(caller), serviceId, text, until)),
    clearDirectoryNotice: async ({ serviceId }, caller) =>
      answer(await stewardship.clearNotice(steward(caller), serviceId)),
    editDirectoryService: async ({ serviceId, fields }, caller) =>
      answer(await stewardship.editService(steward(caller), serviceId, fields)),
    markDirectoryVerified: async ({ serviceId }, caller) =>
      answer(await stewardship.markVerified(steward(caller), serviceId)),
    listDirectoryHistory: async () => ok({ copies: await stewardship.history() }),
    restoreDirectoryCopy: async ({ id }, caller) => answer(await stewardship.restore(steward(caller), id)),
  };
}
