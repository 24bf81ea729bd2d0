import {
  err,
  MANUAL_INCIDENT_SUBJECTS,
  ok,
  type OperationsStatus,
  type Result,
  type ServiceStatus,
} from '../../contract/index.js';
import type { Clock } from '../clock.js';
import type { ConfigService } from '../config/index.js';
import { DEFAULT_CHECKLIST, DEFAULT_MAINTENANCE_KINDS } from '../config/operations-schema.js';
import { useDatabase, type KioskDatabase } from '../db/index.js';
import type { KioskHandlers } from '../handlers.js';
import type { IncidentService } from '../incidents/incident-service.js';
import type { Logger } from '../logger.js';
import { appendAudit } from '../operator/operator-store.js';

import { checkExists, writeAnswers } from './checklist-store.js';
import { insertMaintenance, readMaintenance } from './maintenance-store.js';

export type OperationsMethods =
  | 'getServiceStatus'
  | 'getOperationsStatus'
  | 'getOperationsSetup'
  | 'listIncidents'
  | 'openIncident'
  | 'closeIncident'
  | 'saveMaintenanceEntry'
  | 'listMaintenanceEntries'
  | 'saveChecklistAnswers';

export interface OperationsHandlerDeps {
  readonly config: ConfigService;
  readonly database: KioskDatabase;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly incidents: IncidentService;
  readonly today: () => string;
  readonly getServiceStatus: () => Promise<Result<ServiceStatus>>;
  readonly getOperationsStatus: () => Promise<Result<OperationsStatus>>;
}

/** Maintenance listed: the last month's, enough for the screen. */
const MAINTENANCE_DAYS = 31;
const MAINTENANCE_LIMIT = 100;

/** A failed checklist item is an incident of the check, under its own subject. */
export const checklistSubject = (item: string): string => `manual:${item}`;

export function createOperationsHandlers(deps: OperationsHandlerDeps): Pick<KioskHandlers, OperationsMethods> {
  const { config, database, clock, logger, incidents } = deps;
  const db = <T>(operation: string, work: Parameters<typeof useDatabase<T>>[3]): Promise<Result<T>> =>
    useDatabase(database, logger, operation, work);
  const checklist = () => config.operations().checklist ?? DEFAULT_CHECKLIST;
  const maintenanceKinds = () => config.operations().maintenanceKinds ?? DEFAULT_MAINTENANCE_KINDS;

  return {
    getServiceStatus: () => deps.getServiceStatus(),

    getOperationsStatus: () => deps.getOperationsStatus(),

    getOperationsSetup: () =>
      Promise.resolve(
        ok({
          checklist: [...checklist()],
          maintenanceKinds: [...maintenanceKinds()],
          incidentSubjects: [...MANUAL_INCIDENT_SUBJECTS],
          noteRetentionDays: config.operations().retention.notesDays,
        }),
      ),

    listIncidents: () => incidents.list(),

    openIncident: ({ subject }, caller) => incidents.openManual(subject, caller),

    closeIncident: ({ id }, caller) => incidents.close(id, caller),

    saveMaintenanceEntry: async ({ kind }, caller) => {
      if (!maintenanceKinds().some((k) => k.id === kind))
        return err('INVALID_PAYLOAD', `unknown maintenance "${kind}"`);
      return db('maintenance_save', (conn) =>
        conn.transaction(async (tx) => {
          const entry = await insertMaintenance(tx, { day: deps.today(), kind, at: clock.now(), role: caller.role });
          await appendAudit(tx, {
            at: clock.now(),
            kind: 'maintenance_recorded',
            role: caller.role,
            actor: caller.name,
            detail: kind,
          });
          return entry;
        }),
      );
    },

    listMaintenanceEntries: async () => {
      const since = new Date(Date.parse(`${deps.today()}T12:00:00Z`) - MAINTENANCE_DAYS * 86_400_000)
        .toISOString()
        .slice(0, 10);
      return db('maintenance_list', async (conn) => ({
        entries: await readMaintenance(conn, since, MAINTENANCE_LIMIT),
      }));
    },

    saveChecklistAnswers: async ({ checkId, answers }, caller) => {
      const known = new Set(checklist().map((item) => item.id));
      const seen = new Set<string>();
      for (const answer of answers) {
        if (!known.has(answer.item)) return err('INVALID_PAYLOAD', `unknown checklist item "${answer.item}"`);
        if (seen.has(answer.item)) return err('INVALID_PAYLOAD', `"${answer.item}" is answered twice`);
        seen.add(answer.item);
      }
      // All answers and their incidents are stored together, or none of them.
      const saved = await db('checklist_save', (conn) =>
        conn.transaction(async (tx): Promise<Result<number>> => {
          if (!(await checkExists(tx, checkId))) return err('NOT_FOUND', `no equipment check ${checkId}`);
          await writeAnswers(tx, checkId, answers, clock.now(), caller.role);
          let opened = 0;
          for (const answer of answers) {
            const subject = checklistSubject(answer.item);
            if (answer.answer === 'fail') {
              if (await incidents.raiseIn(tx, 'check_failed', subject, 'checklist')) opened += 1;
            } else if (answer.answer === 'pass') await incidents.closeIn(tx, 'check_failed', subject);
          }
          const failed = answers.filter((a) => a.answer === 'fail').length;
          await appendAudit(tx, {
            at: clock.now(),
            kind: 'checklist_saved',
            role: caller.role,
            actor: caller.name,
            detail: `check ${checkId}: ${answers.length} answers, ${failed} failed`,
          });
          return ok(opened);
        }),
      );
      if (!saved.ok) return saved;
      if (!saved.value.ok) return saved.value;
      return ok({ answers, incidentsOpened: saved.value.value });
    },
  };
}
