import { AGE_BRACKETS, err, isoDay, ok, type Result } from '../../contract/index.js';
import type { Clock } from '../clock.js';
import type { ConfigService } from '../config/index.js';
import { useDatabase, type KioskDatabase } from '../db/index.js';
import type { KioskHandlers } from '../handlers.js';
import type { Logger } from '../logger.js';
import { appendAudit } from '../operator/operator-store.js';

import { activityProblem } from './activity-rules.js';
import { deleteEntry, insertEntry, readEntries, recordedOn, replaceEntry } from './activity-store.js';

type ActivityMethods = 'getActivityTypes' | 'saveActivityEntry' | 'deleteActivityEntry' | 'listActivityEntries';

export interface ActivityDeps {
  readonly database: KioskDatabase;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly config: ConfigService;
}

/** The longest period one listing may cover: a year, what the reports need. */
const MAX_LIST_DAYS = 366;

/**
 * The activity log: counts by sex and age bracket, written by staff. An entry can be changed or
 * deleted only on the day it was written (site timezone); after that it is part of the record, and
 * every change is audited.
 */
export function createActivityHandlers(deps: ActivityDeps): Pick<KioskHandlers, ActivityMethods> {
  const { database, clock, logger, config } = deps;
  const today = (): Result<string> => {
    const timeZone = config.site()?.timezone;
    return timeZone === undefined
      ? err('CONFIG_UNAVAILABLE', 'site.json has never been valid.')
      : ok(isoDay(clock.now(), timeZone));
  };
  const db = <T>(operation: string, work: Parameters<typeof useDatabase<T>>[3]): Promise<Result<T>> =>
    useDatabase(database, logger, operation, work);

  return {
    getActivityTypes: () => {
      const operations = config.operations();
      return Promise.resolve(
        ok({ types: operations.activityTypes, sexes: operations.sexes, ageBrackets: [...AGE_BRACKETS] }),
      );
    },

    saveActivityEntry: async ({ id, entry }, caller) => {
      const day = today();
      if (!day.ok) return day;
      const problem = activityProblem(entry, config.operations(), day.value);
      if (problem !== null) return err('INVALID_PAYLOAD', problem);
      const saved = await db('activity_save', (conn) =>
        conn.transaction(async (tx): Promise<Result<number>> => {
          if (id === undefined) return ok(await insertEntry(tx, entry, day.value));
          const written = await recordedOn(tx, id);
          if (written === undefined) return err('NOT_FOUND', `no activity entry ${id}`);
          if (written !== day.value) return err('NOT_EDITABLE', `entry ${id} was written on ${written}`);
          await replaceEntry(tx, id, entry);
          await appendAudit(tx, {
            at: clock.now(),
            kind: 'activity_edited',
            role: caller.role,
            actor: caller.name,
            detail: `entry ${id}`,
          });
          return ok(id);
        }),
      );
      if (!saved.ok) return saved;
      if (!saved.value.ok) return saved.value;
      const savedId = saved.value.value;
      const read = await db('activity_read', (conn) => readEntries(conn, entry.day, entry.day, day.value));
      if (!read.ok) return read;
      const stored = read.value.find((e) => e.id === savedId);
      return stored === undefined ? err('INTERNAL', 'saved entry not found') : ok(stored);
    },

    deleteActivityEntry: async ({ id }, caller) => {
      const day = today();
      if (!day.ok) return day;
      const deleted = await db('activity_delete', (conn) =>
        conn.transaction(async (tx): Promise<Result<Record<string, never>>> => {
          const written = await recordedOn(tx, id);
          if (written === undefined) return err('NOT_FOUND', `no activity entry ${id}`);
          if (written !== day.value) return err('NOT_EDITABLE', `entry ${id} was written on ${written}`);
          await deleteEntry(tx, id);
          await appendAudit(tx, {
            at: clock.now(),
            kind: 'activity_deleted',
            role: caller.role,
            actor: caller.name,
            detail: `entry ${id}`,
          });
          return ok({});
        }),
      );
      return deleted.ok ? deleted.value : deleted;
    },

    listActivityEntries: async ({ from, to }) => {
      const day = today();
      if (!day.ok) return day;
      const span = (Date.parse(to) - Date.parse(from)) / 86_400_000;
      if (span < 0) return err('INVALID_PAYLOAD', '"from" is after "to"');
      if (span > MAX_LIST_DAYS) return err('INVALID_PAYLOAD', `at most ${MAX_LIST_DAYS} days at a time`);
      return db('activity_list', async (conn) => ({ entries: await readEntries(conn, from, to, day.value) }));
    },
  };
}
